/**
 * Every quote is the verbatim text its statement rests on: a span of the
 * Atlas passage (../shared/seeds/) or of the statement's row of
 * ../shared/reference-facts.md, whitespace runs counting as one space.
 */
import type * as RDF from '@rdfjs/types';
import { CDKG, RDFS, SCHEMA, SKOS, XSD, entityIri } from '../../ontology/namespaces';
import { dataQuads, normalise, referenceRows, seedText, statementNodes, type StatementNode } from './kb-data';

const ATLAS = entityIri('source', 'atlas-us-eu');
const quads = dataQuads();
const nodes = statementNodes(quads);
const urlOf = new Map(quads.filter((q) => q.predicate.value === SCHEMA.url).map((q) => [q.subject.value, q.object.value]));
const sourceIris = new Set(quads.filter((q) => q.object.value === CDKG.Source).map((q) => q.subject.value));
const rows = referenceRows();

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE_TYPES = new Set<string>([XSD.date, XSD.gYearMonth, XSD.gYear]);
/** Qualifiers that date a statement (docs/data-model.md, "Time"). */
const DATE_QUALIFIERS = [CDKG.pointInTime, CDKG.validFrom, CDKG.validUntil, CDKG.ratifiedOn, CDKG.depositedOn, CDKG.asOf];

/**
 * A date as the rows of reference-facts.md write it: "27 Dec 2019", "March 2018", "2019"; a day may be
 * the first or last of a range ("10-12 May 2021").
 */
function rowDate(value: string): RegExp {
  const [year, month, day] = value.split('-');
  if (month === undefined) return new RegExp(`\\b${year}\\b`);
  const name = MONTHS[Number(month) - 1];
  const monthName = `${name.slice(0, 3)}(?:${name.slice(3)})?`;
  if (day === undefined) return new RegExp(`\\b${monthName} ${year}\\b`);
  return new RegExp(`(?<![\\d-])(?:\\d{1,2}-)?${Number(day)}(?:-\\d{1,2})? ${monthName} ${year}\\b`);
}

const isDate = (t: RDF.Term | undefined): t is RDF.Literal => t?.termType === 'Literal' && DATE_TYPES.has(t.datatype.value);
const reference = nodes.filter((n) => !n.sources.includes(ATLAS));
/** The dates a statement gives: a date as its object and its dating qualifiers. */
const datesOf = (n: StatementNode): RDF.Literal[] => [n.object, ...DATE_QUALIFIERS.flatMap((p) => n.qualifiers.get(p) ?? [])].filter(isDate);
const namesOf = new Map<string, string[]>();
for (const q of quads.filter((x) => x.predicate.value === RDFS.label || x.predicate.value === SKOS.altLabel)) {
  namesOf.set(q.subject.value, [...(namesOf.get(q.subject.value) ?? []), q.object.value]);
}

describe('quotes', () => {
  it('of the Atlas statements are found verbatim in the source passage', () => {
    const seed = seedText();
    const atlas = nodes.filter((n) => n.sources.includes(ATLAS));
    expect(atlas.length).toBeGreaterThan(30);
    const notFound = atlas.flatMap((n) => n.quotes.filter((q) => !seed.includes(normalise(q))).map((q) => `${n.iri}: ${q}`));
    expect(notFound).toEqual([]);
  });

  it('of the reference statements are found verbatim in a row of reference-facts.md that names their source', () => {
    expect(reference.length).toBeGreaterThan(30);
    const notFound = reference.flatMap((n) => {
      const urls = n.sources.map((s) => urlOf.get(s));
      const ok = n.quotes.every((q) => rows.some((r) => normalise(r.text).includes(normalise(q)) && urls.some((u) => u !== undefined && r.urls.includes(u))));
      return ok ? [] : [`${n.iri}: ${n.quotes.join(' / ')}`];
    });
    expect(notFound).toEqual([]);
  });

  it('of the reference statements each lie within one cell of their row', () => {
    expect(reference.flatMap((n) => n.quotes.filter((q) => q.includes('|')).map((q) => `${n.iri}: ${q}`))).toEqual([]);
  });

  it('of the reference statements contain every date the statement gives, written as in the row ("27 Dec 2019")', () => {
    const dated = reference.filter((n) => datesOf(n).length > 0);
    expect(dated.length).toBeGreaterThan(30);
    const missing = dated.flatMap((n) =>
      datesOf(n).filter((d) => !n.quotes.some((q) => rowDate(d.value).test(normalise(q)))).map((d) => `${n.iri}: ${d.value} not in "${n.quotes.join(' / ')}"`),
    );
    expect(missing).toEqual([]);
  });

  it('that are a bare date ("1 Jul 2004") leave the naming to the label, which names the subject and the object', () => {
    const whole = (d: RDF.Literal) => new RegExp(`^${rowDate(d.value).source}$`);
    const bare = reference.filter((n) => datesOf(n).some((d) => n.quotes.some((q) => whole(d).test(normalise(q)))));
    expect(bare.map((n) => n.iri).sort()).toEqual(['budapest-convention-entered-into-force', 'us-signed-budapest-convention'].map((s) => entityIri('statement', s)));
    const named = (n: StatementNode, t: RDF.Term | undefined) =>
      t?.termType !== 'NamedNode' || (namesOf.get(t.value) ?? []).some((name) => n.labels.some((l) => l.value.includes(name)));
    expect(bare.filter((n) => !named(n, n.subject) || !named(n, n.object)).map((n) => n.iri)).toEqual([]);
  });

  it('of the reference statements carry the confidence of their row', () => {
    const wrong = reference
      .filter((n) => {
        const confidence = n.qualifiers.get(CDKG.confidence)?.[0]?.value;
        const urls = n.sources.map((s) => urlOf.get(s));
        const row = rows.find((r) => n.quotes.every((q) => normalise(r.text).includes(normalise(q))) && urls.some((u) => u !== undefined && r.urls.includes(u)));
        return row?.confidence !== confidence;
      })
      .map((n) => n.iri);
    expect(wrong).toEqual([]);
  });
});

describe('sources', () => {
  it('include every source URL of reference-facts.md, each a cdkg:Source with its schema:url', () => {
    const urls = new Set([...sourceIris].map((s) => urlOf.get(s)));
    const missing = [...new Set(rows.flatMap((r) => r.urls))].filter((u) => !urls.has(u));
    expect(missing).toEqual([]);
  });

  it('include the Atlas page as the source of the passage', () => {
    expect(sourceIris.has(ATLAS)).toBe(true);
    expect(urlOf.get(ATLAS)).toBe('https://eucyberdirect.eu/atlas/country/united-states/compare/european-union');
  });

  it('are each used by at least one statement', () => {
    const used = new Set(nodes.flatMap((n) => n.sources));
    expect([...sourceIris].filter((s) => !used.has(s))).toEqual([]);
  });
});
