/**
 * RDF Dataset Canonicalization (W3C RDFC-1.0, through the jsonld library's
 * rdf-canonize): the same dataset always yields the same sorted N-Quads with
 * the same blank-node labels (`_:c14n0`, …), whatever the labels it came
 * with. Dumps use it for byte-identical output; tests use it to compare
 * graphs up to isomorphism (equal canonical forms ⇔ isomorphic datasets).
 */
import type { JsonLdDocument, Options } from 'jsonld';
import { Parser } from '../store/n3';
import type * as RDF from '@rdfjs/types';
import { writeN3 } from './n3-writer';
import { distinct } from '../store/terms';

/**
 * Deep-comparison budget (rdf-canonize `maxWorkFactor`): 1 allows O(n) work
 * and is not always enough for the ontology, whose many identical
 * `owl:unionOf` lists are automorphic; 3 handles them with room to spare and
 * still stops a pathological graph instead of running for ever.
 */
const MAX_WORK_FACTOR = 3;

/** The canonical N-Quads text of the quads. */
export async function canonicalNQuads(quads: readonly RDF.Quad[]): Promise<string> {
  const input = await writeN3(distinct(quads), { format: 'N-Quads', pretty: false });
  const options = { inputFormat: 'application/n-quads', canonizeOptions: { algorithm: 'RDFC-1.0', format: 'application/n-quads', maxWorkFactor: MAX_WORK_FACTOR } };
  // Loaded on first use (a large module; a server loads it only when it builds a dump).
  const { default: jsonld } = await import('jsonld');
  // The typings know only JSON-LD input; the library also takes N-Quads text (`inputFormat`).
  return jsonld.canonize(input as unknown as JsonLdDocument, options as Options.Normalize);
}

/** The quads with canonical blank-node labels, in canonical order. */
export async function canonicalQuads(quads: readonly RDF.Quad[]): Promise<RDF.Quad[]> {
  return new Parser({ format: 'N-Quads', blankNodePrefix: '' }).parse(await canonicalNQuads(quads));
}
