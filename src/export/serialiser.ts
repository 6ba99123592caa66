/**
 * The one interface every RDF serialiser implements (shared contract 2).
 * Each format lives in a file of its own; ./index.ts lists them.
 */
import type * as RDF from '@rdfjs/types';

export type SerialiserName = 'turtle' | 'ntriples' | 'nquads' | 'trig' | 'jsonld' | 'rdfxml';

/** Receives output text piece by piece (a file, stdout, a buffer). */
export type Sink = (chunk: string) => void;

export interface RdfSerialiser {
  readonly name: SerialiserName;
  /** The registered media type (IANA), without parameters. */
  readonly mediaType: string;
  /** The usual file extension, without the dot. */
  readonly extension: string;
  /** The format's name for people (`Turtle`, `RDF/XML`), as in its specification's title. */
  readonly title: string;
  /** The W3C format IRI (https://www.w3.org/ns/formats/), for dct:format and sd:resultFormat. */
  readonly formatIri: string;
  /** Whether the format keeps graph names (N-Quads, TriG); the others merge every graph into one. */
  readonly quads: boolean;
  serialise(quads: readonly RDF.Quad[]): Promise<string>;
  /**
   * Writes the same text as `serialise`, chunk by chunk: statement by
   * statement for the formats n3 writes (Turtle, TriG, N-Triples, N-Quads);
   * in one piece for JSON-LD and RDF/XML, whose libraries build the whole
   * document (compaction and rdflib's serialiser work on the complete graph).
   */
  write(quads: readonly RDF.Quad[], sink: Sink): Promise<void>;
}

/** A serialiser's `serialise` from its `write`: the chunks joined. */
export async function collect(write: (sink: Sink) => Promise<void>): Promise<string> {
  const chunks: string[] = [];
  await write((chunk) => chunks.push(chunk));
  return chunks.join('');
}

/** A serialiser from its description and `write`; `serialise` collects what `write` produces, so both give the same text. */
export function defineSerialiser(def: Omit<RdfSerialiser, 'serialise'>): RdfSerialiser {
  return { ...def, serialise: (quads) => collect((sink) => def.write(quads, sink)) };
}
