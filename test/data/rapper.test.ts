/**
 * An independent parser checks our Turtle, N-Triples and RDF/XML: raptor's
 * `rapper` (Debian raptor2-utils) must read every output without a warning
 * or an error. CI installs raptor2-utils (see .ci/run).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as RDF from '@rdfjs/types';
import { serialiser, type SerialiserName } from '../../src/export';
import { rapper } from '../support/rapper';
import { expectedStatements, fixtureKb, realKb } from '../unit/export/support';

const RAPPER_SYNTAX: ReadonlyArray<[SerialiserName, string]> = [
  ['turtle', 'turtle'],
  ['ntriples', 'ntriples'],
  ['rdfxml', 'rdfxml'],
];

const KNOWLEDGE_BASES: ReadonlyArray<[string, () => Promise<readonly RDF.Quad[]>]> = [
  ['the real knowledge base', () => realKb().quads()],
  ['the export fixture', () => fixtureKb().quads()],
];

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdkg-rapper-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each(KNOWLEDGE_BASES)('rapper reads the output for %s', (label, load) => {
  test.each(RAPPER_SYNTAX)('%s without a warning, with every triple', async (name, syntax) => {
    const quads = await load();
    const s = serialiser(name);
    const file = path.join(dir, `${label.replace(/\W+/g, '-')}.${s.extension}`);
    fs.writeFileSync(file, await s.serialise(quads));
    // The distinct triples of the merged graphs, counted by test support (rdf-canonize), not by src/export.
    expect(rapper(file, syntax)).toEqual({ status: 0, problems: [], triples: await expectedStatements(quads, false) });
  });
});
