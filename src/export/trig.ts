/** TriG (W3C RDF 1.1 TriG): Turtle with one block per named graph. */
import type { RdfSerialiser } from './serialiser';
import { writeN3 } from './n3-writer';
import { prepare } from './quads';

export const trig: RdfSerialiser = {
  name: 'trig',
  mediaType: 'application/trig',
  extension: 'trig',
  quads: true,
  serialise: (quads) => writeN3(prepare(quads, { keepGraphs: true }), { format: 'TriG', pretty: true }),
};
