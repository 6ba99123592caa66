/** N-Triples (W3C RDF 1.1 N-Triples): one triple a line, every graph merged. */
import { FORMATS } from '../../ontology/namespaces';
import { defineSerialiser } from './serialiser';
import { streamN3 } from './n3-writer';
import { prepare } from './quads';

export const ntriples = defineSerialiser({
  name: 'ntriples',
  mediaType: 'application/n-triples',
  extension: 'nt',
  title: 'N-Triples',
  formatIri: FORMATS['N-Triples'],
  quads: false,
  write: (quads, sink) => streamN3(prepare(quads, { keepGraphs: false }), { format: 'N-Triples', pretty: false }, sink),
});
