/** N-Triples (W3C RDF 1.1 N-Triples): one triple a line, every graph merged. */
import { defineSerialiser } from './serialiser';
import { streamN3 } from './n3-writer';
import { prepare } from './quads';

export const ntriples = defineSerialiser({
  name: 'ntriples',
  mediaType: 'application/n-triples',
  extension: 'nt',
  quads: false,
  write: (quads, sink) => streamN3(prepare(quads, { keepGraphs: false }), { format: 'N-Triples', pretty: false }, sink),
});
