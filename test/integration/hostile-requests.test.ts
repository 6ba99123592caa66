/**
 * Requests an attacker or a broken client sends: paths that try to leave the served folders, and a seeded fuzz
 * of random methods, paths, parameters, headers and bodies (writes with a valid token included). None may read a
 * file outside what is served, none may get a 500, and afterwards the server answers and its files still parse.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Parser as N3Parser } from 'n3';
import { request, type RawResponse } from './support/http';
import { ALICE, useWritableServer } from './support/writable';

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

/** mulberry32: a small seeded generator, so that a failure is reproduced by its seed. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('a seeded fuzz of random requests', () => {
  const SEED = 20261202;
  const random = generator(SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const junk = (n: number) => Array.from({ length: Math.floor(random() * n) }, () => String.fromCharCode(Math.floor(random() * 0x250))).join('');

  // Weighted towards the methods the routes take, so that most requests reach a handler rather than a 405.
  const methods = ['GET', 'GET', 'GET', 'GET', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH'];
  const paths = ['/', '/sparql', '/update', '/graphs', '/fragments', '/reconcile', '/reconcile/suggest/entity', '/reconcile/preview', '/search', '/compare', '/timeline', '/describe', '/id/state/united-states', '/id/instrument/budapest-convention', '/queries/actor-profile', '/queries/state-of-play', '/changes', '/dumps/', '/void', '/health', '/id/', '/graph/actors'];
  const params = ['query', 'update', 'graph', 'default', 'subject', 'predicate', 'object', 'page', 'q', 'queries', 'id', 'uri', 'actors', 'asOf', 'actor', 'date', 'default-graph-uri', 'named-graph-uri', 'callback', 'format', 'limit'];
  const tokens = ['SELECT', '*', 'WHERE', '{', '}', '?s', '?p', '?o', '.', 'INSERT', 'DATA', 'DELETE', 'GRAPH', '<https://w3id.org/cdkg/id/state/united-states>', '"x"@en', 'FILTER(', ')', 'OPTIONAL', 'UNION', 'LIMIT', '5', 'PREFIX', 'cdkg:', '<https://w3id.org/cdkg/ontology#>', 'a', 'CLEAR', 'ALL', 'DROP', 'LOAD', 'SERVICE', '<http://127.0.0.1:1/>', 'VALUES', '(', '"2020-01-01"^^<http://www.w3.org/2001/XMLSchema#date>', ';', ',', 'BIND', 'AS'];
  const types = ['application/sparql-query', 'application/sparql-update', 'application/x-www-form-urlencoded', 'text/turtle', 'application/n-triples', 'application/ld+json', 'application/json', 'text/plain', 'multipart/form-data', 'application/sparql-query; charset=latin1', ''];
  const accepts = ['*/*', 'text/html', 'text/turtle', 'application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'application/ld+json', 'application/rdf+xml', 'image/png', 'text/*;q=0', junk(20)];
  const sparqlish = () => Array.from({ length: 1 + Math.floor(random() * 14) }, () => pick(tokens)).join(' ');
  const value = () => (random() < 0.6 ? sparqlish() : junk(40));

  function randomRequest() {
    const method = pick(methods);
    const query = Array.from({ length: Math.floor(random() * 4) }, () => `${encodeURIComponent(pick(params))}=${random() < 0.9 ? encodeURIComponent(value()) : '%' + junk(3)}`).join('&');
    const target = `${pick(paths)}${random() < 0.1 ? encodeURIComponent(junk(10)) : ''}${query ? `?${query}` : ''}`;
    const headers: Record<string, string> = { Accept: pick(accepts) };
    const type = pick(types);
    if (type) headers['Content-Type'] = type;
    if (random() < 0.5) headers.Authorization = `Bearer ${random() < 0.7 ? ALICE.token : junk(20)}`;
    const body = method === 'GET' || method === 'HEAD' ? undefined : random() < 0.5 ? `${pick(['query=', 'update=', ''])}${encodeURIComponent(value())}` : value();
    // Node's client sends an OPTIONS or DELETE body with neither length nor chunking, so the server would rightly take
    // the body for the next request on the connection; a real client states the length.
    if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));
    return { method, target, headers, body };
  }

  test(`500 requests (seed ${SEED}) get no 500, and leave a server that answers and files that parse`, async () => {
    const failures: string[] = [];
    for (let i = 0; i < 500; i++) {
      const r = randomRequest();
      let res: RawResponse;
      try {
        // A header value with bytes HTTP does not allow is refused by the client itself; that request is skipped.
        res = await request(`${server.url()}${r.target}`, { method: r.method, headers: r.headers, body: r.body });
      } catch (e) {
        if (/Invalid character in header|ERR_INVALID_CHAR|ERR_UNESCAPED_CHARACTERS|Request path contains unescaped/.test(String(e))) continue;
        failures.push(`#${i} ${r.method} ${r.target} ${JSON.stringify(r.headers)} → ${String(e)}`);
        continue;
      }
      if (res.status >= 500 && res.status !== 503) failures.push(`#${i} ${r.method} ${r.target} → ${res.status} ${res.body.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
    expect((await get('/health')).status).toBe(200);
    for (const file of fs.readdirSync(server.dataDir).filter((f) => f.endsWith('.ttl'))) {
      expect(() => new N3Parser().parse(fs.readFileSync(path.join(server.dataDir, file), 'utf8'))).not.toThrow();
    }
  }, 300_000);
});
