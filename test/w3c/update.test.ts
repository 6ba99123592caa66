/**
 * The W3C SPARQL 1.1 Update evaluation tests, run against the real server
 * with a write token: for each test the store is set to the test's data
 * through the write path, the test's update is sent to /update, and the
 * store's state (the default graph and every named graph, read back through
 * the Graph Store Protocol) must be isomorphic to the test's result
 * (rdf-canonize). The negative syntax tests must be refused with a 400.
 * Every test of these folders passes; a graph exists while it holds triples
 * (docs/writes.md), which no test here tells apart from an empty graph.
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DataFactory } from 'n3';
import type * as RDF from '@rdfjs/types';
import { request } from '../integration/support/http';
import { readUpdateManifests, type GraphData, type UpdateTest } from './manifest';
import { AUTH, canonical, parseTurtle, resetStore, startWritable, storeQuads, type W3cServer } from './support';

const FOLDERS = ['add', 'copy', 'move', 'basic-update', 'clear', 'drop', 'delete', 'delete-data', 'delete-insert', 'delete-where', 'update-silent'];
const tests = readUpdateManifests(FOLDERS);

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
  if (res.status >= 300) return [`status ${res.status} (${res.body.slice(0, 300)})`];
  const [got, expected] = await Promise.all([canonical(await storeQuads(server.url)), canonical(quadsOf(test.after))]);
  return got === expected ? [] : [`the store is not the expected one:\n${got}\nexpected:\n${expected}`];
}

describe('W3C SPARQL 1.1 Update', () => {
  it('reads the suite: every test of the folders, each with its update', () => {
    expect(tests.filter((t) => t.kind === 'evaluation')).toHaveLength(94);
    expect(tests.filter((t) => t.kind === 'negative-syntax')).toHaveLength(8);
    expect(tests.filter((t) => !fs.existsSync(t.request)).map((t) => t.name)).toEqual([]);
  });

  it.each(tests.map((t) => [t.name, t] as const))('%s passes', async (_name, test) => {
    expect(await run(test)).toEqual([]);
  });
});
