/**
 * The query tests of the W3C SPARQL 1.1 Protocol test suite, run against the
 * real server started on the suite's own data (data1.nt … loaded as the named
 * graphs the manifest names). Update tests do not apply to this read-only
 * endpoint (docs/endpoint.md): the server must refuse their updates, each
 * refusal with its status and a message saying why (REFUSALS below), as it
 * must every request the suite expects to be refused.
 */
import { DOMParser } from '@xmldom/xmldom';
import { DEFAULTS } from '../../src/config';
import { startServer, type RunningServer } from '../../src/http/server';
import { request, type RawResponse } from '../integration/support/http';
import { PROTOCOL_DIR, readManifest, statusMatches, type HttpRequest } from './manifest';

const manifest = readManifest();
const queryTests = manifest.tests.filter((t) => t.id.startsWith('query_') || t.id.startsWith('bad_query_') || t.id === 'bad_multiple_queries');
const updateTests = manifest.tests.filter((t) => !queryTests.includes(t));

const RESULT_TYPES: Record<string, readonly string[]> = {
  boolean: ['application/sparql-results+json', 'application/sparql-results+xml'],
  tabular: ['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values'],
  RDF: ['application/rdf+xml', 'text/turtle', 'application/n-triples', 'application/xhtml+xml'],
};

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ ...DEFAULTS, dataDir: PROTOCOL_DIR, graphNames: manifest.graphNames, loadOntology: false, port: 0, workers: 2 }, () => undefined);
});
afterAll(() => server.close());

/** The manifest's paths start with /sparql/; this endpoint is /sparql (the manifest says to substitute the prefix). */
function send(r: HttpRequest): Promise<RawResponse> {
  return request(`${server.url}${r.path.replace(/^\/sparql\/?/, '/sparql')}`, { method: r.method, headers: r.headers, ...(r.body !== undefined ? { body: r.body } : {}) });
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

/** Each request the manifest expects to be refused (4xx), and each update, with the status and reason this endpoint gives. */
const REFUSALS: Readonly<Record<string, Refusal>> = {
  bad_query_method: { status: 405, message: /^Method not allowed here; use GET, POST/ },
  bad_multiple_queries: { status: 400, message: /^Exactly one "query" parameter is allowed, got 2/ },
  bad_query_wrong_media_type: NOT_A_QUERY_TYPE,
  bad_query_missing_form_type: NO_CONTENT_TYPE,
  bad_query_missing_direct_type: NO_CONTENT_TYPE,
  bad_query_non_utf8: { status: 400, message: /^The request body must be UTF-8 .*not charset=utf-16/ },
  bad_query_syntax: { status: 400, message: /^Query syntax error at line 1, column \d+/ },
  update_dataset_default_graph: READ_ONLY,
  update_dataset_default_graphs: READ_ONLY,
  update_dataset_named_graphs: READ_ONLY,
  update_dataset_full: READ_ONLY,
  update_post_form: READ_ONLY,
  update_post_direct: READ_ONLY,
  update_base_uri: READ_ONLY,
  bad_update_get: READ_ONLY,
  bad_multiple_updates: READ_ONLY,
  // No Content-Type, or one that is not a query's, is refused before the body is read.
  bad_update_wrong_media_type: NOT_A_QUERY_TYPE,
  bad_update_missing_form_type: NO_CONTENT_TYPE,
  bad_update_non_utf8: READ_ONLY,
  bad_update_syntax: READ_ONLY,
  bad_update_dataset_conflict: READ_ONLY,
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
      const res = await send(r);
      expect(statusMatches(r.statuses, res.status)).toBe(true);
      if (expectsRefusal(r)) expectRefused(res, REFUSALS[test.id]);
      if (r.format) expect(RESULT_TYPES[r.format]).toContain((res.headers['content-type'] ?? '').split(';')[0]);
      if (r.boolean !== undefined) expect(booleanOf(res)).toBe(r.boolean);
    }
  });
});

describe('W3C SPARQL 1.1 Protocol: update tests, not applicable to a read-only endpoint', () => {
  it('reads the suite: every update test of the manifest is run, each with its requests', () => {
    expect(updateTests.map((t) => t.id)).toHaveLength(14);
    expect(updateTests.filter((t) => t.requests.length === 0).map((t) => t.id)).toEqual([]);
  });

  it('has a stated refusal for every refused request of the suite, and no other', () => {
    const refused = manifest.tests.filter((t) => updateTests.includes(t) || t.requests.some(expectsRefusal)).map((t) => t.id);
    expect(Object.keys(REFUSALS).sort()).toEqual(refused.sort());
  });

  it.each(updateTests.map((t) => [t.id, t] as const))('%s: its update request is refused, saying why', async (_id, test) => {
    expect(test.requests.length).toBeGreaterThan(0);
    expectRefused(await send(test.requests[0]), REFUSALS[test.id]);
  });
});
