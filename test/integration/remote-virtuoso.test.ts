/**
 * CDKG on a remote SPARQL store: Debian's Virtuoso, started here on free ports (test/support/virtuoso.ts).
 * `kb push` fills it (twice, with the same triples), then a server with KB_STORE=sparql answers every named
 * query, entity page, VoID description and dump as the embedded server does, writes through /update land in
 * Virtuoso, a refused write leaves it unchanged, and a stopped Virtuoso is a 503 with a clear message.
 * The differences Virtuoso forces are in docs/deployment.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { main } from '../../src/cli';
import { DEFAULTS, configFromEnv, type Config } from '../../src/config';
import { startServer, type RunningServer } from '../../src/http/server';
import { VIRTUOSO_LOGIN, startVirtuoso, type Virtuoso } from '../support/virtuoso';
import { request } from './support/http';
import { ALICE, bearer, copyOfData, writableConfig } from './support/writable';

const ROOT = path.join(__dirname, '../..');
const CDKG = 'https://w3id.org/cdkg/';
const US = `${CDKG}id/state/united-states`;
const ACTORS = `${CDKG}graph/actors`;
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';

let virtuoso: Virtuoso;
let embedded: RunningServer;
let remote: RunningServer | undefined;
const copy = copyOfData();
let env: NodeJS.ProcessEnv;

/** Runs `kb` with the remote store's environment; its exit code and output. */
async function kb(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main([...args, '--data', copy.dataDir], { out: (t) => (out += t), err: (t) => (err += t) }, env);
  return { code, out, err };
}

type JsonTerm = { type: string; value: string; 'xml:lang'?: string; datatype?: string };

/** A query straight to Virtuoso (not through CDKG): the rows as JSON terms. */
async function virtuosoRows(query: string): Promise<Record<string, JsonTerm>[]> {
  const res = await fetch(virtuoso.sparql, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' }, body: new URLSearchParams({ query }) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { results: { bindings: Record<string, JsonTerm>[] } }).results.bindings;
}

/** Triples in CDKG's graphs on Virtuoso, counted by Virtuoso itself. */
async function cdkgTriples(): Promise<number> {
  const [row] = await virtuosoRows(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "${CDKG}graph/")) }`);
  return Number(row.n.value);
}

beforeAll(async () => {
  virtuoso = await startVirtuoso({ maxRows: 1_000_000 });
  env = { KB_STORE: 'sparql', KB_SPARQL_QUERY_URL: virtuoso.sparql, KB_SPARQL_UPDATE_URL: virtuoso.sparqlAuth, KB_SPARQL_USER: VIRTUOSO_LOGIN.user, KB_SPARQL_PASSWORD: VIRTUOSO_LOGIN.password };
  embedded = await startServer({ ...DEFAULTS, port: 0, workers: 1 }, () => undefined);
}, 180_000);
afterAll(async () => {
  await Promise.all([embedded?.close(), remote?.close()]);
  await virtuoso?.stop();
  fs.rmSync(copy.root, { recursive: true, force: true });
});

/** The remote server, once `kb push` has run (the push tests come first). */
function remoteConfig(): Config {
  const { store, sparql } = configFromEnv(env);
  return writableConfig(copy.dataDir, copy.sourcesDir, { store, sparql });
}

/** A term as a comparable string; Virtuoso's draft `typed-literal` and explicit xsd:string are the standard forms (docs/deployment.md). */
const key = (t: JsonTerm) => JSON.stringify([t.type, t.value, t['xml:lang'] ?? '', t.datatype ?? '']);
/**
 * What Virtuoso 7.2.5 answers differently, per named query and variable (docs/deployment.md, "Virtuoso"):
 * GROUP_CONCAT drops the common language tag and joins in another order; EXISTS as a value is 1 or 0 of xsd:integer.
 */
const CONCATENATED: Readonly<Record<string, readonly string[]>> = {
  'entities-by-class': ['altLabels'],
  'instruments-of-actor': ['sources'],
  'process-participants': ['roles', 'representedBy', 'priorities'],
  'resolutions-and-votes': ['sponsors', 'builtOnTextsOf', 'established'],
};
const EXISTS_VALUES: Readonly<Record<string, readonly string[]>> = { 'wikidata-links': ['sameAs'], 'state-of-play': ['superseded'] };
/** Queries where Virtuoso loses an OPTIONAL value in some rows (cdkg:stance of statements about a group of member states). */
const LOSES_OPTIONAL = ['actor-matrix', 'compare-actors'];
/** Queries Virtuoso cannot answer: `a/rdfs:subClassOf*` with both ends open gives no row; a BIND of EXISTS beside IFs fails to compile (SQ074). */
const UNANSWERED = ['entities-by-class', 'state-of-play'];
const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** A term with a documented difference made the same on both sides: joined parts sorted without language; EXISTS as a boolean. */
function comparable(query: string, variable: string, t: JsonTerm): JsonTerm {
  if (CONCATENATED[query]?.includes(variable)) return { type: 'literal', value: t.value.split(/, | \| /).sort().join('|') };
  if (EXISTS_VALUES[query]?.includes(variable) && t.datatype === `${XSD}integer`) return { type: 'literal', value: t.value === '1' ? 'true' : 'false', datatype: `${XSD}boolean` };
  return t;
}

/** Rows as a sorted list of strings: the multiset of solutions, blank nodes by kind only (labels are the store's own). */
function multiset(body: string, query = ''): string[] {
  const rows = (JSON.parse(body) as { results: { bindings: Record<string, JsonTerm>[] } }).results.bindings;
  return rows.map((r) => JSON.stringify(Object.keys(r).sort().map((k) => [k, r[k].type === 'bnode' ? 'bnode' : key(comparable(query, k, r[k]))]))).sort();
}

describe('kb push', () => {
  test('loads every graph of the files into Virtuoso, and a second push leaves the same triples', async () => {
    const first = await kb('push');
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/pushed \d+ triples in \d+ graphs/);
    const pushed = Number(/pushed (\d+) triples/.exec(first.out)?.[1]);
    const afterFirst = await cdkgTriples();
    // Expected independently: the triples of the files as the embedded server counts them.
    const health = JSON.parse((await request(`${embedded.url}/health`)).body) as { triples: number };
    expect(afterFirst).toBe(health.triples);
    expect(pushed).toBe(health.triples);
    const second = await kb('push');
    expect(second.code).toBe(0);
    expect(await cdkgTriples()).toBe(afterFirst);
  }, 120_000);

  test('with KB_SPARQL_GSP_URL, kb push replaces each graph by a Graph Store PUT (digest authentication), leaving the same triples', async () => {
    const before = (JSON.parse((await request(`${embedded.url}/health`)).body) as { triples: number }).triples;
    const saved = env;
    env = { ...env, KB_SPARQL_GSP_URL: virtuoso.graphStoreAuth };
    try {
      const pushed = await kb('push');
      expect([pushed.code, pushed.err]).toEqual([0, '']);
      expect(pushed.out).toContain('(Graph Store Protocol PUT)');
    } finally {
      env = saved;
    }
    expect(await cdkgTriples()).toBe(before);
  }, 120_000);

  test('a wrong password is refused with a message naming the settings, and never shown', async () => {
    const saved = env;
    env = { ...env, KB_SPARQL_PASSWORD: 'not-the-password-42' };
    try {
      const pushed = await kb('push');
      expect(pushed.code).toBe(1);
      expect(pushed.err).toMatch(/refused the update \(HTTP 401\): check KB_SPARQL_USER, KB_SPARQL_PASSWORD/);
      expect(pushed.err + pushed.out).not.toContain('not-the-password-42');
    } finally {
      env = saved;
    }
  });

  test('without KB_STORE=sparql, kb push refuses with a message naming the settings', async () => {
    let err = '';
    const code = await main(['push'], { out: () => undefined, err: (t) => (err += t) }, {});
    expect(code).toBe(2);
    expect(err).toContain('KB_STORE=sparql');
  });
});

describe('a server with KB_STORE=sparql on Virtuoso', () => {
  beforeAll(async () => {
    // Pushing again changes nothing (see above), and lets these tests run alone.
    expect((await kb('push')).code).toBe(0);
    remote = await startServer(remoteConfig(), () => undefined);
  }, 60_000);
  const both = async (pathAndQuery: string, accept: string) => {
    const [a, b] = await Promise.all([request(`${embedded.url}${pathAndQuery}`, { headers: { Accept: accept } }), request(`${(remote as RunningServer).url}${pathAndQuery}`, { headers: { Accept: accept } })]);
    return { embedded: a, remote: b };
  };

  const named = fs
    .readdirSync(path.join(ROOT, 'queries'))
    .filter((f) => f.endsWith('.rq'))
    .map((f) => [f.slice(0, -3), /^# example: (.*)$/m.exec(fs.readFileSync(path.join(ROOT, 'queries', f), 'utf8'))?.[1] ?? ''] as const);

  const sameRows = async (name: string, example: string) => {
    const { embedded: a, remote: b } = await both(`/queries/${name}?${example}`, 'application/sparql-results+json');
    expect(a.status).toBe(200);
    expect([b.status, b.status === 200 ? '' : b.body]).toEqual([200, '']);
    expect(multiset(a.body).length).toBeGreaterThan(0);
    expect(multiset(b.body, name)).toEqual(multiset(a.body, name));
  };
  test.each(named.filter(([n]) => !LOSES_OPTIONAL.includes(n) && !UNANSWERED.includes(n)))('the named query %s gives the same rows as on the embedded store', sameRows);
  // Fails while Virtuoso loses the value: the day it stops, this test fails and the difference leaves docs/deployment.md.
  test.failing.each(named.filter(([n]) => LOSES_OPTIONAL.includes(n)))('the named query %s loses a stance on Virtuoso (a documented difference)', sameRows);
  test.failing.each(named.filter(([n]) => UNANSWERED.includes(n)))('the named query %s is not answered by Virtuoso (a documented difference)', sameRows);
  test('the named queries with a documented loss give the same rows once that OPTIONAL value is set aside', async () => {
    for (const [name, example] of named.filter(([n]) => LOSES_OPTIONAL.includes(n))) {
      const { embedded: a, remote: b } = await both(`/queries/${name}?${example}`, 'application/sparql-results+json');
      const strip = (body: string) => multiset(body.replace(/"stance": *\{[^}]*\},?/g, ''), name);
      expect(strip(b.body)).toEqual(strip(a.body));
    }
  });

  test.each([['text/csv'], ['text/tab-separated-values'], ['application/sparql-results+xml']])('a SELECT answered as %s is the same text as on the embedded store, up to the order of rows and white space between elements', async (accept) => {
    const query = encodeURIComponent('SELECT ?s ?label WHERE { ?s a <https://w3id.org/cdkg/ontology#State> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label }');
    const { embedded: a, remote: b } = await both(`/sparql?query=${query}`, accept);
    expect(b.status).toBe(200);
    expect(b.headers['content-type']).toBe(a.headers['content-type']);
    const rowsOf = (body: string) => (accept.includes('xml') ? body.replace(/>\s+</g, '><').match(/<result>.*?<\/result>/g) ?? [] : body.split(/\r?\n/)).filter(Boolean).sort();
    expect(rowsOf(a.body).length).toBeGreaterThan(3);
    expect(rowsOf(b.body)).toEqual(rowsOf(a.body));
  });

  test.each([['application/sparql-results+json'], ['application/sparql-results+xml']])('an ASK answered as %s is a boolean, as on the embedded store', async (accept) => {
    const query = encodeURIComponent('ASK { <https://w3id.org/cdkg/id/state/russia> ?p ?o }');
    const { embedded: a, remote: b } = await both(`/sparql?query=${query}`, accept);
    expect(b.status).toBe(200);
    const value = (body: string) => (accept.includes('json') ? (JSON.parse(body) as { boolean?: boolean }).boolean : /<boolean>(true|false)<\/boolean>/.exec(body)?.[1] === 'true');
    expect(value(a.body)).toBe(true);
    expect(value(b.body)).toBe(true);
  });

  const graphLines = (body: string) => body.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')).sort();
  test('a CONSTRUCT query gives the same triples as on the embedded store', async () => {
    const text = 'CONSTRUCT { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } WHERE { ?s a <https://w3id.org/cdkg/ontology#Convention> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }';
    const { embedded: a, remote: b } = await both(`/sparql?query=${encodeURIComponent(text)}`, 'application/n-triples');
    expect(b.status).toBe(200);
    expect(graphLines(a.body).length).toBeGreaterThan(2);
    expect(graphLines(b.body)).toEqual(graphLines(a.body));
  });

  // SPARQL leaves DESCRIBE to the store (SPARQL 1.1 Query §16.4): Virtuoso adds the triples with the resource as object.
  test('a DESCRIBE query gives the embedded store\'s triples, plus (a documented difference) those with the resource as object', async () => {
    const russia = '<https://w3id.org/cdkg/id/state/russia>';
    const { embedded: a, remote: b } = await both(`/sparql?query=${encodeURIComponent(`DESCRIBE ${russia}`)}`, 'application/n-triples');
    expect(b.status).toBe(200);
    const [la, lb] = [graphLines(a.body), graphLines(b.body)];
    expect(la.length).toBeGreaterThan(2);
    expect(lb.filter((l) => l.startsWith(russia))).toEqual(la);
    expect(lb.filter((l) => !l.startsWith(russia)).every((l) => l.endsWith(`${russia} .`))).toBe(true);
  });

  test.each([['/id/state/united-states'], ['/id/instrument/budapest-convention'], ['/graph/actors']])('the page %s gives the same triples in N-Triples', async (page) => {
    const { embedded: a, remote: b } = await both(page, 'application/n-triples');
    expect(b.status).toBe(200);
    const lines = (body: string) => body.split('\n').filter((l) => l.trim() !== '' && !l.includes('_:')).sort();
    expect(lines(a.body).length).toBeGreaterThan(10);
    expect(lines(b.body)).toEqual(lines(a.body));
  });

  // The HTML page shows the entity's state of play (queries/state-of-play.rq), which Virtuoso does not answer (see UNANSWERED):
  // the page keeps its facts and says which section is missing; asked for a date, the page is that view, and a 503.
  test('the HTML page of an entity names it and its facts, and says the state of play cannot be shown, naming the store', async () => {
    const html = await request(`${(remote as RunningServer).url}/id/state/united-states`, { headers: { Accept: 'text/html' } });
    expect(html.status).toBe(200);
    expect(html.body).toContain('<h1>United States');
    expect(html.body).toContain('Facts and their sources');
    expect(html.body).toMatch(/The state of play on a date cannot be shown: The remote SPARQL store at http:\/\/127\.0\.0\.1:\d+ failed on the query \(HTTP 500\); see the server log/);
  });

  test('the HTML page of an entity as of a date, which Virtuoso cannot build, is a 503 naming the store, nothing of its answer', async () => {
    const html = await request(`${(remote as RunningServer).url}/id/state/united-states?asOf=2020-06-01`, { headers: { Accept: 'text/html' } });
    expect(html.status).toBe(503);
    expect(html.body).toMatch(/^The remote SPARQL store at http:\/\/127\.0\.0\.1:\d+ failed on the query \(HTTP 500\); see the server log\n$/);
  });

  test('the VoID description counts the same triples, entities and graphs', async () => {
    const { embedded: a, remote: b } = await both('/void', 'application/n-triples');
    expect(b.status).toBe(200);
    const counts = (body: string) => body.split('\n').filter((l) => /void#(triples|entities|distinctSubjects|properties|classes)> /.test(l)).sort();
    expect(counts(a.body).length).toBeGreaterThan(3);
    expect(counts(b.body)).toEqual(counts(a.body));
  });

  test('the N-Quads dump holds the same quads', async () => {
    const { embedded: a, remote: b } = await both('/dumps/cdkg.nq.gz', 'application/n-quads');
    expect(b.status).toBe(200);
    const [da, db] = await Promise.all([fetch(`${embedded.url}/dumps/cdkg.nq.gz`), fetch(`${(remote as RunningServer).url}/dumps/cdkg.nq.gz`)]);
    const lines = async (res: Response) => zlib.gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8').split('\n').filter((l) => l !== '' && !l.includes('_:')).sort();
    const [la, lb] = await Promise.all([lines(da), lines(db)]);
    expect(la.length).toBeGreaterThan(1000);
    expect(lb).toEqual(la);
    void a;
  });

  const update = (text: string) => request(`${(remote as RunningServer).url}/update`, { method: 'POST', headers: { 'Content-Type': 'application/sparql-update', ...bearer(ALICE.token) }, body: text });
  const inVirtuoso = async (pattern: string) => (await virtuosoRows(`SELECT * WHERE { ${pattern} }`)).length;

  test('a write through /update with a token lands in Virtuoso, in its graph, with its provenance', async () => {
    const res = await update(`INSERT DATA { GRAPH <${ACTORS}> { <${US}> <${RDFS}comment> "written through CDKG"@en } }`);
    expect([res.status, res.body.slice(0, 300)]).toEqual([200, res.body.slice(0, 300)]);
    expect(await inVirtuoso(`GRAPH <${ACTORS}> { <${US}> <${RDFS}comment> "written through CDKG"@en }`)).toBe(1);
    const { change } = JSON.parse(res.body) as { change: string };
    expect(await inVirtuoso(`GRAPH <${CDKG}graph/changes> { <${change}> ?p ?o }`)).toBeGreaterThan(3);
    const read = await request(`${(remote as RunningServer).url}/sparql?query=${encodeURIComponent(`ASK { <${US}> <${RDFS}comment> "written through CDKG"@en }`)}`, { headers: { Accept: 'application/sparql-results+json' } });
    expect(JSON.parse(read.body)).toMatchObject({ boolean: true });
  });

  test('a Graph Store PUT of a new graph lands in Virtuoso and in CDKG\'s list of graphs, queries through CDKG see it, and DELETE takes both away', async () => {
    const notes = `${CDKG}graph/notes`;
    const put = await request(`${(remote as RunningServer).url}/graphs?graph=${encodeURIComponent(notes)}`, { method: 'PUT', headers: { 'Content-Type': 'text/turtle', ...bearer(ALICE.token) }, body: '<urn:note:1> <urn:says> "note 1" .' });
    expect(put.status).toBe(201);
    expect(await inVirtuoso(`GRAPH <${notes}> { <urn:note:1> <urn:says> "note 1" }`)).toBe(1);
    const read = await request(`${(remote as RunningServer).url}/sparql?query=${encodeURIComponent(`SELECT ?o WHERE { GRAPH <${notes}> { ?s ?p ?o } }`)}`, { headers: { Accept: 'application/sparql-results+json' } });
    expect(multiset(read.body)).toEqual([JSON.stringify([['o', key({ type: 'literal', value: 'note 1' })]])]);
    const listed = () => inVirtuoso(`GRAPH <${CDKG}remote/graphs> { <${notes}> ?p ?o }`);
    expect(await listed()).toBe(1);
    const del = await request(`${(remote as RunningServer).url}/graphs?graph=${encodeURIComponent(notes)}`, { method: 'DELETE', headers: bearer(ALICE.token) });
    expect(del.status).toBe(204);
    expect(await inVirtuoso(`GRAPH <${notes}> { ?s ?p ?o }`)).toBe(0);
    expect(await listed()).toBe(0);
  });

  test('a refused write (422) leaves Virtuoso unchanged', async () => {
    const before = await cdkgTriples();
    const res = await update(`PREFIX cdkg: <https://w3id.org/cdkg/ontology#>
INSERT DATA { GRAPH <${ACTORS}> { <${US}> <${RDFS}comment> "half of a bad write"@en . <${US}> cdkg:signatoryOf "not an instrument" } }`);
    expect(res.status).toBe(422);
    expect(await inVirtuoso(`?s <${RDFS}comment> "half of a bad write"@en`)).toBe(0);
    expect(await cdkgTriples()).toBe(before);
  });

  test('queries do not see Virtuoso\'s own graphs, even when a query names one', async () => {
    const res = await request(`${(remote as RunningServer).url}/sparql?query=${encodeURIComponent('SELECT (COUNT(*) AS ?n) FROM <http://www.openlinksw.com/schemas/virtrdf#> WHERE { ?s ?p ?o }')}`, { headers: { Accept: 'application/sparql-results+json' } });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).results.bindings[0].n.value).toBe('0');
    expect((await virtuosoRows('SELECT (COUNT(*) AS ?n) FROM <http://www.openlinksw.com/schemas/virtrdf#> WHERE { ?s ?p ?o }'))[0].n.value).not.toBe('0');
  });

  test('with Virtuoso stopped, a query is a 503 naming the unreachable store, and a write is refused the same way', async () => {
    await virtuoso.stop();
    const res = await request(`${(remote as RunningServer).url}/sparql?query=${encodeURIComponent('SELECT * WHERE { ?s ?p ?o } LIMIT 1')}`, { headers: { Accept: 'application/sparql-results+json' } });
    expect(res.status).toBe(503);
    expect(res.body).toMatch(/^The remote SPARQL store at http:\/\/127\.0\.0\.1:\d+ cannot be reached/);
    expect(res.body).not.toContain(VIRTUOSO_LOGIN.password);
    const page = await request(`${(remote as RunningServer).url}/id/state/russia`, { headers: { Accept: 'text/turtle' } });
    expect(page.status).toBe(503);
    const write = await update(`INSERT DATA { GRAPH <${ACTORS}> { <${US}> <${RDFS}comment> "while Virtuoso is down"@en } }`);
    expect(write.status).toBe(503);
  }, 60_000);
});
