/**
 * A Triple Pattern Fragment (TPF specification §3): one page of the triples
 * matching a pattern, with its metadata (an estimate of the matches as
 * void:triples and hydra:totalItems) and controls (the search form, first,
 * previous and next pages). Data is read through the store interface with
 * ./queries/*.rq, so fragments work on any backend.
 */
import path from 'node:path';
import type * as RDF from '@rdfjs/types';
import { DataFactory } from '../store/n3';
import { DCT, HYDRA, RDF as RDFNS, VOID, XSD } from '../../ontology/namespaces';
import { searchForm } from '../export/hydra';
import { QueryLibrary, type QueryParams } from '../store/query-library';
import type { KnowledgeStore } from '../store/types';
import { fragmentUrl, type FragmentRequest, type TriplePattern } from './pattern';

const { namedNode, literal, quad } = DataFactory;
const QUERIES = new QueryLibrary<'page' | 'page-in-graph' | 'count' | 'count-in-graph'>(path.join(__dirname, 'queries'));

/** Triples per page (the Linked Data Fragments server's default). */
export const PAGE_SIZE = 100;

export interface Fragment {
  /** The matching triples of this page. */
  readonly triples: readonly RDF.Quad[];
  /** An upper bound of the matches (exact when the last page has been reached). */
  readonly estimate: number;
  readonly hasNext: boolean;
}

function bindings(pattern: TriplePattern): QueryParams {
  return {
    ...(pattern.subject ? { s: pattern.subject } : {}),
    ...(pattern.predicate ? { p: pattern.predicate } : {}),
    ...(pattern.object ? { o: pattern.object } : {}),
    ...(pattern.graph ? { g: pattern.graph } : {}),
  };
}

export async function readFragment(store: KnowledgeStore, request: FragmentRequest): Promise<Fragment> {
  const { pattern, page } = request;
  const params = bindings(pattern);
  const inGraph = pattern.graph !== undefined;
  const offset = (page - 1) * PAGE_SIZE;
  // One row past the page tells whether there is a next one, whatever the estimate says.
  const rows = await QUERIES.select(store, inGraph ? 'page-in-graph' : 'page', params, { limit: PAGE_SIZE + 1, offset });
  const [count] = await QUERIES.select(store, inGraph ? 'count-in-graph' : 'count', params);
  const hasNext = rows.length > PAGE_SIZE;
  const triples = rows.slice(0, PAGE_SIZE).map((r) => quad(r.s as RDF.Quad_Subject, r.p as RDF.Quad_Predicate, r.o as RDF.Quad_Object));
  const upper = Number(count?.n?.value ?? 0);
  // On the last page the number of matches is known; before it, the count (which may count a triple once per graph) bounds it.
  const estimate = hasNext ? Math.max(upper, offset + rows.length) : Math.min(upper, offset + triples.length) || offset + triples.length;
  return { triples, estimate, hasNext };
}

const integer = (n: number) => literal(String(n), namedNode(XSD.integer));

export interface ControlsInput {
  /** The fragments URL (`<server>/fragments`). */
  readonly base: string;
  /** The URL the client asked for: the subject of the page's metadata, which a client looks up by it. */
  readonly requested: string;
  readonly request: FragmentRequest;
  readonly fragment: Fragment;
  /** Where the metadata goes: a graph of its own in the quad formats (TPF §3.5), the default graph otherwise. */
  readonly graph: RDF.Quad['graph'];
}

/** The metadata and hypermedia controls of one page (TPF §3.4, §3.5, §3.6). */
export function controls(input: ControlsInput): RDF.Quad[] {
  const { base, request, fragment, graph } = input;
  const { pattern, page } = request;
  // A fragment of one graph is a fragment of that graph's own TPF interface: its form keeps the graph.
  const interfaceUrl = pattern.graph ? fragmentUrl(base, { graph: pattern.graph }) : base;
  const dataset = namedNode(`${interfaceUrl}#dataset`);
  const view = namedNode(input.requested);
  const out: RDF.Quad[] = [
    quad(dataset, namedNode(RDFNS.type), namedNode(VOID.Dataset), graph),
    quad(dataset, namedNode(RDFNS.type), namedNode(HYDRA.Collection), graph),
    quad(dataset, namedNode(VOID.subset), view, graph),
    ...searchForm(dataset, interfaceUrl, graph),
    quad(view, namedNode(RDFNS.type), namedNode(HYDRA.PartialCollectionView), graph),
    quad(view, namedNode(DCT.source), dataset, graph),
    quad(view, namedNode(VOID.triples), integer(fragment.estimate), graph),
    quad(view, namedNode(HYDRA.totalItems), integer(fragment.estimate), graph),
    quad(view, namedNode(HYDRA.itemsPerPage), integer(PAGE_SIZE), graph),
    quad(view, namedNode(HYDRA.first), namedNode(fragmentUrl(base, pattern, 1)), graph),
  ];
  if (page > 1) out.push(quad(view, namedNode(HYDRA.previous), namedNode(fragmentUrl(base, pattern, page - 1)), graph));
  if (fragment.hasNext) out.push(quad(view, namedNode(HYDRA.next), namedNode(fragmentUrl(base, pattern, page + 1)), graph));
  return out;
}
