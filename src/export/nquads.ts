/** N-Quads (W3C RDF 1.1 N-Quads): one quad a line, graph names kept. */
import type { RdfSerialiser } from './serialiser';
import { writeN3 } from './n3-writer';
import { prepare } from './quads';

export const nquads: RdfSerialiser = {
  name: 'nquads',
  mediaType: 'application/n-quads',
  extension: 'nq',
  quads: true,
  serialise: (quads) => writeN3(prepare(quads, { keepGraphs: true }), { format: 'N-Quads', pretty: false }),
};
