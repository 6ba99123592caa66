/** N-Triples (W3C RDF 1.1 N-Triples): one triple a line, every graph merged. */
import type { RdfSerialiser } from './serialiser';
import { writeN3 } from './n3-writer';
import { prepare } from './quads';

export const ntriples: RdfSerialiser = {
  name: 'ntriples',
  mediaType: 'application/n-triples',
  extension: 'nt',
  quads: false,
  serialise: (quads) => writeN3(prepare(quads, { keepGraphs: false }), { format: 'N-Triples', pretty: false }),
};
