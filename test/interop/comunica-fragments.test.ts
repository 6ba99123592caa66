/**
 * Interoperability with an independent TPF client: Comunica
 * (@comunica/query-sparql 4.5, run in-process) answers every named query of
 * queries/ over /fragments alone, and its answers are compared with those
 * of /sparql for the same query, row for row (as multisets: TPF clients and
 * endpoints may order ties differently, and the order of the values in a
 * GROUP_CONCAT is unspecified, SPARQL 1.1 §18.5.1.7).
 *
 * Where Comunica's own engine answers a query differently from /sparql even
 * on an in-memory copy of the data (parsed here by N3.js from the files),
 * the difference is the engine's, not the fragments': for those queries,
 * listed in ENGINE_DEVIATIONS, the answer over /fragments must equal
 * Comunica's answer on the in-memory copy. See docs/federation.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { QueryEngine } from '@comunica/query-sparql';
import type * as RDF from '@rdfjs/types';
import { Parser as N3Parser, Store } from 'n3';
import type { Query } from 'sparqljs';
import { DEFAULTS } from '../../src/config';
import { startServer, type RunningServer } from '../../src/http/server';
import { loadNamedQueries } from '../../src/sparql/named';
import { parseQuery } from '../../src/sparql/parse';

let server: RunningServer;
beforeAll(async () => {
  // Comunica sends a fragment request per binding at once, with no cap of its own: beyond the default queue it
  // would get 503s (as any client past the limit should), which is not what this comparison is about.
  server = await startServer({ ...DEFAULTS, port: 0, workers: 2, maxQueued: 100_000 }, () => undefined);
});
afterAll(() => server.close());

const baseIri = new URL('sparql', DEFAULTS.publicBase).href;
const named = loadNamedQueries(DEFAULTS.queriesDir, (text) => parseQuery(text, { baseIri }));

/**
 * Named queries on which Comunica 4.5's engine disagrees with SPARQL 1.1 whatever the source: GROUP_CONCAT
 * in OPTIONAL subqueries comes out bound to another variable's value or empty (checked below on the in-memory copy).
 */
const ENGINE_DEVIATIONS = ['entities-by-class', 'process-participants', 'resolutions-and-votes'];

/** The data as plain triples, read by N3.js straight from the files (the union of the graphs, as /fragments serves it). */
function memoryCopy(): Store {
  const store = new Store();
  const files = [path.join(DEFAULTS.ontologyDir, 'cdkg.ttl'), ...fs.readdirSync(DEFAULTS.dataDir).filter((f) => f.endsWith('.ttl')).map((f) => path.join(DEFAULTS.dataDir, f))];
  for (const file of files) {
    for (const q of new N3Parser({ baseIRI: 'https://w3id.org/cdkg/graph/' }).parse(fs.readFileSync(file, 'utf8'))) store.addQuad(q.subject, q.predicate, q.object);
  }
  return store;
}

/** The GROUP_CONCAT variables of a query (subqueries included) with their separators. */
function groupConcats(node: unknown, out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(node)) node.forEach((n) => groupConcats(n, out));
  else if (node !== null && typeof node === 'object') {
    const o = node as { expression?: { type?: string; aggregation?: string; separator?: string }; variable?: { value: string } };
    if (o.expression?.type === 'aggregate' && o.expression.aggregation?.toLowerCase() === 'group_concat' && o.variable) out.set(o.variable.value, o.expression.separator ?? ' ');
    Object.values(node).forEach((n) => groupConcats(n, out));
  }
  return out;
}

type Row = Record<string, { type: string; value: string; datatype?: string; 'xml:lang'?: string }>;

/** A row as one comparable string; blank nodes only by kind, as their labels are local to each answer; GROUP_CONCAT values as sorted parts. */
function rowKey(row: Readonly<Record<string, { kind: string; value: string; lang?: string; datatype?: string }>>, concats: ReadonlyMap<string, string>): string {
  return JSON.stringify(
    Object.keys(row)
      .sort()
      .map((k) => {
        const t = row[k];
        const sep = concats.get(k);
        const value = sep === undefined || sep === '' ? t.value : t.value.split(sep).sort().join(sep);
        return [k, t.kind, t.kind === 'bnode' ? '' : value, t.lang ?? '', t.kind === 'literal' ? (t.datatype ?? 'http://www.w3.org/2001/XMLSchema#string') : ''];
      }),
  );
}

function fromJson(row: Row) {
  return Object.fromEntries(
    Object.entries(row).map(([k, t]) => [k, { kind: t.type === 'typed-literal' ? 'literal' : t.type, value: t.value, lang: t['xml:lang']?.toLowerCase(), datatype: t.type === 'uri' || t.type === 'bnode' ? undefined : (t.datatype ?? (t['xml:lang'] ? 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString' : undefined)) }]),
  );
}

function fromComunica(term: RDF.Term) {
  if (term.termType === 'NamedNode') return { kind: 'uri', value: term.value };
  if (term.termType === 'BlankNode') return { kind: 'bnode', value: term.value };
  if (term.termType === 'Literal') return { kind: 'literal', value: term.value, lang: term.language ? term.language.toLowerCase() : undefined, datatype: term.datatype.value };
  throw new Error(`unexpected ${term.termType}`);
}

async function viaEndpoint(text: string, concats: ReadonlyMap<string, string>): Promise<string[]> {
  const res = await fetch(`${server.url}/sparql`, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json' }, body: text });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { results: { bindings: Row[] } };
  return body.results.bindings.map((r) => rowKey(fromJson(r), concats)).sort();
}

function comunicaRows(bindings: readonly { [Symbol.iterator](): Iterator<[RDF.Variable, RDF.Term]> }[], concats: ReadonlyMap<string, string>): string[] {
  return bindings.map((b) => rowKey(Object.fromEntries([...b].map(([v, t]) => [v.value, fromComunica(t)])), concats)).sort();
}

async function inMemory(text: string, concats: ReadonlyMap<string, string>): Promise<string[]> {
  const stream = await new QueryEngine().queryBindings(text, { sources: [memory], baseIRI: baseIri } as never);
  return comunicaRows(await stream.toArray(), concats);
}

async function viaFragments(text: string, concats: ReadonlyMap<string, string>): Promise<{ rows: string[]; requests: string[] }> {
  const requests: string[] = [];
  const counting: typeof fetch = (input, init) => {
    requests.push(String(input instanceof Request ? input.url : input));
    return fetch(input, init);
  };
  const engine = new QueryEngine();
  const stream = await engine.queryBindings(text, { sources: [`${server.url}/fragments`], fetch: counting, baseIRI: baseIri, httpRetryCount: 0 } as never);
  return { rows: comunicaRows(await stream.toArray(), concats), requests };
}

const memory = memoryCopy();

test('there are named queries to compare', () => {
  expect(named.list().length).toBeGreaterThanOrEqual(10);
});

describe.each(named.list().map((q) => [q.name]))('the named query %s', (name) => {
  const q = named.get(name);
  const bound = named.bind(name, [...new URLSearchParams(q.example ?? '')]);
  const concats = groupConcats((bound.ast as Query));
  const deviates = ENGINE_DEVIATIONS.includes(name);

  it(deviates ? 'is answered by Comunica differently from /sparql even in memory (a known engine deviation)' : 'is answered by Comunica in memory as by /sparql', async () => {
    const expected = await viaEndpoint(bound.text, concats);
    expect(expected.length).toBeGreaterThan(0);
    const rows = await inMemory(bound.text, concats);
    if (deviates) expect(rows).not.toEqual(expected);
    else expect(rows).toEqual(expected);
  }, 60_000);

  it(deviates ? 'gives the same rows through Comunica over /fragments as Comunica in memory' : 'gives the same rows through Comunica over /fragments as through /sparql', async () => {
    const expected = deviates ? await inMemory(bound.text, concats) : await viaEndpoint(bound.text, concats);
    const { rows, requests } = await viaFragments(bound.text, concats);
    // Comunica read fragments only: no request went to /sparql.
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((u) => new URL(u).pathname === '/fragments')).toBe(true);
    expect(rows).toEqual(expected);
  }, 180_000);
});
