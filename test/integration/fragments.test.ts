/**
 * /fragments, Triple Pattern Fragments (TPF specification §3) on the
 * endpoint fixture data (paging on the real data, which needs many pages): pages of matching triples with hydra:next, counts,
 * the search form in every page, every format parsed back by N3.js or
 * jsonld, literals in the explicit representation, one graph with graph=,
 * and clear 400s. Comunica's use of it is in test/interop/comunica-fragments.test.ts.
 */
import jsonld from 'jsonld';
import type * as RDF from '@rdfjs/types';
import { Parser as N3Parser } from 'n3';
import { PEOPLE_GRAPH, useEndpoint } from './support/endpoint';
import { reconcileServer } from './support/reconcile';

const { url } = useEndpoint();
// The real data, so that paging runs over many pages; its result cap is the default, so /sparql gives every triple.
const real = reconcileServer();
const HYDRA = 'http://www.w3.org/ns/hydra/core#';
const VOID = 'http://rdfs.org/ns/void#';
const FOAF_TOPIC = 'http://xmlns.com/foaf/0.1/primaryTopic';

async function get(query: string, accept = 'application/trig', server = url()): Promise<{ status: number; type: string | null; quads: RDF.Quad[]; body: string }> {
  const res = await fetch(`${server}/fragments${query}`, { headers: { Accept: accept } });
  const body = await res.text();
  const type = res.headers.get('content-type');
  if (res.status !== 200) return { status: res.status, type, quads: [], body };
  const format = type?.split(';')[0] ?? '';
  const quads = format === 'application/ld+json' ? ((await jsonld.toRDF(JSON.parse(body))) as unknown as RDF.Quad[]) : new N3Parser({ format }).parse(body);
  return { status: res.status, type, quads, body };
}

const data = (quads: readonly RDF.Quad[]) => quads.filter((q) => q.graph.termType === 'DefaultGraph');
/** A triple as text; blank nodes only as `_:`, their labels being local to each answer. */
const tripleKey = (q: RDF.Quad) => [q.subject, q.predicate, q.object].map((t) => (t.termType === 'BlankNode' ? '_:' : t.value)).join(' ');
const about = (quads: readonly RDF.Quad[], s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);

/** Every triple of the fixture, as /sparql gives it (the independent side). */
async function allTriples(server: string): Promise<string[]> {
  const res = await fetch(`${server}/sparql`, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/n-triples' }, body: 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }' });
  return new N3Parser({ format: 'application/n-triples' }).parse(await res.text()).map(tripleKey).sort();
}

describe('/fragments', () => {
  it('answers the whole dataset page by page, following hydra:next, with exactly the triples of the store', async () => {
    const seen: string[] = [];
    const first = `${real.url()}/fragments`;
    let next: string | undefined = first;
    let pages = 0;
    let estimate = 0;
    while (next) {
      const { quads, status } = await get(next.slice(first.length), 'application/trig', real.url());
      expect(status).toBe(200);
      const triples = data(quads);
      expect(triples.length).toBeLessThanOrEqual(100);
      seen.push(...triples.map(tripleKey));
      if (pages === 0) estimate = Number(about(quads, next, `${HYDRA}totalItems`)[0]);
      expect(about(quads, next, `${HYDRA}first`)).toEqual([first]);
      next = about(quads, next, `${HYDRA}next`)[0];
      pages++;
      expect(pages).toBeLessThan(1000);
    }
    const expected = await allTriples(real.url());
    expect(pages).toBe(Math.ceil(expected.length / 100));
    expect(seen.sort()).toEqual(expected);
    // An estimate, never below the real number.
    expect(estimate).toBeGreaterThanOrEqual(expected.length);
  });

  it('puts metadata and controls in a graph of their own in TriG, naming the page as its primary topic', async () => {
    const page = `${url()}/fragments?predicate=${encodeURIComponent('http://example.org/name')}`;
    const { quads } = await get(page.slice(`${url()}/fragments`.length));
    const meta = quads.filter((q) => q.graph.termType === 'NamedNode');
    expect(about(meta, `${page}#metadata`, FOAF_TOPIC)).toEqual([page]);
    expect(about(meta, page, `${VOID}triples`)).toEqual([String(data(quads).length)]);
    expect(about(meta, page, `${HYDRA}totalItems`)).toEqual([String(data(quads).length)]);
    expect(about(meta, page, `${HYDRA}next`)).toEqual([]);
    const [form] = about(meta, `${url()}/fragments#dataset`, `${HYDRA}search`);
    const formQuads = meta.filter((q) => q.subject.value === form);
    expect(formQuads.find((q) => q.predicate.value === `${HYDRA}template`)?.object.value).toBe(`${url()}/fragments{?subject,predicate,object}`);
    expect(data(quads).every((q) => q.predicate.value === 'http://example.org/name')).toBe(true);
  });

  it.each([['text/turtle'], ['application/n-triples'], ['application/n-quads'], ['application/ld+json']])('is served as %s with data and controls', async (type) => {
    const { quads, type: got } = await get(`?predicate=${encodeURIComponent('http://example.org/name')}`, type);
    expect(got).toBe(`${type}; charset=utf-8`);
    expect(quads.some((q) => q.predicate.value === 'http://example.org/name')).toBe(true);
    expect(quads.some((q) => q.predicate.value === `${HYDRA}search`)).toBe(true);
  });

  it('matches literal objects written in the explicit representation, and nothing for a literal subject', async () => {
    const names = data((await get(`?predicate=${encodeURIComponent('http://example.org/name')}`)).quads);
    const sample = names[0].object as RDF.Literal;
    const explicit = sample.language ? `"${sample.value}"@${sample.language}` : `"${sample.value}"`;
    const { quads } = await get(`?object=${encodeURIComponent(explicit)}`);
    expect(data(quads).length).toBeGreaterThan(0);
    expect(data(quads).every((q) => q.object.value === sample.value)).toBe(true);
    expect(data((await get(`?subject=${encodeURIComponent('"x"')}`)).quads)).toEqual([]);
  });

  it('restricts the pattern to one named graph with graph=, with a search form that keeps the graph', async () => {
    const { quads } = await get(`?graph=${encodeURIComponent(PEOPLE_GRAPH)}`);
    expect(data(quads).length).toBeGreaterThan(0);
    const templates = quads.filter((q) => q.predicate.value === `${HYDRA}template`).map((q) => q.object.value);
    expect(templates).toEqual([`${url()}/fragments?graph=${encodeURIComponent(PEOPLE_GRAPH)}{&subject,predicate,object}`]);
  });

  it('answers bad parameters with 400 naming the parameter', async () => {
    for (const [query, message] of [
      ['?subject=not-an-iri', /Parameter "subject": "not-an-iri" is not an absolute IRI/],
      ['?object=%22open', /Parameter "object": "open opens a literal/],
      ['?page=0', /Parameter "page"/],
      ['?colour=red', /Unknown parameter "colour"/],
      ['?subject=http://a&subject=http://b', /given more than once/],
    ] as const) {
      const { status, body } = await get(query);
      expect(status).toBe(400);
      expect(body).toMatch(message);
    }
  });
});
