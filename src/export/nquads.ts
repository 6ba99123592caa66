/** N-Quads (W3C RDF 1.1 N-Quads): one quad a line, graph names kept. */
import { FORMATS } from '../../ontology/namespaces';
import { defineSerialiser } from './serialiser';
import { streamN3 } from './n3-writer';
import { prepare } from './quads';

export const nquads = defineSerialiser({
  name: 'nquads',
  mediaType: 'application/n-quads',
  extension: 'nq',
  title: 'N-Quads',
  formatIri: FORMATS['N-Quads'],
  quads: true,
  write: (quads, sink) => streamN3(prepare(quads, { keepGraphs: true }), { format: 'N-Quads', pretty: false }, sink),
});
