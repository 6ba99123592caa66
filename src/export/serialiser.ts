/**
 * The one interface every RDF serialiser implements (shared contract 2).
 * Each format lives in a file of its own; ./index.ts lists them.
 */
import type * as RDF from '@rdfjs/types';

export type SerialiserName = 'turtle' | 'ntriples' | 'nquads' | 'trig' | 'jsonld' | 'rdfxml';

export interface RdfSerialiser {
  readonly name: SerialiserName;
  /** The registered media type (IANA), without parameters. */
  readonly mediaType: string;
  /** The usual file extension, without the dot. */
  readonly extension: string;
  /** Whether the format keeps graph names (N-Quads, TriG); the others merge every graph into one. */
  readonly quads: boolean;
  serialise(quads: readonly RDF.Quad[]): Promise<string>;
}
