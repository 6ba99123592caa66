/**
 * JSON-LD (W3C JSON-LD 1.1): the triples are turned into expanded JSON-LD by
 * the jsonld library's RDF algorithm (§8.4 Serialize RDF as JSON-LD), then
 * compacted with CDKG's context. The context is embedded, not referred to
 * by IRI: a client then needs no second request (and no network: a local
 * server's documents must be readable offline, and w3id.org may be out of
 * reach). The same context is published at /context.jsonld for reuse.
 */
import type { ContextDefinition, Options } from 'jsonld';
import type * as RDF from '@rdfjs/types';
import { FORMATS } from '../../ontology/namespaces';
import { defineSerialiser } from './serialiser';
import { documentLoader, jsonldContext } from './jsonld-context';
import { writeN3 } from './n3-writer';
import { prepare } from './quads';

async function toJsonLd(quads: readonly RDF.Quad[], keepGraphs = false): Promise<string> {
  const nquads = await writeN3(prepare(quads, { keepGraphs }), { format: 'N-Quads', pretty: false });
  // Loaded on first use: a large module, which a server that never writes JSON-LD need not load at start.
  const { default: jsonld } = await import('jsonld');
  const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
  const compacted = await jsonld.compact(expanded, jsonldContext()['@context'] as ContextDefinition, { documentLoader } as Options.Compact);
  return `${JSON.stringify(compacted, null, 2)}\n`;
}

export const jsonLd = defineSerialiser({
  name: 'jsonld',
  mediaType: 'application/ld+json',
  extension: 'jsonld',
  title: 'JSON-LD',
  formatIri: FORMATS['JSON-LD'],
  quads: false,
  write: async (quads, sink) => sink(await toJsonLd(quads)),
});

/**
 * JSON-LD of a whole dataset, as the dump writes it: each named graph stays a
 * named graph, a node object with `@id` (the graph IRI) and `@graph` (JSON-LD
 * 1.1 §4.9), as jsonld.fromRDF writes quads (§8.4). Documents and query
 * results carry no graphs and use `jsonLd`.
 */
export const jsonLdDataset = defineSerialiser({
  name: 'jsonld',
  mediaType: 'application/ld+json',
  extension: 'jsonld',
  title: 'JSON-LD',
  formatIri: FORMATS['JSON-LD'],
  quads: true,
  write: async (quads, sink) => sink(await toJsonLd(quads, true)),
});
