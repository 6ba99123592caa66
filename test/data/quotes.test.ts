/**
 * A quote is the source's own words or nothing. Every oa:exact of data/ is
 * found in the stored text of its statement's source (sources/), whitespace
 * runs counting as one space, and the selectors of data/annotations.ttl point
 * at it; statements whose source text is not stored carry a curator's note
 * and no quote. The expected side is computed here from the files themselves
 * (code points by Array.from, SHA-256 by node:crypto), not with
 * src/store/source-text.ts.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type * as RDF from '@rdfjs/types';
import { CDKG, OA, RDFS, SCHEMA, SKOS, SOURCE_TEXT_NS, SPDX, XSD, entityIri } from '../../ontology/namespaces';
import { DEFAULTS, sourcesDirOf } from '../../src/config';
import { ANNOTATIONS, annotations } from '../../src/export/annotations';
import { loadStore } from '../../src/store/load';
import { REFERENCE_SOURCES } from '../fixtures/reference-facts';
import { dataQuads, statementNodes, type StatementNode } from './kb-data';

const ROOT = path.join(__dirname, '..', '..');
const ATLAS = entityIri('source', 'atlas-us-eu');
const quads = dataQuads();
const nodes = statementNodes(quads);
const objects = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object);
const one = (s: string, p: string) => objects(s, p)[0]?.value;
const urlOf = new Map(quads.filter((q) => q.predicate.value === SCHEMA.url).map((q) => [q.subject.value, q.object.value]));
const sourceIris = new Set(quads.filter((q) => q.object.value === CDKG.Source).map((q) => q.subject.value));
const storedTextOf = (source: string) => one(source, CDKG.storedText);
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The stored text a stored-text IRI names, read from sources/ of the repository. */
const fileText = (iri: string) => fs.readFileSync(path.join(ROOT, 'sources', iri.slice(SOURCE_TEXT_NS.length)), 'utf8');
const notesOf = (n: StatementNode) => (n.qualifiers.get(CDKG.note) ?? []) as RDF.Literal[];

const quoted = nodes.filter((n) => n.quotes.length > 0);
const noted = nodes.filter((n) => notesOf(n).length > 0);

describe('quotes', () => {
  it('are given by the Atlas statements, each resting on the Atlas passage, whose text is stored in sources/', () => {
    expect(quoted.length).toBeGreaterThan(30);
    expect(quoted.filter((n) => !n.sources.includes(ATLAS)).map((n) => n.iri)).toEqual([]);
    expect(storedTextOf(ATLAS)).toBe(`${SOURCE_TEXT_NS}atlas-us-eu.txt`);
    expect(fs.existsSync(path.join(ROOT, 'sources', 'atlas-us-eu.txt'))).toBe(true);
  });

  it('are found in the stored text of their source, whitespace runs counting as one space', () => {
    const notFound = quoted.flatMap((n) => {
      const texts = n.sources.flatMap((s) => (storedTextOf(s) ? [normalise(fileText(storedTextOf(s) as string))] : []));
      return n.quotes.filter((q) => !texts.some((t) => t.includes(normalise(q)))).map((q) => `${n.iri}: ${q}`);
    });
    expect(notFound).toEqual([]);
  });

  it('rest only on sources whose text is stored', () => {
    expect(quoted.filter((n) => !n.sources.some((s) => storedTextOf(s) !== undefined)).map((n) => n.iri)).toEqual([]);
  });

  it('are each anchored by a text span whose position selects the quote in the stored text, counted in code points', () => {
    const wrong = quoted.flatMap((n) => {
      const span = one(n.iri, CDKG.textSpan);
      if (!span) return [`${n.iri}: no cdkg:textSpan`];
      const source = one(span, OA.hasSource) as string;
      const chars = Array.from(fileText(source));
      const selectors = objects(span, OA.hasSelector).map((t) => t.value);
      const position = selectors.find((s) => one(s, OA.start) !== undefined) as string;
      const quote = one(n.iri, CDKG.quote) as string;
      const [start, end] = [Number(one(position, OA.start)), Number(one(position, OA.end))];
      const selected = chars.slice(start, end).join('');
      const problems: string[] = [];
      if (!selectors.includes(quote)) problems.push('the span does not use the quote selector');
      if (normalise(selected) !== normalise(n.quotes[0])) problems.push(`selects "${selected}"`);
      // The context is the source's own characters right before and after the span: a few dozen of them, fewer only at the ends of the text.
      const prefix = one(quote, OA.prefix) ?? '';
      const suffix = one(quote, OA.suffix) ?? '';
      if (!chars.slice(0, start).join('').endsWith(prefix) || Array.from(prefix).length < Math.min(16, start)) problems.push(`prefix "${prefix}"`);
      if (!chars.slice(end).join('').startsWith(suffix) || Array.from(suffix).length < Math.min(16, chars.length - end)) problems.push(`suffix "${suffix}"`);
      return problems.map((p) => `${n.iri}: ${p}`);
    });
    expect(wrong).toEqual([]);
  });

  it('of the Atlas passage start where the passage has them: the first sentence at 0', () => {
    const first = quoted.find((n) => n.iri === entityIri('statement', 'us-signatory-of-budapest-convention')) as StatementNode;
    const position = objects(one(first.iri, CDKG.textSpan) as string, OA.hasSelector).map((t) => t.value).find((s) => one(s, OA.start) !== undefined) as string;
    expect([one(position, OA.start), one(position, OA.end)]).toEqual(['0', String(Array.from('The US is a signatory and an early proponent of the Budapest Convention').length)]);
  });
});

describe('data/annotations.ttl', () => {
  it('is what kb annotate writes for the current data and stored texts (regenerate with npx kb annotate)', async () => {
    const { store } = loadStore({ ...DEFAULTS, loadOntology: false });
    const generated = await annotations(store, sourcesDirOf(DEFAULTS));
    expect(generated.unanchored).toEqual([]);
    expect(fs.readFileSync(path.join(DEFAULTS.dataDir, ANNOTATIONS.file), 'utf8')).toBe(generated.text);
  });

  it('records the SHA-256 of each stored text file', () => {
    const texts = [...new Set([...sourceIris].flatMap((s) => (storedTextOf(s) ? [storedTextOf(s) as string] : [])))];
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      const sum = one(text, SPDX.checksum) as string;
      expect(one(sum, SPDX.algorithm)).toBe(SPDX.checksumAlgorithm_sha256);
      expect(one(sum, SPDX.checksumValue)).toBe(createHash('sha256').update(fs.readFileSync(path.join(ROOT, 'sources', text.slice(SOURCE_TEXT_NS.length)))).digest('hex'));
    }
  });
});

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE_TYPES = new Set<string>([XSD.date, XSD.gYearMonth, XSD.gYear]);
/** Qualifiers that date a statement (docs/data-model.md, "Time"). */
const DATE_QUALIFIERS = [CDKG.pointInTime, CDKG.validFrom, CDKG.validUntil, CDKG.ratifiedOn, CDKG.depositedOn, CDKG.asOf];

/** A date as the notes write it: "27 Dec 2019", "March 2018", "2019"; a day may be the first or last of a range ("10-12 May 2021"). */
function writtenDate(value: string): RegExp {
  const [year, month, day] = value.split('-');
  if (month === undefined) return new RegExp(`\\b${year}\\b`);
  const name = MONTHS[Number(month) - 1];
  const monthName = `${name.slice(0, 3)}(?:${name.slice(3)})?`;
  if (day === undefined) return new RegExp(`\\b${monthName} ${year}\\b`);
  return new RegExp(`(?<![\\d-])(?:\\d{1,2}-)?${Number(day)}(?:-\\d{1,2})? ${monthName} ${year}\\b`);
}
const isDate = (t: RDF.Term | undefined): t is RDF.Literal => t?.termType === 'Literal' && DATE_TYPES.has(t.datatype.value);
/** The dates a statement gives: a date as its object and its dating qualifiers. */
const datesOf = (n: StatementNode): RDF.Literal[] => [n.object, ...DATE_QUALIFIERS.flatMap((p) => n.qualifiers.get(p) ?? [])].filter(isDate);
const namesOf = new Map<string, string[]>();
for (const q of quads.filter((x) => x.predicate.value === RDFS.label || x.predicate.value === SKOS.altLabel)) {
  namesOf.set(q.subject.value, [...(namesOf.get(q.subject.value) ?? []), q.object.value]);
}

describe("curator's notes", () => {
  it('are given, in English, by every statement that rests on a source whose text is not stored, and never beside a quote', () => {
    const unstored = nodes.filter((n) => !n.sources.some((s) => storedTextOf(s) !== undefined));
    expect(unstored.length).toBeGreaterThan(30);
    expect(unstored.filter((n) => n.quotes.length > 0 || notesOf(n).length !== 1 || notesOf(n)[0].language !== 'en').map((n) => n.iri)).toEqual([]);
    expect(noted.filter((n) => n.quotes.length > 0).map((n) => n.iri)).toEqual([]);
  });

  it('contain every date the statement gives, written out ("27 Dec 2019")', () => {
    const dated = noted.filter((n) => datesOf(n).length > 0);
    expect(dated.length).toBeGreaterThan(30);
    const missing = dated.flatMap((n) =>
      datesOf(n).filter((d) => !notesOf(n).some((note) => writtenDate(d.value).test(normalise(note.value)))).map((d) => `${n.iri}: ${d.value} not in "${notesOf(n).map((x) => x.value).join(' / ')}"`),
    );
    expect(missing).toEqual([]);
  });

  it('that are a bare date ("1 Jul 2004") leave the naming to the label, which names the subject and the object', () => {
    const whole = (d: RDF.Literal) => new RegExp(`^${writtenDate(d.value).source}$`);
    const bare = noted.filter((n) => datesOf(n).some((d) => notesOf(n).some((note) => whole(d).test(normalise(note.value)))));
    expect(bare.map((n) => n.iri).sort()).toEqual(['budapest-convention-entered-into-force', 'us-signed-budapest-convention'].map((s) => entityIri('statement', s)));
    const named = (n: StatementNode, t: RDF.Term | undefined) =>
      t?.termType !== 'NamedNode' || (namesOf.get(t.value) ?? []).some((name) => n.labels.some((l) => l.value.includes(name)));
    expect(bare.filter((n) => !named(n, n.subject) || !named(n, n.object)).map((n) => n.iri)).toEqual([]);
  });
});

/** The source pages of the reference facts and their confidence, stated independently in test/fixtures/reference-facts.ts. */
const CONFIDENCE_OF = new Map(REFERENCE_SOURCES.map((s) => [s.url, s.confidence]));

describe('sources', () => {
  it('include every source page of the reference facts, each a cdkg:Source with its schema:url', () => {
    const urls = new Set([...sourceIris].map((s) => urlOf.get(s)));
    expect([...CONFIDENCE_OF.keys()].filter((u) => !urls.has(u))).toEqual([]);
  });

  it('give the statements resting on them the confidence of the reference facts', () => {
    const wrong = noted.flatMap((n) => {
      const expected = n.sources.map((s) => CONFIDENCE_OF.get(urlOf.get(s) ?? ''));
      const confidence = n.qualifiers.get(CDKG.confidence)?.[0]?.value;
      return expected.includes(confidence as 'high' | 'medium') ? [] : [`${n.iri}: ${confidence}, expected ${expected.join(' or ')}`];
    });
    expect(wrong).toEqual([]);
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
