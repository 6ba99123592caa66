/**
 * Requests an attacker or a broken client sends: paths that try to leave the served folders, and a seeded fuzz
 * of random methods, paths, parameters, headers and bodies (writes with a valid token included). None may read a
 * file outside what is served, none may get a 500, and afterwards the server answers and its files still parse.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Parser as N3Parser } from 'n3';
import { seededRandom } from '../../src/generate/synthetic';
import { request, type RawResponse } from './support/http';
import { ALICE, ROOT, filesOf, useWritableServer } from './support/writable';

const server = useWritableServer();

/** Bytes of files that must never be served: the repository's package.json, a data file's header, the system's users. */
const SECRETS = [/"name": "cdkg"/, /root:x:0:0/, /"devDependencies"/];

const get = (target: string) => request(`${server.url()}${target}`);

describe('paths that try to leave the served folders', () => {
  const prefixes = ['/sources/', '/assets/yasgui/', '/dumps/', '/graph/', '/id/', '/ontology/', '/queries/'];
  const escapes = [
    '../package.json',
    '..%2fpackage.json',
    '%2e%2e%2fpackage.json',
    '%2e%2e/%2e%2e/package.json',
    '..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '%252e%252e%252fpackage.json',
    '..%5cpackage.json',
    '....//....//package.json',
    'package.json%00.txt',
    '%c0%ae%c0%ae%c0%afpackage.json',
    '..;/package.json',
  ];
  const cases = prefixes.flatMap((p) => escapes.map((e) => [`${p}${e}`]));

  test.each(cases)('%s is refused and serves nothing from outside', async (target) => {
    const r = await get(target);
    expect([400, 404]).toContain(r.status);
    for (const secret of SECRETS) expect(r.body).not.toMatch(secret);
  });

  test('the files that are served still are (the refusals above are not a route that refuses everything)', async () => {
    expect((await get('/sources/atlas-us-eu.txt')).status).toBe(200);
    expect((await get('/dumps/')).status).toBe(200);
  });
});

/** Real inputs to mutate: the named queries, a few updates, and slices of the data's Turtle. */
const QUERIES = fs.readdirSync(path.join(ROOT, 'queries')).filter((f) => f.endsWith('.rq')).map((f) => fs.readFileSync(path.join(ROOT, 'queries', f), 'utf8'));
const TURTLE = fs.readFileSync(path.join(ROOT, 'data', 'actors.ttl'), 'utf8');
const UPDATES = [
  'INSERT DATA { GRAPH <https://w3id.org/cdkg/graph/actors> { <https://w3id.org/cdkg/id/state/united-states> <http://www.w3.org/2000/01/rdf-schema#comment> "fuzz"@en } }',
  'DELETE WHERE { GRAPH <https://w3id.org/cdkg/graph/actors> { <https://w3id.org/cdkg/id/state/united-states> <http://www.w3.org/2000/01/rdf-schema#comment> ?c } }',
  'PREFIX cdkg: <https://w3id.org/cdkg/ontology#> INSERT { ?s cdkg:note "n"@en } WHERE { ?s a cdkg:State } ',
  'CLEAR GRAPH <https://w3id.org/cdkg/graph/actors>',
  'DROP SILENT GRAPH <https://example.org/none>',
];

describe('a seeded fuzz of random and mutated requests', () => {
  const SEED = 20261202;
  // The synthetic data's seeded generator: a failure is reproduced by its seed.
  const random = seededRandom(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const junk = (n: number) => Array.from({ length: Math.floor(random() * n) }, () => String.fromCharCode(Math.floor(random() * 0x250))).join('');
  /** Junk a header may carry: visible ASCII, spaces and tabs (RFC 9110 §5.5), which an HTTP client sends as they are. */
  const headerJunk = (n: number) => Array.from({ length: Math.floor(random() * n) }, () => String.fromCharCode(pick([9, ...Array.from({ length: 95 }, (_, i) => 32 + i)]))).join('');

  /** A few random edits of a real text: characters deleted, inserted, repeated or swapped; a slice cut out. */
  function mutate(text: string): string {
    let out = text;
    for (let n = Math.floor(random() * 4); n >= 0; n--) {
      const at = Math.floor(random() * (out.length + 1));
      const edit = Math.floor(random() * 5);
      if (edit === 0) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 8));
      else if (edit === 1) out = out.slice(0, at) + pick(['{', '}', '"', '<', '>', '\\', '.', ';', '#', '\u0000', '\u2028', '\ud800', '@', '^^', '?', '$', '(', ')']) + out.slice(at);
      else if (edit === 2) out = out.slice(0, at) + out.slice(at, at + 20).repeat(1 + Math.floor(random() * 50)) + out.slice(at + 20);
      else if (edit === 3) out = out.slice(at) + out.slice(0, at);
      else out = out.slice(0, at) + junk(10) + out.slice(at);
    }
    return out;
  }

  // Weighted towards the methods the routes take, so that most requests reach a handler rather than a 405.
  const methods = ['GET', 'GET', 'GET', 'GET', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH'];
  const paths = ['/', '/sparql', '/sparql', '/update', '/update', '/graphs', '/graphs', '/fragments', '/reconcile', '/reconcile/suggest/entity', '/reconcile/preview', '/search', '/compare', '/timeline', '/describe', '/id/state/united-states', '/id/instrument/budapest-convention', '/queries/actor-profile', '/queries/state-of-play', '/changes', '/dumps/', '/void', '/health', '/id/', '/graph/actors'];
  const params = ['query', 'update', 'graph', 'default', 'subject', 'predicate', 'object', 'page', 'q', 'queries', 'id', 'uri', 'actors', 'asOf', 'actor', 'date', 'default-graph-uri', 'named-graph-uri', 'callback', 'format', 'limit', 'entity'];
  const tokens = ['SELECT', '*', 'WHERE', '{', '}', '?s', '?p', '?o', '.', 'INSERT', 'DATA', 'DELETE', 'GRAPH', '<https://w3id.org/cdkg/id/state/united-states>', '"x"@en', 'FILTER(', ')', 'OPTIONAL', 'UNION', 'LIMIT', '5', 'PREFIX', 'cdkg:', '<https://w3id.org/cdkg/ontology#>', 'a', 'CLEAR', 'ALL', 'DROP', 'LOAD', 'SERVICE', '<http://127.0.0.1:1/>', 'VALUES', '(', '"2020-01-01"^^<http://www.w3.org/2001/XMLSchema#date>', ';', ',', 'BIND', 'AS'];
  const types = ['application/sparql-query', 'application/sparql-update', 'application/x-www-form-urlencoded', 'text/turtle', 'text/turtle', 'application/n-triples', 'application/ld+json', 'application/json', 'text/plain', 'multipart/form-data', 'multipart/form-data; boundary=x', 'application/sparql-query; charset=latin1', ''];
  const accepts = ['*/*', 'text/html', 'text/turtle', 'application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'application/ld+json', 'application/rdf+xml', 'image/png', 'text/*;q=0', 'text/turtle;q=0.5, */*;q=0.1', 'text/html;q=2', 'application/*;q=abc'];
  const sparqlish = () => Array.from({ length: 1 + Math.floor(random() * 14) }, () => pick(tokens)).join(' ');
  const slice = (text: string) => {
    const at = Math.floor(random() * text.length);
    return text.slice(at, at + 50 + Math.floor(random() * 2000));
  };
  /** A value: a mutated named query, a mutated update, a mutated slice of Turtle, token soup, or junk. */
  const value = () => pick([() => mutate(pick(QUERIES)), () => mutate(pick(UPDATES)), () => mutate(slice(TURTLE)), sparqlish, () => junk(40)])();

  /** Percent-encoding of any text: a lone surrogate (which a mutation may leave) cannot be UTF-8, so it goes as U+FFFD. */
  const enc = (text: string) => encodeURIComponent(text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));

  function randomRequest(token: () => string | undefined) {
    const method = pick(methods);
    const route = pick(paths);
    // Writes mostly well addressed, so that they reach the parsers and the validation of the write path.
    const write = (route === '/update' || route === '/graphs') && (method === 'POST' || method === 'PUT') && random() < 0.7;
    const query = write && route === '/graphs'
      ? pick(['graph=https%3A%2F%2Fw3id.org%2Fcdkg%2Fgraph%2Factors', 'graph=https%3A%2F%2Fexample.org%2Ffuzz', 'default'])
      : Array.from({ length: Math.floor(random() * 4) }, () => `${enc(pick(params))}=${random() < 0.9 ? enc(random() < 0.3 ? pick(['https://w3id.org/cdkg/graph/actors', 'https://w3id.org/cdkg/id/state/united-states', '2020-06-01', 'united-states,european-union']) : value().slice(0, 3000)) : '%' + junk(3)}`).join('&');
    const target = `${route}${random() < 0.1 ? enc(junk(10)) : ''}${query ? `?${query}` : ''}`;
    const headers: Record<string, string> = { Accept: random() < 0.9 ? pick(accepts) : headerJunk(30) };
    const type = write ? (route === '/update' ? 'application/sparql-update' : 'text/turtle') : pick(types);
    if (type) headers['Content-Type'] = type;
    const bearer = token();
    if (bearer !== undefined) headers.Authorization = `Bearer ${bearer}`;
    const body = method === 'GET' || method === 'HEAD' ? undefined : write ? (route === '/update' ? pick([() => pick(UPDATES), () => mutate(pick(UPDATES))])() : pick([() => TURTLE, () => mutate(TURTLE), () => mutate(slice(TURTLE))])()) : random() < 0.4 ? `${pick(['query=', 'update=', ''])}${enc(value())}` : value();
    // Node's client sends an OPTIONS or DELETE body with neither length nor chunking, so the server would rightly take
    // the body for the next request on the connection; a real client states the length.
    if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));
    return { method, target, headers, body };
  }

  /** Sends `count` requests; returns those answered 500 (or another 5xx than 503) or not answered at all. */
  async function fuzz(count: number, token: () => string | undefined): Promise<string[]> {
    const failures: string[] = [];
    let skipped = 0;
    for (let i = 0; i < count; i++) {
      const r = randomRequest(token);
      let res: RawResponse;
      try {
        res = await request(`${server.url()}${r.target}`, { method: r.method, headers: r.headers, body: r.body });
      } catch (e) {
        // A header value with bytes HTTP does not allow is refused by the client itself; that request is skipped.
        if (/Invalid character in header|ERR_INVALID_CHAR|ERR_UNESCAPED_CHARACTERS|Request path contains unescaped/.test(String(e))) {
          skipped++;
          continue;
        }
        failures.push(`#${i} ${r.method} ${r.target.slice(0, 300)} → ${String(e)}`);
        continue;
      }
      if (res.status >= 500 && res.status !== 503) failures.push(`#${i} ${r.method} ${r.target.slice(0, 300)} → ${res.status} ${res.body.slice(0, 200)}`);
    }
    // The fuzz must not dwindle into requests the client itself refuses to send.
    if (skipped > count / 20) failures.push(`${skipped} of ${count} requests could not be sent`);
    return failures;
  }

  test(`2000 requests without a valid token (seed ${SEED}) get no 500 and change nothing: files and triples stay as they were`, async () => {
    const before = filesOf(server.dataDir);
    const triples = JSON.parse((await get('/health')).body).triples as number;
    expect(await fuzz(2000, () => (random() < 0.5 ? undefined : random() < 0.5 ? headerJunk(40) : `${ALICE.token.slice(0, -1)}x`))).toEqual([]);
    expect(JSON.parse((await get('/health')).body).triples).toBe(triples);
    expect(filesOf(server.dataDir)).toEqual(before);
  }, 600_000);

  test(`1000 more with the write token (seed ${SEED}) get no 500, and leave a server that answers and files that parse`, async () => {
    expect(await fuzz(1000, () => (random() < 0.8 ? ALICE.token : undefined))).toEqual([]);
    expect((await get('/health')).status).toBe(200);
    for (const file of fs.readdirSync(server.dataDir).filter((f) => f.endsWith('.ttl'))) {
      expect(() => new N3Parser().parse(fs.readFileSync(path.join(server.dataDir, file), 'utf8'))).not.toThrow();
    }
  }, 600_000);
});
