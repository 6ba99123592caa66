/**
 * Every quote is the verbatim text its statement rests on: a span of the
 * Atlas passage (../shared/seeds/) or of the statement's row of
 * ../shared/reference-facts.md, whitespace runs counting as one space.
 */
import { CDKG, SCHEMA, entityIri } from '../../ontology/namespaces';
import { dataQuads, normalise, referenceRows, seedText, statementNodes } from './kb-data';

const ATLAS = entityIri('source', 'atlas-us-eu');
const quads = dataQuads();
const nodes = statementNodes(quads);
const urlOf = new Map(quads.filter((q) => q.predicate.value === SCHEMA.url).map((q) => [q.subject.value, q.object.value]));
const sourceIris = new Set(quads.filter((q) => q.object.value === CDKG.Source).map((q) => q.subject.value));
const rows = referenceRows();

describe('quotes', () => {
  it('of the Atlas statements are found verbatim in the source passage', () => {
    const seed = seedText();
    const atlas = nodes.filter((n) => n.sources.includes(ATLAS));
    expect(atlas.length).toBeGreaterThan(30);
    const notFound = atlas.flatMap((n) => n.quotes.filter((q) => !seed.includes(normalise(q))).map((q) => `${n.iri}: ${q}`));
    expect(notFound).toEqual([]);
  });

  it('of the reference statements are found verbatim in a row of reference-facts.md that names their source', () => {
    const reference = nodes.filter((n) => !n.sources.includes(ATLAS));
    expect(reference.length).toBeGreaterThan(30);
    const notFound = reference.flatMap((n) => {
      const urls = n.sources.map((s) => urlOf.get(s));
      const ok = n.quotes.every((q) => rows.some((r) => normalise(r.text).includes(normalise(q)) && urls.some((u) => u !== undefined && r.urls.includes(u))));
      return ok ? [] : [`${n.iri}: ${n.quotes.join(' / ')}`];
    });
    expect(notFound).toEqual([]);
  });

  it('of the reference statements carry the confidence of their row', () => {
    const wrong = nodes
      .filter((n) => !n.sources.includes(ATLAS))
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
