/**
 * Runs n3's Writer over a list of quads, writing its output chunk by chunk
 * to a sink. Shared by the Turtle, TriG, N-Triples and N-Quads serialisers,
 * which differ only in the format and in whether prefixes, nesting and the
 * readable layout (./turtle-layout.ts) are used.
 */
import { Writer } from '../store/n3';
import type * as RDF from '@rdfjs/types';
import { PREFIXES, XSD } from '../../ontology/namespaces';
import { nest } from './nest';
import { collect, type Sink } from './serialiser';
import { TurtleLayout } from './turtle-layout';

export interface N3Options {
  readonly format: 'Turtle' | 'TriG' | 'N-Triples' | 'N-Quads';
  /** Pretty forms (prefixes, nested blank nodes, lists, layout): Turtle and TriG only. */
  readonly pretty: boolean;
}

/** The prefixes whose namespace some IRI of the quads starts with: a short answer gets a short header. */
function usedPrefixes(quads: readonly RDF.Quad[]): Record<string, string> {
  const iris = new Set<string>();
  for (const q of quads) for (const t of [q.subject, q.predicate, q.object, q.graph]) {
    if (t.termType === 'NamedNode') iris.add(t.value);
    // Language-tagged and xsd:string literals are written without their datatype.
    else if (t.termType === 'Literal' && !t.language && t.datatype.value !== XSD.string) iris.add(t.datatype.value);
  }
  return Object.fromEntries(Object.entries(PREFIXES).filter(([, ns]) => [...iris].some((iri) => iri.startsWith(ns))));
}

/** Writes the quads to the sink as n3 produces them (one chunk per statement or prefix line). */
export function streamN3(quads: readonly RDF.Quad[], options: N3Options, sink: Sink): Promise<void> {
  const layout = options.pretty ? new TurtleLayout() : undefined;
  const output = {
    write(chunk: string, _encoding: string, done?: () => void) {
      if (chunk !== '') sink(layout ? layout.chunk(chunk) : chunk);
      done?.();
    },
    end(done?: (error: Error | null) => void) {
      done?.(null);
    },
  };
  const writer = new Writer(output as unknown as NodeJS.WritableStream, { format: options.format, ...(options.pretty ? { prefixes: usedPrefixes(quads) } : {}) });
  if (options.pretty) nest(writer, quads);
  else for (const q of quads) writer.addQuad(q);
  return new Promise((resolve, reject) => writer.end((error) => (error ? reject(error) : resolve())));
}

/** The whole text at once. */
export function writeN3(quads: readonly RDF.Quad[], options: N3Options): Promise<string> {
  return collect((sink) => streamN3(quads, options, sink));
}
