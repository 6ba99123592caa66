/** Turtle (W3C RDF 1.1 Turtle), with the ontology's prefixes and one block per subject. */
import type { RdfSerialiser } from './serialiser';
import { writeN3 } from './n3-writer';
import { prepare } from './quads';

export const turtle: RdfSerialiser = {
  name: 'turtle',
  mediaType: 'text/turtle',
  extension: 'ttl',
  quads: false,
  serialise: (quads) => writeN3(prepare(quads, { keepGraphs: false }), { format: 'Turtle', pretty: true }),
};
