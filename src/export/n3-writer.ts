/**
 * Runs n3's Writer over a list of quads and returns the text. Shared by the
 * Turtle, TriG, N-Triples and N-Quads serialisers, which differ only in the
 * format and in whether prefixes and nesting are used.
 */
import { Writer } from 'n3';
import type * as RDF from '@rdfjs/types';
import { PREFIXES } from '../../ontology/namespaces';
import { nest } from './nest';

export interface N3Options {
  readonly format: 'Turtle' | 'TriG' | 'N-Triples' | 'N-Quads';
  /** Pretty forms (prefixes, nested blank nodes, lists): Turtle and TriG only. */
  readonly pretty: boolean;
}

export function writeN3(quads: readonly RDF.Quad[], options: N3Options): Promise<string> {
  const writer = new Writer({ format: options.format, ...(options.pretty ? { prefixes: { ...PREFIXES } } : {}) });
  if (options.pretty) nest(writer, quads);
  else for (const q of quads) writer.addQuad(q);
  return new Promise((resolve, reject) => writer.end((error, text) => (error ? reject(error) : resolve(text))));
}
