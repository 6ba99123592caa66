/**
 * JSON-LD (W3C JSON-LD 1.1): the triples are turned into expanded JSON-LD by
 * the jsonld library's RDF algorithm (§8.4 Serialize RDF as JSON-LD), then
 * compacted with CDKG's context. By default the document refers to the
 * published context by IRI; dumps embed it so the file stands alone.
 */
import jsonld from 'jsonld';
import type * as RDF from '@rdfjs/types';
import { CONTEXT_IRI } from '../../ontology/namespaces';
import type { RdfSerialiser } from './serialiser';
import { documentLoader, jsonldContext } from './jsonld-context';
import { writeN3 } from './n3-writer';
import { prepare } from './quads';

export async function toJsonLd(quads: readonly RDF.Quad[], options: { readonly embedContext: boolean }): Promise<string> {
  const nquads = await writeN3(prepare(quads, { keepGraphs: false }), { format: 'N-Quads', pretty: false });
  const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
  const context = options.embedContext ? jsonldContext()['@context'] : CONTEXT_IRI;
  const compacted = await jsonld.compact(expanded, context as jsonld.ContextDefinition, { documentLoader } as jsonld.Options.Compact);
  return `${JSON.stringify(compacted, null, 2)}\n`;
}

export const jsonLd: RdfSerialiser = {
  name: 'jsonld',
  mediaType: 'application/ld+json',
  extension: 'jsonld',
  quads: false,
  serialise: (quads) => toJsonLd(quads, { embedContext: false }),
};
