/** Everything around the query operation: service description, editor, CORS, health, named queries, shutdown. */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { parse as parseCsv } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { DEFAULTS } from '../../src/config';
import { documentLoader } from '../../src/export';
import { startServer, type RunningServer } from '../../src/http/server';
import { get, request } from './support/http';
import { ROOT, SD, config, names, useEndpoint, turtle } from './support/endpoint';

const endpoint = useEndpoint();
let base: string;
beforeAll(() => {
  base = endpoint.url();
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

  it('maps the generic types application/json, application/xml and text/plain to JSON-LD, RDF/XML and N-Triples, as for every RDF-only answer', async () => {
    for (const [accept, type] of [['application/json', 'application/ld+json'], ['application/xml', 'application/rdf+xml'], ['text/plain', 'application/n-triples']]) {
      const r = await request(`${base}/sparql`, { headers: { Accept: accept } });
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toContain(type);
      expect(r.body).toContain('sparql-service-description#');
    }
  });

  it('gives a browser the YASGUI editor, served locally, with the named queries as tabs', async () => {
    const r = await request(`${base}/sparql`, { headers: { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    const src = /<script src="(\/assets\/yasgui\/yasgui\.min\.js\?v=[\w.-]+)"><\/script>/.exec(r.body);
    expect(src).not.toBeNull();
    expect(r.body).not.toMatch(/https?:\/\/(cdn|unpkg|jsdelivr)/);
    expect(r.body).toContain('"name": "People"');
    const js = await request(`${base}${(src as RegExpExecArray)[1]}`);
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
    expect((await request(`${base}/assets/yasgui/..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  it('gives the editor for format=html, one of the formats GET /sparql offers, whatever the Accept header says', async () => {
    const r = await request(`${base}/sparql?format=html`, { headers: { Accept: 'text/turtle' } });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.body).toContain('<div id="yasgui"></div>');
  });

  it('answers format=html on a query, which has no page, with 406 and an unknown name with 400', async () => {
    expect((await request(`${base}/sparql?query=${encodeURIComponent('ASK {}')}&format=html`)).status).toBe(406);
    expect((await request(`${base}/sparql?format=excel`)).status).toBe(400);
  });

  it('puts the editor in the site layout: skip link, site navigation, and a main landmark around the editor', async () => {
    const r = await request(`${base}/sparql`, { headers: { Accept: 'text/html' } });
    expect(r.body).toContain('<a class="skip" href="#main">');
    expect(r.body).toMatch(/<nav aria-label="Site">[\s\S]*<a href="\/ontology">/);
    expect(r.body).toMatch(/<main id="main"[^>]*>[\s\S]*<div id="yasgui"><\/div>[\s\S]*<\/main>/);
  });

  it('lets caches keep an editor file for a year only under a URL naming the installed version', async () => {
    const page = await request(`${base}/sparql`, { headers: { Accept: 'text/html' } });
    const href = (/href="(\/assets\/yasgui\/yasgui\.min\.css\?v=[\w.-]+)"/.exec(page.body) as RegExpExecArray)[1];
    expect((await request(`${base}${href}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request(`${base}/assets/yasgui/yasgui.min.css`)).headers['cache-control']).toBe('no-cache');
    expect((await request(`${base}/assets/yasgui/yasgui.min.css?v=0.0.1`)).headers['cache-control']).toBe('no-cache');
  });
});

describe('caching', () => {
  it('asks caches to revalidate query answers and the service description, and never to store errors or the health check', async () => {
    expect((await get(base, 'ASK {}')).headers['cache-control']).toBe('no-cache');
    expect((await request(`${base}/sparql`, { headers: { Accept: 'text/turtle' } })).headers['cache-control']).toBe('no-cache');
    expect((await get(base, 'SELEC nothing')).headers['cache-control']).toBe('no-store');
    expect((await request(`${base}/health`)).headers['cache-control']).toBe('no-store');
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

  it('exposes the validators, Link and Content-Location to cross-origin scripts', async () => {
    const exposed = ((await get(base, 'ASK {}')).headers['access-control-expose-headers'] as string).split(/,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(['ETag', 'Last-Modified', 'Link', 'Content-Location', 'CDKG-Results-Truncated', 'Retry-After']));
  });

  it('reports health with the number of triples and the state of the query workers', async () => {
    const r = await request(`${base}/health`);
    expect(r.status).toBe(200);
    // Two regular workers and the reserve, all loaded (the fixture server waits for them), none busy.
    expect(JSON.parse(r.body)).toEqual({ status: 'ok', triples: 18, workers: { workers: 3, ready: 3, busy: 0, queued: 0 } });
  });
});

describe('named queries', () => {
  it('lists them as JSON and HTML', async () => {
    const json = await request(`${base}/queries`);
    const list = JSON.parse(json.body) as { name: string; title: string; params: { name: string }[] }[];
    expect(list.map((q) => q.name)).toEqual(['cities', 'people']);
    expect(list[1].params.map((p) => p.name)).toEqual(['person', 'age', 'name', 'born']);
    const html = await request(`${base}/queries`, { headers: { Accept: 'text/html' } });
    expect(html.body).toContain('<a href="/queries/people?person=http://example.org/alice">Run People</a>');
    expect(html.body).toContain('<a class="skip" href="#main">Skip to content</a>');
    expect(html.body).toContain('<nav aria-label="Site">');
  });

  it('lists them in the format that format= names, over the Accept header, and refuses a format the list does not have', async () => {
    const json = await request(`${base}/queries?format=json`, { headers: { Accept: 'text/html' } });
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect((JSON.parse(json.body) as { name: string }[]).map((q) => q.name)).toContain('people');
    const html = await request(`${base}/queries?format=html`, { headers: { Accept: 'application/json' } });
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await request(`${base}/queries?format=turtle`)).status).toBe(406);
    expect((await request(`${base}/queries?format=excel`)).status).toBe(400);
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

  it('answers an IRI parameter with an unknown prefix with 400 listing the known prefixes and the example of that parameter', async () => {
    const r = await request(`${base}/queries/people?person=nope:x`);
    expect(r.status).toBe(400);
    expect(r.body).toMatch(/Parameter "person" must be .* such as http:\/\/example\.org\/alice, but "nope:" is not a known prefix; known prefixes: .*\bcdkg\b/);
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
    const child = spawn(process.execPath, ['bin/start.js', '--data', config.dataDir], {
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
