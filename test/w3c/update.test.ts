/**
 * The W3C SPARQL 1.1 Update evaluation tests, run against the real server
 * with a write token: for each test the store is set to the test's data
 * through the write path, the test's update is sent to /update, and the
 * store's state (the default graph and every named graph, read back through
 * the Graph Store Protocol) must be isomorphic to the test's result
 * (rdf-canonize). A positive syntax test's update must be accepted (2xx) on
 * an empty store, a negative one refused with a 400. KNOWN_FAILURES lists the
 * tests this server does not pass, each with the reason (README, "W3C
 * protocol test suite"); the suite checks that exactly those fail, and fail
 * as stated. A graph exists while it holds triples (docs/writes.md), which no
 * test here tells apart from an empty graph.
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DataFactory } from 'n3';
import type * as RDF from '@rdfjs/types';
import { request } from '../integration/support/http';
import { readUpdateManifests, type GraphData, type UpdateTest } from './manifest';
import { AUTH, canonical, parseTurtle, resetStore, startWritable, storeQuads, type W3cServer } from './support';

const FOLDERS = ['add', 'copy', 'move', 'basic-update', 'clear', 'drop', 'delete', 'delete-data', 'delete-insert', 'delete-where', 'update-silent', 'syntax-update-1', 'syntax-update-2'];
const tests = readUpdateManifests(FOLDERS);

interface KnownFailure {
  readonly reason: string;
  readonly symptom: RegExp;
}
const LOAD: KnownFailure = {
  reason: 'the update parses, but LOAD is refused: the store fetches nothing (no HTTP client, docs/writes.md)',
  symptom: /^status 400, expected 2xx \(LOAD and SERVICE cannot fetch anything/,
};
const NO_SUCH_GRAPH: KnownFailure = {
  reason: 'the update parses, and fails as SPARQL 1.1 Update §3.2 requires: it names, without SILENT, a graph the empty store does not hold',
  symptom: /^status 400, expected 2xx \(The graph <[^>]+> does not exist; add SILENT/,
};
/** The tests this server fails: why, and how the failure shows (so a test failing otherwise is no known failure). */
const KNOWN_FAILURES: Readonly<Record<string, KnownFailure>> = {
  'syntax-update-1/test_1': LOAD,
  'syntax-update-1/test_2': LOAD,
  'syntax-update-1/test_3': LOAD,
  'syntax-update-1/test_4': LOAD,
  'syntax-update-1/test_37': LOAD,
  'syntax-update-1/test_8': NO_SUCH_GRAPH,
  'syntax-update-1/test_18': NO_SUCH_GRAPH,
};

let server: W3cServer;
beforeAll(async () => {
  server = await startWritable();
});
afterAll(() => server.close());

function quadsOf(data: readonly GraphData[]): RDF.Quad[] {
  return data.flatMap((d) => parseTurtle(fs.readFileSync(d.file, 'utf8'), pathToFileURL(d.file).href, d.graph === undefined ? DataFactory.defaultGraph() : DataFactory.namedNode(d.graph)));
}

/** Runs one test; returns what went wrong (nothing: it passes). */
async function run(test: UpdateTest): Promise<string[]> {
  await resetStore(server.url, quadsOf(test.before));
  const res = await request(`${server.url}/update`, { method: 'POST', headers: { 'Content-Type': 'application/sparql-update', ...AUTH }, body: fs.readFileSync(test.request, 'utf8') });
  if (test.kind === 'negative-syntax') return res.status === 400 ? [] : [`status ${res.status}, expected 400 (${res.body.slice(0, 300)})`];
  if (test.kind === 'positive-syntax') return res.status < 300 ? [] : [`status ${res.status}, expected 2xx (${res.body.slice(0, 300)})`];
  if (res.status >= 300) return [`status ${res.status} (${res.body.slice(0, 300)})`];
  const [got, expected] = await Promise.all([canonical(await storeQuads(server.url)), canonical(quadsOf(test.after))]);
  return got === expected ? [] : [`the store is not the expected one:\n${got}\nexpected:\n${expected}`];
}

describe('W3C SPARQL 1.1 Update', () => {
  it('reads the suite: every test of the folders, each with its update', () => {
    expect(tests.filter((t) => t.kind === 'evaluation')).toHaveLength(94);
    expect(tests.filter((t) => t.kind === 'negative-syntax')).toHaveLength(8 + 13);
    expect(tests.filter((t) => t.kind === 'positive-syntax')).toHaveLength(42);
    expect(tests.filter((t) => !fs.existsSync(t.request)).map((t) => t.name)).toEqual([]);
    expect(Object.keys(KNOWN_FAILURES).filter((name) => !tests.some((t) => t.name === name))).toEqual([]);
  });

  it.each(tests.filter((t) => !(t.name in KNOWN_FAILURES)).map((t) => [t.name, t] as const))('%s passes', async (_name, test) => {
    expect(await run(test)).toEqual([]);
  });

  it.each(Object.entries(KNOWN_FAILURES).map(([name, f]) => [name, f.reason, f] as const))('%s fails, as listed: %s', async (name, _reason, failure) => {
    const problems = await run(tests.find((t) => t.name === name) as UpdateTest);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(failure.symptom);
  });
});
