/**
 * A named graph as a dereferenceable document: `https://w3id.org/cdkg/graph/<stem>`
 * (the graph a data file is loaded into) returns that graph's triples, and a
 * browser gets a page with its size and downloads.
 */
import type * as RDF from '@rdfjs/types';
import { GRAPH_NS } from '../../../ontology/namespaces';
import type { KnowledgeStore } from '../../store/types';
import { termKey } from '../../store/terms';
import { DOCUMENT_FORMATS } from './formats';
import { sortQuads } from './graph';
import { link, localPath } from './links';
import type { GraphView } from './views';

/** The graph's triples, sorted; undefined when the store has no graph of that name. */
export async function namedGraph(store: KnowledgeStore, iri: string): Promise<RDF.Quad[] | undefined> {
  if (!(await store.graphs()).includes(iri)) return undefined;
  return sortQuads(await store.quads(iri));
}

/** The label a graph gets on pages: its stem (`statements-us`). */
function stem(iri: string): string {
  return iri.startsWith(GRAPH_NS) ? iri.slice(GRAPH_NS.length) : iri;
}

export async function graphView(store: KnowledgeStore, iri: string, quads: readonly RDF.Quad[], publicBase: string): Promise<GraphView> {
  const path = localPath(iri, publicBase) ?? iri;
  const others = (await store.graphs()).filter((g) => g !== iri).sort();
  return {
    graph: link(iri, stem(iri), publicBase),
    triples: quads.length,
    subjects: new Set(quads.map((q) => termKey(q.subject))).size,
    downloads: DOCUMENT_FORMATS.filter((f) => f.serialiser).map((f) => ({ label: f.label, href: `${path}.${f.suffix}`, mediaType: f.mediaType })),
    others: others.map((g) => link(g, stem(g), publicBase)),
  };
}
