/** TriG (W3C RDF 1.1 TriG): Turtle with one block per named graph. */
import { FORMATS } from '../../ontology/namespaces';
import { defineSerialiser } from './serialiser';
import { streamN3 } from './n3-writer';
import { prepare } from './quads';

export const trig = defineSerialiser({
  name: 'trig',
  mediaType: 'application/trig',
  extension: 'trig',
  title: 'TriG',
  formatIri: FORMATS.TriG,
  quads: true,
  write: (quads, sink) => streamN3(prepare(quads, { keepGraphs: true }), { format: 'TriG', pretty: true }, sink),
});
