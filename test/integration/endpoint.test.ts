import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { Parser as N3Parser } from 'n3';
import * as rdflib from 'rdflib';
import { DEFAULTS, type Config } from '../../src/config';
import { documentLoader } from '../../src/export';
import { startServer, type RunningServer } from '../../src/http/server';
import { get, request } from './support/http';

const ROOT = path.join(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures');
const config: Config = {
  ...DEFAULTS,
  dataDir: path.join(FIXTURES, 'endpoint/data'),
  queriesDir: path.join(FIXTURES, 'queries'),
  loadOntology: false,
  port: 0,
  workers: 2,
  queryTimeoutMs: 2000,
  maxResults: 10,
};

const PEOPLE = 'SELECT ?person ?name WHERE { ?person a <http://example.org/Person> ; <http://example.org/name> ?name } ORDER BY ?name';
const CITIES = 'CONSTRUCT { ?c a <http://example.org/City> ; <http://example.org/name> ?n } WHERE { ?c a <http://example.org/City> ; <http://example.org/name> ?n }';
const RUNAWAY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }';
const SD = 'http://www.w3.org/ns/sparql-service-description#';

let server: RunningServer;
let base: string;
beforeAll(async () => {
  server = await startServer(config, () => undefined);
  base = server.url;
});
afterAll(() => server.close());

const names = (body: string) => (JSON.parse(body) as { results: { bindings: { name: { value: string } }[] } }).results.bindings.map((b) => b.name.value);
const turtle = (body: string, format = 'text/turtle') => new N3Parser({ format }).parse(body);

describe('the three query methods of the SPARQL 1.1 Protocol', () => {
  it('answers GET with query=', async () => {
    const r = await get(base, PEOPLE);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/sparql-results\+json/);
    expect(names(r.body)).toEqual(['Alice', 'Bob', 'Carol, "the" third']);
  });

  it('answers POST of a URL-encoded form', async () => {
    const r = await request(`${base}/sparql`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `query=${encodeURIComponent(PEOPLE)}` });
    expect(r.status).toBe(200);
    expect(names(r.body)).toHaveLength(3);
  });

  it('answers POST of the query itself as application/sparql-query', async () => {
    const r = await request(`${base}/sparql`, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query; charset=utf-8' }, body: PEOPLE });
    expect(r.status).toBe(200);
    expect(names(r.body)).toHaveLength(3);
  });

  it('honours default-graph-uri and named-graph-uri', async () => {
    const people = encodeURIComponent('https://w3id.org/cdkg/graph/people');
    const places = encodeURIComponent('https://w3id.org/cdkg/graph/places');
    const onlyPlaces = await get(base, 'SELECT ?s WHERE { ?s a ?type }', undefined, `&default-graph-uri=${places}`);
    expect(JSON.parse(onlyPlaces.body).results.bindings).toHaveLength(2);
    const named = await get(base, 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }', undefined, `&named-graph-uri=${people}`);
    expect(JSON.parse(named.body).results.bindings.map((b: { g: { value: string } }) => b.g.value)).toEqual(['https://w3id.org/cdkg/graph/people']);
  });
});

describe('result formats, each parsed back by a real parser', () => {
  it('writes SELECT results as SPARQL XML', async () => {
    const r = await get(base, PEOPLE, 'application/sparql-results+xml');
    expect(r.headers['content-type']).toMatch(/^application\/sparql-results\+xml/);
    const doc = new DOMParser().parseFromString(r.body, 'application/xml');
    expect(doc.getElementsByTagName('result')).toHaveLength(3);
    expect(doc.getElementsByTagName('literal')[0].textContent).toBe('Alice');
  });

  it('writes SELECT results as CSV and TSV', async () => {
    const csv = await get(base, PEOPLE, 'text/csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parseCsv(csv.body, { columns: true }) as { person: string; name: string }[];
    expect(rows.map((x) => x.name)).toEqual(['Alice', 'Bob', 'Carol, "the" third']);
    const tsv = await get(base, PEOPLE, 'text/tab-separated-values');
    const lines = tsv.body.trim().split('\n').map((l) => l.split('\t'));
    expect(lines[0]).toEqual(['?person', '?name']);
    expect(lines[1]).toEqual(['<http://example.org/alice>', '"Alice"']);
  });

  it('writes ASK results as JSON and XML', async () => {
    expect(JSON.parse((await get(base, 'ASK { ?s ?p ?o }')).body).boolean).toBe(true);
    const xml = await get(base, 'ASK { ?s <http://example.org/nothing> ?o }', 'application/sparql-results+xml');
    expect(new DOMParser().parseFromString(xml.body, 'application/xml').getElementsByTagName('boolean')[0].textContent).toBe('false');
  });

  it('writes CONSTRUCT results as Turtle by default', async () => {
    const r = await get(base, CITIES);
    expect(r.headers['content-type']).toMatch(/^text\/turtle/);
    expect(turtle(r.body)).toHaveLength(4);
  });

  it.each([
    ['application/n-triples', 'N-Triples'],
    ['application/n-quads', 'N-Quads'],
    ['application/trig', 'TriG'],
  ])('writes CONSTRUCT results as %s', async (type, format) => {
    const r = await get(base, CITIES, type);
    expect(r.headers['content-type']).toMatch(new RegExp(`^${type}`));
    expect(turtle(r.body, format)).toHaveLength(4);
  });

  it('writes CONSTRUCT results as JSON-LD', async () => {
    const r = await get(base, CITIES, 'application/ld+json');
    const quads = (await jsonld.toRDF(JSON.parse(r.body), { format: 'application/n-quads', documentLoader } as jsonld.Options.ToRdf)) as unknown as string;
    expect(quads.trim().split('\n')).toHaveLength(4);
  });

  it('writes CONSTRUCT results as RDF/XML', async () => {
    const r = await get(base, CITIES, 'application/rdf+xml');
    const store = rdflib.graph();
    rdflib.parse(r.body, store, 'http://example.org/', 'application/rdf+xml');
    expect(store.statements).toHaveLength(4);
  });

  it('follows q-values, and the format parameter over Accept', async () => {
    expect((await get(base, PEOPLE, 'application/sparql-results+json;q=0.2, text/csv;q=0.9')).headers['content-type']).toMatch(/^text\/csv/);
    expect((await get(base, PEOPLE, 'text/csv', '&format=xml')).headers['content-type']).toMatch(/^application\/sparql-results\+xml/);
    expect((await get(base, CITIES, undefined, '&format=ntriples')).headers['content-type']).toMatch(/^application\/n-triples/);
  });

  it('answers 406 when nothing acceptable exists, and 400 for an unknown format name', async () => {
    expect((await get(base, PEOPLE, 'image/png')).status).toBe(406);
    expect((await get(base, CITIES, 'application/sparql-results+json')).status).toBe(406);
    expect((await get(base, 'ASK {}', undefined, '&format=csv')).status).toBe(406);
    const bad = await get(base, PEOPLE, undefined, '&format=excel');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatch(/Unknown format "excel"/);
  });
});

describe('errors', () => {
  const post = (type: string | undefined, body: string | Buffer, query = '') =>
    request(`${base}/sparql${query}`, { method: 'POST', headers: type ? { 'Content-Type': type } : {}, body });

  it('answers a malformed query with 400, the parser message, line and column', async () => {
    const r = await get(base, 'SELECT *\nWHERE { ?s ?p }');
    expect(r.status).toBe(400);
    expect(r.body).toMatch(/^Query syntax error at line 2, column 15: Parse error on line 2/);
  });

  it('refuses SPARQL Update in every form with 400', async () => {
    expect((await request(`${base}/sparql?update=${encodeURIComponent('CLEAR ALL')}`)).status).toBe(400);
    expect((await post('application/x-www-form-urlencoded', 'update=CLEAR%20ALL')).status).toBe(400);
    const direct = await post('application/sparql-update', 'CLEAR ALL');
    expect(direct.status).toBe(400);
    expect(direct.body).toMatch(/read-only/);
    const inQuery = await get(base, 'LOAD <http://example.org/x.ttl>');
    expect(inQuery.status).toBe(400);
    expect(inQuery.body).toMatch(/LOAD/);
  });

  it('refuses SERVICE with 400 naming the feature', async () => {
    const r = await get(base, 'SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }');
    expect(r.status).toBe(400);
    expect(r.body).toMatch(/SERVICE/);
  });

  it('answers several query parameters with 400', async () => {
    expect((await request(`${base}/sparql?query=ASK%20%7B%7D&query=ASK%20%7B%7D`)).status).toBe(400);
  });

  it('answers a method other than GET and POST with 405 and Allow', async () => {
    const r = await request(`${base}/sparql?query=ASK%20%7B%7D`, { method: 'PUT', body: '' });
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('GET, POST, HEAD, OPTIONS');
  });

  it('answers a missing or wrong content type with 415', async () => {
    expect((await post(undefined, 'query=ASK%20%7B%7D')).status).toBe(415);
    expect((await post('text/plain', 'ASK {}')).status).toBe(415);
  });

  it('answers a body that is not UTF-8 with 400', async () => {
    expect((await post('application/sparql-query; charset=UTF-16', Buffer.from('ASK {}', 'utf16le'))).status).toBe(400);
    expect((await post('application/sparql-query', Buffer.from([0x41, 0x53, 0x4b, 0x20, 0xff, 0x7b, 0x7d]))).status).toBe(400);
    expect((await request(`${base}/sparql?query=ASK%FF`)).status).toBe(400);
  });

  it('answers a body over the size limit with 413', async () => {
    const big = `query=${encodeURIComponent(`ASK {} # ${'x'.repeat(config.maxBodyBytes)}`)}`;
    expect((await post('application/x-www-form-urlencoded', big)).status).toBe(413);
  });

  it('answers a malformed Host header with 400', async () => {
    expect((await request(`${base}/health`, { headers: { Host: 'bad host' } })).status).toBe(400);
  });

  it('answers HEAD like GET, without a body', async () => {
    const r = await request(`${base}/health`, { method: 'HEAD' });
    expect(r.status).toBe(200);
    expect(r.body).toBe('');
  });

  it('answers a POST without a query with 400, an unknown path with 404', async () => {
    expect((await post('application/x-www-form-urlencoded', 'default-graph-uri=http%3A%2F%2Fa.org%2F')).status).toBe(400);
    expect((await request(`${base}/nothing-here`)).status).toBe(404);
  });

  it('stops a runaway query with 503 while a concurrent simple query is still answered', async () => {
    const finished: string[] = [];
    const runaway = get(base, RUNAWAY).then((r) => {
      finished.push('runaway');
      return r;
    });
    const simple = await get(base, 'ASK { ?s ?p ?o }');
    finished.push('simple');
    expect(simple.status).toBe(200);
    const slow = await runaway;
    expect(slow.status).toBe(503);
    expect(slow.body).toMatch(/Query stopped after 2000 ms/);
    expect(finished).toEqual(['simple', 'runaway']);
    // The replaced worker answers again.
    expect((await get(base, 'ASK { ?s ?p ?o }')).status).toBe(200);
  });
});

describe('truncation', () => {
  it('cuts a SELECT answer at the limit and says so in headers', async () => {
    const r = await get(base, 'SELECT * WHERE { ?s ?p ?o }');
    expect(JSON.parse(r.body).results.bindings).toHaveLength(10);
    expect(r.headers['cdkg-results-truncated']).toBe('true');
    expect(r.headers['cdkg-results-limit']).toBe('10');
    expect(r.headers['access-control-expose-headers']).toMatch(/CDKG-Results-Truncated/);
  });

  it('cuts a CONSTRUCT answer and says so in a Turtle comment too', async () => {
    const r = await get(base, 'CONSTRUCT WHERE { ?s ?p ?o }');
    expect(r.body.startsWith('# Truncated: only the first 10 triples')).toBe(true);
    expect(turtle(r.body)).toHaveLength(10);
  });

  it('leaves complete answers unmarked', async () => {
    const r = await get(base, PEOPLE);
    expect(r.headers['cdkg-results-truncated']).toBeUndefined();
  });
});

describe('service description and editor', () => {
  it('describes the service in Turtle when GET /sparql has no query', async () => {
    const r = await request(`${base}/sparql`, { headers: { Accept: 'text/turtle' } });
    expect(r.status).toBe(200);
    // Turtle uses the prefixes of ontology/namespaces.ts.
    expect(r.body).toContain('@prefix sd: <http://www.w3.org/ns/sparql-service-description#>');
    const quads = turtle(r.body);
    const endpoint = `${base}/sparql`;
    const objects = (p: string) => quads.filter((q) => q.predicate.value === p).map((q) => q.object.value);
    expect(quads.some((q) => q.subject.value === endpoint && q.object.value === `${SD}Service`)).toBe(true);
    expect(objects(`${SD}endpoint`)).toEqual([endpoint]);
    expect(objects(`${SD}supportedLanguage`)).toEqual([`${SD}SPARQL11Query`]);
    expect(objects(`${SD}feature`)).toEqual([`${SD}UnionDefaultGraph`]);
    expect(objects(`${SD}resultFormat`)).toEqual(expect.arrayContaining(['http://www.w3.org/ns/formats/SPARQL_Results_JSON', 'http://www.w3.org/ns/formats/Turtle']));
    expect(objects(`${SD}defaultDataset`)).toHaveLength(1);
    expect(objects('http://rdfs.org/ns/void#triples')).toContain('18');
    expect(objects(`${SD}name`).sort()).toEqual(['https://w3id.org/cdkg/graph/people', 'https://w3id.org/cdkg/graph/places']);
  });

  it('describes the service in JSON-LD on request', async () => {
    const r = await request(`${base}/sparql`, { headers: { Accept: 'application/ld+json' } });
    const nquads = (await jsonld.toRDF(JSON.parse(r.body), { format: 'application/n-quads', documentLoader } as jsonld.Options.ToRdf)) as unknown as string;
    expect(nquads).toContain(`<${SD}SPARQL11Query>`);
  });

  it('gives a browser the YASGUI editor, served locally, with the named queries as tabs', async () => {
    const r = await request(`${base}/sparql`, { headers: { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.body).toContain('<script src="/assets/yasgui/yasgui.min.js"></script>');
    expect(r.body).not.toMatch(/https?:\/\/(cdn|unpkg|jsdelivr)/);
    expect(r.body).toContain('"name":"People"');
    const js = await request(`${base}/assets/yasgui/yasgui.min.js`);
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
    expect((await request(`${base}/assets/yasgui/..%2F..%2Fpackage.json`)).status).toBe(404);
  });
});

describe('CORS and health', () => {
  it('answers a CORS preflight for /sparql from any origin', async () => {
    const r = await request(`${base}/sparql`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.net', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(r.status).toBe(204);
    expect(r.headers['access-control-allow-origin']).toBe('*');
    expect(r.headers['access-control-allow-methods']).toMatch(/POST/);
    expect(r.headers['access-control-allow-headers']).toMatch(/content-type/i);
    expect((await get(base, 'ASK {}')).headers['access-control-allow-origin']).toBe('*');
  });

  it('reports health with the number of triples', async () => {
    const r = await request(`${base}/health`);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ status: 'ok', triples: 18 });
  });
});

describe('named queries', () => {
  it('lists them as JSON and HTML', async () => {
    const json = await request(`${base}/queries`);
    const list = JSON.parse(json.body) as { name: string; title: string; params: { name: string }[] }[];
    expect(list.map((q) => q.name)).toEqual(['cities', 'people']);
    expect(list[1].params.map((p) => p.name)).toEqual(['person', 'age', 'name', 'born']);
    const html = await request(`${base}/queries`, { headers: { Accept: 'text/html' } });
    expect(html.body).toContain('<a href="/queries/people?person=http://example.org/alice">People</a>');
  });

  it('runs one with parameters bound as RDF terms', async () => {
    expect(names((await request(`${base}/queries/people?person=${encodeURIComponent('http://example.org/bob')}`)).body)).toEqual(['Bob']);
    expect(names((await request(`${base}/queries/people?age=34&age=29`)).body)).toEqual(['Alice', 'Carol, "the" third']);
    expect(names((await request(`${base}/queries/people?born=1990-01-02`)).body)).toEqual(['Alice']);
    expect(names((await request(`${base}/queries/people?name=${encodeURIComponent('Carol, "the" third')}`)).body)).toEqual(['Carol, "the" third']);
    expect(names((await request(`${base}/queries/people`)).body)).toHaveLength(3);
  });

  it('writes named query results in any format', async () => {
    const r = await request(`${base}/queries/cities?format=ntriples`);
    expect(turtle(r.body, 'N-Triples')).toHaveLength(4);
    const csv = await request(`${base}/queries/people`, { headers: { Accept: 'text/csv' } });
    expect(parseCsv(csv.body, { columns: true })).toHaveLength(3);
  });

  it('answers an unknown parameter or a bad value with 400 and an unknown query with 404', async () => {
    const unknown = await request(`${base}/queries/people?who=me`);
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatch(/Unknown parameter "who"/);
    expect((await request(`${base}/queries/people?person=not%20an%20iri`)).status).toBe(400);
    expect((await request(`${base}/queries/people?age=old`)).status).toBe(400);
    expect((await request(`${base}/queries/nobody`)).status).toBe(404);
  });
});

describe('the public named queries of queries/', () => {
  let real: RunningServer;
  beforeAll(async () => {
    real = await startServer({ ...DEFAULTS, port: 0, workers: 1 }, () => undefined);
  });
  afterAll(() => real.close());

  it('all load and run with their example parameters', async () => {
    const list = JSON.parse((await request(`${real.url}/queries`)).body) as { name: string; example?: string }[];
    expect(list.length).toBeGreaterThan(0);
    for (const q of list) {
      const r = await request(`${real.url}/queries/${q.name}${q.example ? `?${q.example}` : ''}`);
      expect({ name: q.name, status: r.status }).toEqual({ name: q.name, status: 200 });
    }
  });
});

describe('graceful shutdown', () => {
  it('finishes an in-flight request after SIGTERM and exits 0', async () => {
    const child = spawn(process.execPath, [require.resolve('ts-node/dist/bin'), '--transpile-only', 'src/main.ts', '--data', config.dataDir], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', KB_LOAD_ONTOLOGY: 'false', KB_WORKERS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const seen = (text: string) =>
      new Promise<void>((resolve) => {
        const check = () => (out.includes(text) ? resolve() : child.stdout.once('data', check));
        check();
      });
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await seen('ready at ');
    const url = /ready at (http:\/\/\S+)\/sparql/.exec(out)?.[1] as string;

    // Send the head of a POST now and its body only after SIGTERM: the request is in flight across the signal.
    const body = `query=${encodeURIComponent('ASK { ?s ?p ?o }')}`;
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(`${url}/sparql`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': String(body.length) } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 6));
      req.flushHeaders();
      void seen('SIGTERM received').then(() => req.end(body.slice(6)));
    });
    await new Promise((r) => setTimeout(r, 200));
    child.kill('SIGTERM');
    const res = await answer;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).boolean).toBe(true);
    expect(await exited).toBe(0);
  });
});
