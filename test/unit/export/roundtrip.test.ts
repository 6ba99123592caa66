/**
 * Round trip of every serialiser of src/export: the output parses back (an
 * independent parser per format) to the same graph, on the real knowledge base
 * and on the export fixture with its hard cases. Both sides are canonicalised
 * by rdf-canonize in test support, not by src/export.
 */
import type * as RDF from '@rdfjs/types';
import { SERIALISERS } from '../../../src/export';
import { canonicalNQuads, expectedCanonical, expectedStatements, fixtureKb, parseBack, realKb } from './support';

const KNOWLEDGE_BASES: ReadonlyArray<[string, () => Promise<readonly RDF.Quad[]>]> = [
  ['the real knowledge base (ontology and data/)', () => realKb().quads()],
  ['the export fixture', () => fixtureKb().quads()],
];

describe.each(KNOWLEDGE_BASES)('every serialiser round-trips %s', (_label, load) => {
  let quads: readonly RDF.Quad[];
  beforeAll(async () => {
    quads = await load();
  });

  test.each(SERIALISERS.map((s) => [s.name, s] as const))('%s output parses back to a graph isomorphic to the store, blank nodes included', async (_name, s) => {
    const text = await s.serialise(quads);
    const parsed = await parseBack(s.name, text);
    // Every quad (or, in a triples format, every distinct triple) is written once: no duplicates, none lost.
    expect(parsed).toHaveLength(await expectedStatements(quads, s.quads));
    expect(await canonicalNQuads(parsed)).toBe(await expectedCanonical(quads, s.quads));
  });
});
