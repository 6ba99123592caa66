/**
 * The query tests of the W3C SPARQL 1.1 Protocol test suite, run against the
 * real server started on the suite's own data (data1.nt … loaded as the named
 * graphs the manifest names). Update tests do not apply to this read-only
 * endpoint (docs/endpoint.md): the server must refuse their updates with 4xx.
 */
import { DOMParser } from '@xmldom/xmldom';
import { DEFAULTS } from '../../src/config';
import { startServer, type RunningServer } from '../../src/http/server';
import { request, type RawResponse } from '../integration/support/http';
import { PROTOCOL_DIR, readManifest, type ProtocolRequest } from './manifest';

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
function send(r: ProtocolRequest): Promise<RawResponse> {
  return request(`${server.url}${r.path.replace(/^\/sparql\/?/, '/sparql')}`, { method: r.method, headers: r.headers, ...(r.body !== undefined ? { body: r.body } : {}) });
}

function booleanOf(res: RawResponse): boolean | undefined {
  const type = res.headers['content-type'] ?? '';
  if (type.startsWith('application/sparql-results+json')) return (JSON.parse(res.body) as { boolean?: boolean }).boolean;
  const text = new DOMParser().parseFromString(res.body, 'application/xml').getElementsByTagName('boolean')[0]?.textContent;
  return text === undefined || text === null ? undefined : text === 'true';
}

describe('W3C SPARQL 1.1 Protocol: query tests', () => {
  it('reads the suite: every query test of the manifest is run', () => {
    expect(queryTests.map((t) => t.id)).toHaveLength(20);
  });

  it.each(queryTests.map((t) => [t.id, t] as const))('%s', async (_id, test) => {
    for (const r of test.requests) {
      const res = await send(r);
      expect(r.statusClasses).toContain(Math.floor(res.status / 100));
      if (r.format) expect(RESULT_TYPES[r.format]).toContain((res.headers['content-type'] ?? '').split(';')[0]);
      if (r.boolean !== undefined) expect(booleanOf(res)).toBe(r.boolean);
    }
  });
});

describe('W3C SPARQL 1.1 Protocol: update tests, not applicable to a read-only endpoint', () => {
  it.each(updateTests.map((t) => [t.id, t] as const))('%s: its update request is refused with 4xx', async (_id, test) => {
    const res = await send(test.requests[0]);
    expect(Math.floor(res.status / 100)).toBe(4);
  });
});
