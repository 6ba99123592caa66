/** Turtle (W3C RDF 1.1 Turtle), with the ontology's prefixes and one block per subject. */
import { FORMATS } from '../../ontology/namespaces';
import { defineSerialiser } from './serialiser';
import { streamN3 } from './n3-writer';
import { prepare } from './quads';

export const turtle = defineSerialiser({
  name: 'turtle',
  mediaType: 'text/turtle',
  extension: 'ttl',
  title: 'Turtle',
  formatIri: FORMATS.Turtle,
  quads: false,
  write: (quads, sink) => streamN3(prepare(quads, { keepGraphs: false }), { format: 'Turtle', pretty: true }, sink),
});
