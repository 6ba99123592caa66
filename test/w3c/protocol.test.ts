/**
 * The W3C SPARQL 1.1 Protocol test suite, run against the real server. The
 * query tests run on the suite's own data (data1.nt … loaded as the named
 * graphs the manifest names) with the read-only query endpoint /sparql. The
 * update tests run on a server with a write token: each test's update
 * operation (its first request) goes to this server's update endpoint,
 * /update, and its queries to /sparql (the Protocol lets the two services have
 * their own URLs, §2.2). Every request the suite expects to be refused must be
 * refused with the status and a message saying why (REFUSALS below).
 */
import { DOMParser } from '@xmldom/xmldom';
import { DEFAULTS } from '../../src/config';
import { startServer, type RunningServer } from '../../src/http/server';
import { request, type RawResponse } from '../integration/support/http';
import { PROTOCOL_DIR, readManifest, statusMatches, type HttpRequest, type HttpTest } from './manifest';
import { AUTH, startWritable, type W3cServer } from './support';

const manifest = readManifest();
const queryTests = manifest.tests.filter((t) => t.id.startsWith('query_') || t.id.startsWith('bad_query_') || t.id === 'bad_multiple_queries');
const updateTests = manifest.tests.filter((t) => !queryTests.includes(t));

const RESULT_TYPES: Record<string, readonly string[]> = {
  boolean: ['application/sparql-results+json', 'application/sparql-results+xml'],
  tabular: ['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values'],
  RDF: ['application/rdf+xml', 'text/turtle', 'application/n-triples', 'application/xhtml+xml'],
};

let server: RunningServer;
let writable: W3cServer;
beforeAll(async () => {
  server = await startServer({ ...DEFAULTS, dataDir: PROTOCOL_DIR, graphNames: manifest.graphNames, loadOntology: false, port: 0, workers: 2 }, () => undefined);
  writable = await startWritable();
});
afterAll(async () => {
  await server.close();
  await writable.close();
});

/** The manifest's paths start with /sparql/, to be replaced by the endpoint's own (the manifest says so): `endpoint` here. */
function send(base: string, r: HttpRequest, endpoint = '/sparql', headers: Record<string, string> = {}): Promise<RawResponse> {
  return request(`${base}${r.path.replace(/^\/sparql\/?/, endpoint)}`, { method: r.method, headers: { ...r.headers, ...headers }, ...(r.body !== undefined ? { body: r.body } : {}) });
}

const expectsRefusal = (r: HttpRequest) => r.statuses.some((s) => 'class' in s && s.class === 4);

function booleanOf(res: RawResponse): boolean | undefined {
  const type = res.headers['content-type'] ?? '';
  if (type.startsWith('application/sparql-results+json')) return (JSON.parse(res.body) as { boolean?: boolean }).boolean;
  const text = new DOMParser().parseFromString(res.body, 'application/xml').getElementsByTagName('boolean')[0]?.textContent;
  return text === undefined || text === null ? undefined : text === 'true';
}

/** Why a refusal is right: its status and what its message must say. */
interface Refusal {
  readonly status: number;
  readonly message: RegExp;
}
const READ_ONLY: Refusal = { status: 400, message: /^SPARQL Update is not accepted: this is a read-only query endpoint/ };
const NO_CONTENT_TYPE: Refusal = { status: 415, message: /^A POST to \/sparql needs a Content-Type: application\/x-www-form-urlencoded or application\/sparql-query/ };
const NOT_A_QUERY_TYPE: Refusal = { status: 415, message: /^Content-Type text\/plain is not a query request/ };

/** Each request the manifest expects to be refused (4xx), with the status and reason this server gives. */
const REFUSALS: Readonly<Record<string, Refusal>> = {
  bad_query_method: { status: 405, message: /^Method not allowed here; use GET, POST/ },
  bad_multiple_queries: { status: 400, message: /^Exactly one "query" parameter is allowed, got 2/ },
  bad_query_wrong_media_type: NOT_A_QUERY_TYPE,
  bad_query_missing_form_type: NO_CONTENT_TYPE,
  bad_query_missing_direct_type: NO_CONTENT_TYPE,
  bad_query_non_utf8: { status: 400, message: /^The request body must be UTF-8 .*not charset=utf-16/ },
  bad_query_syntax: { status: 400, message: /^Query syntax error at line 1, column \d+/ },
  // The update tests' refusals, by /update.
  bad_update_get: { status: 405, message: /^Method not allowed here; use POST/ },
  bad_multiple_updates: { status: 400, message: /^Exactly one "update" parameter is required .*got 2/ },
  bad_update_wrong_media_type: { status: 415, message: /^Content-Type text\/plain is not an update/ },
  bad_update_missing_form_type: { status: 415, message: /^An update needs Content-Type application\/sparql-update, or application\/x-www-form-urlencoded/ },
  bad_update_non_utf8: { status: 400, message: /^The request body must be UTF-8 .*not charset=utf-16/ },
  bad_update_syntax: { status: 400, message: /^Query syntax error at line 1, column 10/ },
  bad_update_dataset_conflict: { status: 400, message: /^The update names its dataset \(USING, USING NAMED or WITH\) and the request gives using-graph-uri or using-named-graph-uri/ },
};

function expectRefused(res: RawResponse, refusal: Refusal | undefined): void {
  expect(refusal).toBeDefined();
  expect(res.status).toBe(refusal!.status);
  expect(res.headers['content-type']).toMatch(/^text\/plain/);
  expect(res.body).toMatch(refusal!.message);
}

describe('W3C SPARQL 1.1 Protocol: query tests', () => {
  it('reads the suite: every query test of the manifest is run, each with its requests', () => {
    expect(queryTests.map((t) => t.id)).toHaveLength(20);
    expect(queryTests.filter((t) => t.requests.length === 0).map((t) => t.id)).toEqual([]);
  });

  it.each(queryTests.map((t) => [t.id, t] as const))('%s', async (_id, test) => {
    expect(test.requests.length).toBeGreaterThan(0);
    for (const r of test.requests) {
      const res = await send(server.url, r);
      expect(statusMatches(r.statuses, res.status)).toBe(true);
      if (expectsRefusal(r)) expectRefused(res, REFUSALS[test.id]);
      if (r.format) expect(RESULT_TYPES[r.format]).toContain((res.headers['content-type'] ?? '').split(';')[0]);
      if (r.boolean !== undefined) expect(booleanOf(res)).toBe(r.boolean);
    }
  });
});

/** Runs a test's requests in order: its update operation (the first request) on /update with the token, its queries on /sparql. */
async function runUpdateTest(test: HttpTest): Promise<void> {
  for (const [i, r] of test.requests.entries()) {
    const res = i === 0 ? await send(writable.url, r, '/update', AUTH) : await send(writable.url, r);
    expect(`${test.id} request ${i + 1}: ${res.status} ${statusMatches(r.statuses, res.status) ? 'as expected' : res.body}`).toBe(`${test.id} request ${i + 1}: ${res.status} as expected`);
    if (expectsRefusal(r)) expectRefused(res, REFUSALS[test.id]);
    if (r.format) expect(RESULT_TYPES[r.format]).toContain((res.headers['content-type'] ?? '').split(';')[0]);
    if (r.boolean !== undefined) expect(booleanOf(res)).toBe(r.boolean);
  }
}

describe('W3C SPARQL 1.1 Protocol: update tests, on /update with a write token', () => {
  it('reads the suite: every update test of the manifest is run, each with its requests', () => {
    expect(updateTests.map((t) => t.id)).toHaveLength(14);
    expect(updateTests.filter((t) => t.requests.length === 0).map((t) => t.id)).toEqual([]);
  });

  it('has a stated refusal for every refused request of the suite, and no other', () => {
    const refused = manifest.tests.filter((t) => t.requests.some(expectsRefusal)).map((t) => t.id);
    expect(Object.keys(REFUSALS).sort()).toEqual(refused.sort());
  });

  it.each(updateTests.map((t) => [t.id, t] as const))('%s', async (_id, test) => {
    await runUpdateTest(test);
  });

  it.each(['update_post_direct', 'update_post_form'])('%s: its update, sent to the query endpoint /sparql, is refused, saying that it is read-only', async (id) => {
    expectRefused(await send(server.url, (updateTests.find((t) => t.id === id) as HttpTest).requests[0]), READ_ONLY);
  });
});
