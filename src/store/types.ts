/**
 * The store interface every backend implements (the embedded Oxigraph store
 * today; a remote SPARQL 1.1 store later). Callers see RDF/JS terms (n3's
 * DataFactory) and one result type per query form, never a backend's own
 * objects.
 */
import type * as RDF from '@rdfjs/types';
import type { ResultMediaType, ResultText } from './result-text';
import type { GraphChange } from './writes/change';

export type Term = RDF.Term;
export type Quad = RDF.Quad;

/** One solution of a SELECT query: variable name (without `?`) to term; unbound variables are absent. */
export type Binding = Readonly<Record<string, RDF.Term>>;

export type QueryResult =
  | { readonly kind: 'select'; readonly variables: readonly string[]; readonly bindings: readonly Binding[] }
  | { readonly kind: 'ask'; readonly value: boolean }
  | { readonly kind: 'graph'; readonly quads: readonly RDF.Quad[] };

/**
 * A term as SPARQL 1.1 Query Results JSON encodes it (§3.2.2), with the
 * SPARQL 1.2 form of a quoted triple: the embedded store answers in it and
 * the endpoint writes it, so both sides share this one definition.
 */
export type ResultsJsonTerm =
  | { readonly type: 'uri' | 'bnode'; readonly value: string }
  | { readonly type: 'literal'; readonly value: string; readonly 'xml:lang'?: string; readonly datatype?: string }
  | { readonly type: 'triple'; readonly value: { readonly subject: ResultsJsonTerm; readonly predicate: ResultsJsonTerm; readonly object: ResultsJsonTerm } };

/**
 * The store's own default graph, as a name in DatasetSpec.defaultGraphs (the Graph Store Protocol's `?default`):
 * queries otherwise see the union of all graphs as their default graph. No IRI is empty, so it names no graph.
 */
export const DEFAULT_GRAPH = '';

/** The RDF dataset a query runs over (SPARQL 1.1 Protocol `default-graph-uri` / `named-graph-uri`). */
export interface DatasetSpec {
  /** Graphs merged into the default graph; absent means the union of all graphs. */
  readonly defaultGraphs?: readonly string[];
  /** Graphs visible to GRAPH patterns; absent means all named graphs. */
  readonly namedGraphs?: readonly string[];
}

/** The four SPARQL query forms (SPARQL 1.1 Query §16). */
export type QueryForm = 'select' | 'ask' | 'construct' | 'describe';

export interface QueryOptions {
  readonly dataset?: DatasetSpec;
  readonly baseIri?: string;
  /**
   * The query's form, when the caller has parsed it (the query layer always
   * has): a backend then asks for the right kind of answer at once (results
   * or a graph; an Accept header for a remote store) instead of finding out.
   */
  readonly form?: QueryForm;
}

/** How a SELECT or ASK answer is to be written by the store itself. */
export interface TextQueryOptions extends QueryOptions {
  readonly mediaType: ResultMediaType;
  /** Rows beyond which the text is cut (and marked truncated). */
  readonly maxResults: number;
}

/** A read-only view of the knowledge base: what the SPARQL and export layers need. */
export interface KnowledgeStore {
  query(sparql: string, options?: QueryOptions): Promise<QueryResult>;
  /** A SELECT or ASK query answered as text the store writes itself (./result-text.ts), with no term object per value. */
  queryText(sparql: string, options: TextQueryOptions): Promise<ResultText>;
  /** The result formats queryText writes faithfully; absent, all four (a remote store may write some in a dialect of its own). */
  readonly textMediaTypes?: readonly ResultMediaType[];
  /** All quads, optionally of one graph (`null` graph = every graph). */
  quads(graph?: string | null): Promise<readonly RDF.Quad[]>;
  /** Names of the named graphs. */
  graphs(): Promise<readonly string[]>;
  size(): Promise<number>;
  /** Counts the writes applied since the store was loaded (absent: a store that never changes); derived values (./derived.ts) follow it. */
  readonly version?: number;
}

/** Where committed writes go after the write path (src/store/writes) has validated and journalled them. */
export interface ChangeSink {
  /** Applies one committed write; rejects when the backend did not take it (the write is then not acknowledged). */
  applyChanges(changes: readonly GraphChange[]): Promise<void>;
}
