/**
 * The one typed wrapper around npm `oxigraph` (WebAssembly). It hides the
 * library's mixed return type (`boolean | Map[] | Quad[] | string`), its
 * snake_case options and its wasm-backed term objects: callers get n3
 * DataFactory terms and the `QueryResult` union of ./types.
 */
import * as ox from 'oxigraph';
import { DataFactory } from './data-factory';
import type * as RDF from '@rdfjs/types';
import { BadRequestError, InternalError, ParseError, QuerySyntaxError, ResourceError, UnsupportedError } from '../errors';
import { capResultText, type ResultText } from './result-text';
import { DEFAULT_GRAPH, type Binding, type DatasetSpec, type KnowledgeStore, type QueryOptions, type QueryResult, type ResultsJsonTerm, type TextQueryOptions } from './types';

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;

/** RDF syntaxes the wrapper can parse, by media type (Oxigraph's own names). */
export type RdfSyntax = 'text/turtle' | 'application/n-triples' | 'application/n-quads' | 'application/trig' | 'application/rdf+xml';

/** A term of Oxigraph's SPARQL JSON answer (https://www.w3.org/TR/sparql11-results-json/#select-encode-terms) as an n3 term. */
function termFromJson(t: ResultsJsonTerm): RDF.Term {
  switch (t.type) {
    case 'uri':
      return namedNode(t.value);
    case 'bnode':
      return blankNode(t.value);
    case 'literal':
      return literal(t.value, t['xml:lang'] ?? (t.datatype ? namedNode(t.datatype) : undefined));
    case 'triple':
      return quad(termFromJson(t.value.subject) as RDF.Quad_Subject, termFromJson(t.value.predicate) as RDF.Quad_Predicate, termFromJson(t.value.object) as RDF.Quad_Object);
  }
}

/** Converts an Oxigraph (wasm) term into an n3 term, so nothing wasm-backed escapes this module. */
function fromOx(t: ox.Term): RDF.Term {
  switch (t.termType) {
    case 'NamedNode':
      return namedNode(t.value);
    case 'BlankNode':
      return blankNode(t.value);
    case 'Literal':
      return literal(t.value, t.language || namedNode(t.datatype.value));
    case 'DefaultGraph':
      return defaultGraph();
    case 'Quad':
      return quad(fromOx(t.subject) as RDF.Quad_Subject, fromOx(t.predicate) as RDF.Quad_Predicate, fromOx(t.object) as RDF.Quad_Object, fromOx(t.graph) as RDF.Quad_Graph);
    default:
      throw new InternalError(`Unexpected term type ${t.termType} from Oxigraph`);
  }
}

function toOx(t: RDF.Term): ox.Term {
  switch (t.termType) {
    case 'NamedNode':
      return ox.namedNode(t.value);
    case 'BlankNode':
      return ox.blankNode(t.value);
    case 'Literal':
      return t.language ? ox.literal(t.value, t.language) : ox.literal(t.value, ox.namedNode(t.datatype.value));
    case 'DefaultGraph':
      return ox.defaultGraph();
    case 'Quad':
      return ox.quad(toOx(t.subject) as ox.Quad_Subject, toOx(t.predicate) as ox.Quad_Predicate, toOx(t.object) as ox.Quad_Object, toOx(t.graph) as ox.Quad_Graph);
    default:
      throw new InternalError(`Cannot store a ${t.termType}`);
  }
}

// Oxigraph reports "Parser error at line 4 between columns 1 and 40" (1-based); older messages said "line L column C".
const POSITION = /line (\d+) (?:between columns|column) (\d+)/;
/** Oxigraph's SPARQL parser, and only it, starts its messages with "error at LINE:COLUMN:". */
const QUERY_PARSE_ERROR = /^error at (\d+):(\d+):/;
/** Oxigraph's message when a results format is given to a query that returns a graph. */
const GRAPH_QUERY_FORMAT_ERROR = 'Not supported RDF format media type';

/** Where a parser error of Oxigraph's points, as a ParseError naming the file. */
function parseError(e: unknown, file: string | undefined): ParseError {
  const message = e instanceof Error ? e.message : String(e);
  const m = POSITION.exec(message);
  return new ParseError(message, { file, ...(m ? { line: Number(m[1]), column: Number(m[2]) } : {}) }, { cause: e });
}

/** What a text of RDF is and where its triples go: its syntax, the file it came from (for errors), its base IRI, the graph for its triples. */
export interface RdfTextOptions {
  readonly format: RdfSyntax;
  readonly file?: string;
  readonly baseIri?: string;
  readonly graph?: string;
}

function parserOptions(options: RdfTextOptions) {
  return {
    format: options.format,
    ...(options.baseIri ? { base_iri: options.baseIri } : {}),
    ...(options.graph ? { to_graph_name: ox.namedNode(options.graph) } : {}),
  };
}

/** Parses RDF text; a syntax error becomes a ParseError with the file, line and column. */
export function parseRdf(text: string, options: RdfTextOptions): RDF.Quad[] {
  let quads: ox.Quad[];
  try {
    quads = ox.parse(text, parserOptions(options));
  } catch (e) {
    throw parseError(e, options.file);
  }
  return quads.map((q) => fromOx(q) as RDF.Quad);
}

function datasetOptions(dataset: DatasetSpec | undefined) {
  // Without an explicit dataset, queries see the union of all graphs (DEVELOPERS: "queries see the union by default").
  // This option would also override a FROM in the query, so src/sparql/service.ts passes a query's FROM / FROM NAMED as the dataset.
  if (!dataset || (!dataset.defaultGraphs && !dataset.namedGraphs)) return { use_default_graph_as_union: true };
  return {
    ...(dataset.defaultGraphs ? { default_graph: dataset.defaultGraphs.map((g) => (g === DEFAULT_GRAPH ? ox.defaultGraph() : ox.namedNode(g))) } : { use_default_graph_as_union: true }),
    ...(dataset.namedGraphs ? { named_graphs: dataset.namedGraphs.map((g) => ox.namedNode(g)) } : {}),
  };
}

/**
 * What an exception of Oxigraph's query() means. A parse error (the only kind
 * with a position) is the client's; a WebAssembly trap (`memory access out of
 * bounds`, `unreachable` when an allocation fails) or a stack overflow means
 * the query exhausted the module's memory or stack, after which the module's
 * state cannot be trusted: a ResourceError, on which the pool replaces the
 * worker. Anything else is a failure of the store, not of the request.
 */
function queryError(e: unknown): Error {
  const message = e instanceof Error ? e.message : String(e);
  // WebAssembly.RuntimeError is named "RuntimeError" (the WebAssembly JS API); its class is not in this project's type libraries.
  if (e instanceof RangeError || (e instanceof Error && e.name === 'RuntimeError')) {
    return new ResourceError(`The query exhausted the store's memory or stack (${message}); simplify the query`, { cause: e });
  }
  const m = QUERY_PARSE_ERROR.exec(message);
  if (m) return new QuerySyntaxError(message, { line: Number(m[1]), column: Number(m[2]) }, { cause: e });
  return new InternalError(`The store failed to run a query: ${message}`, { cause: e });
}

/**
 * The N-Quads lines the store gives for these quads. Oxigraph keeps literals by value: `"26"^^xsd:nonNegativeInteger`
 * comes back as `"26"^^xsd:integer`, `"1.0"^^xsd:decimal` as `"1"^^xsd:decimal`. The write path maps such lines back
 * to the terms the files and the requests wrote (src/store/writes/exact.ts), so that nothing it writes changes a datatype.
 */
export function storedLines(quads: readonly RDF.Quad[]): string[] {
  const scratch = new ox.Store();
  return quads.map((q) => {
    const o = toOx(q) as ox.Quad;
    scratch.add(o);
    const [back] = scratch.match(o.subject, o.predicate, null, o.graph);
    scratch.delete(back);
    return `${back.toString()} .`;
  });
}

/** The embedded, in-memory store. Synchronous underneath; the async methods satisfy KnowledgeStore. */
export class EmbeddedStore implements KnowledgeStore {
  private readonly store = new ox.Store();

  /**
   * Names of the named graphs, kept as quads are added, so listing them does not scan the store;
   * undefined after a bulk load (a TriG or N-Quads file names its own graphs), until asked for again.
   */
  private graphNames: Set<string> | undefined = new Set<string>();

  /** Adds quads in one go (the checks of src/store/validate.ts build their store so). */
  addAll(quads: Iterable<RDF.Quad>): void {
    const names = this.namedGraphs();
    for (const q of quads) {
      this.store.add(toOx(q) as ox.Quad);
      if (q.graph.termType === 'NamedNode') names.add(q.graph.value);
    }
  }

  /**
   * Loads RDF text with Oxigraph's own parser straight into the store (no
   * JavaScript term per triple), triples into `graph`. The load is one
   * transaction: a syntax error (a ParseError with file, line and column)
   * leaves the store as it was.
   */
  load(text: string, options: RdfTextOptions): void {
    try {
      this.store.load(text, parserOptions(options));
    } catch (e) {
      throw parseError(e, options.file);
    }
    this.graphNames = undefined;
  }

  private namedGraphs(): Set<string> {
    if (!this.graphNames) {
      // Oxigraph keeps the set of named graphs itself: this reads it, it does not scan the quads.
      const rows = this.store.query('SELECT DISTINCT ?g WHERE { GRAPH ?g {} }') as Map<string, ox.Term>[];
      this.graphNames = new Set(rows.flatMap((row) => (row.get('g')?.termType === 'NamedNode' ? [(row.get('g') as ox.NamedNode).value] : [])));
    }
    return this.graphNames;
  }

  /** Runs a query synchronously (inside a worker thread, where blocking is harmless). */
  querySync(sparql: string, options: QueryOptions = {}): QueryResult {
    const opts = { ...datasetOptions(options.dataset), ...(options.baseIri ? { base_iri: options.baseIri } : {}) };
    if (options.form === 'construct' || options.form === 'describe') return this.graphQuery(sparql, opts);
    let out: ReturnType<ox.Store['query']>;
    try {
      // SELECT and ASK come back as SPARQL JSON text: it names the projected variables even when there is no row.
      out = this.store.query(sparql, { ...opts, results_format: 'application/sparql-results+json' });
    } catch (e) {
      // A caller that did not give the form: CONSTRUCT and DESCRIBE reject a results format (Oxigraph checks it
      // after parsing, before evaluating), so they are run again without one to get quads.
      if (options.form === undefined && e instanceof Error && e.message.startsWith(GRAPH_QUERY_FORMAT_ERROR)) return this.graphQuery(sparql, opts);
      throw queryError(e);
    }
    if (typeof out === 'string') {
      const json = JSON.parse(out) as { head: { vars?: string[] }; boolean?: boolean; results?: { bindings: Record<string, ResultsJsonTerm>[] } };
      if (typeof json.boolean === 'boolean') return { kind: 'ask', value: json.boolean };
      const bindings: Binding[] = (json.results?.bindings ?? []).map((row) => {
        const b: Record<string, RDF.Term> = {};
        for (const [k, v] of Object.entries(row)) b[k] = termFromJson(v);
        return b;
      });
      return { kind: 'select', variables: json.head.vars ?? [], bindings };
    }
    if (Array.isArray(out)) return { kind: 'graph', quads: (out as ox.Quad[]).map((q) => fromOx(q) as RDF.Quad) };
    throw new InternalError(`Unexpected result of type ${typeof out} from Oxigraph`);
  }

  /** Runs a SELECT or ASK query synchronously, answered in the text Oxigraph writes. */
  queryTextSync(sparql: string, options: TextQueryOptions): ResultText {
    const opts = { ...datasetOptions(options.dataset), ...(options.baseIri ? { base_iri: options.baseIri } : {}) };
    let out: ReturnType<ox.Store['query']>;
    try {
      out = this.store.query(sparql, { ...opts, results_format: options.mediaType });
    } catch (e) {
      throw queryError(e);
    }
    if (typeof out !== 'string') throw new InternalError(`Unexpected result of type ${typeof out} from Oxigraph for a results format`);
    return capResultText(options.mediaType, out, options.maxResults);
  }

  private graphQuery(sparql: string, opts: ReturnType<typeof datasetOptions> & { base_iri?: string }): QueryResult {
    let out: ReturnType<ox.Store['query']>;
    try {
      out = this.store.query(sparql, opts);
    } catch (e) {
      throw queryError(e);
    }
    if (!Array.isArray(out)) throw new InternalError(`Unexpected result of type ${typeof out} from Oxigraph for a graph query`);
    return { kind: 'graph', quads: (out as ox.Quad[]).map((q) => fromOx(q) as RDF.Quad) };
  }

  quadsSync(graph: string | null = null): RDF.Quad[] {
    const g = graph === null ? null : ox.namedNode(graph);
    return this.store.match(null, null, null, g).map((q) => fromOx(q) as RDF.Quad);
  }

  graphsSync(): string[] {
    return [...this.namedGraphs()].sort();
  }

  get sizeSync(): number {
    return this.store.size;
  }

  // --- Writes (src/store/writes): run on a candidate copy, or applied once committed. ---

  /** A copy with the same quads and blank node labels (the write path changes a copy, never a served store). */
  copy(): EmbeddedStore {
    const out = new EmbeddedStore();
    for (const q of this.store.match(null, null, null, null)) out.store.add(q);
    out.refreshGraphNames();
    return out;
  }

  /** Runs a SPARQL 1.1 Update. A syntax error is a QuerySyntaxError; LOAD and SERVICE (no HTTP client in the store) an UnsupportedError. */
  updateSync(sparql: string, baseIri?: string): void {
    try {
      this.store.update(sparql, baseIri ? { base_iri: baseIri } : {});
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (/HTTP client/i.test(message)) throw new UnsupportedError('LOAD and SERVICE cannot fetch anything: the store has no HTTP client; send the data itself (INSERT DATA, or PUT/POST to /graphs)', { cause: e });
      // CLEAR, DROP, ADD, MOVE or COPY of a graph that is not there fails unless SILENT (SPARQL 1.1 Update §3.2): the request's error.
      const missing = /^The graph (<[^>]*>) does not exist/.exec(message);
      if (missing) throw new BadRequestError(`The graph ${missing[1]} does not exist; add SILENT (e.g. CLEAR SILENT GRAPH …) to ignore a missing graph`, { cause: e });
      // CREATE of a graph that is there fails unless SILENT (SPARQL 1.1 Update §3.2.1): the request's error too.
      const present = /^The graph (<[^>]*>) already exists/.exec(message);
      if (present) throw new BadRequestError(`The graph ${present[1]} already exists; add SILENT (CREATE SILENT GRAPH …) to ignore an existing graph`, { cause: e });
      // A blank node label names one node within one block (SPARQL 1.1 Query §19.6 and the grammar notes of §19.8): a syntax error.
      if (/cannot be shared by multiple blocks$/.test(message)) throw new QuerySyntaxError(`${message}: a blank node label belongs to one block of data or pattern`, {}, { cause: e });
      throw queryError(e);
    } finally {
      this.refreshGraphNames();
    }
  }

  /** Removes every triple of a graph (`null`: the default graph). */
  clearGraph(graph: string | null): void {
    for (const q of this.store.match(null, null, null, graph === null ? ox.defaultGraph() : ox.namedNode(graph))) this.store.delete(q);
    this.refreshGraphNames();
  }

  /** A graph's quads as N-Quads lines with their graph, blank node labels as stored (so two copies compare line by line). */
  graphLines(graph: string | null): string[] {
    // A quad's toString() is its N-Quads form without the final dot (the default graph's quads as triples);
    // dump() with from_graph_name would drop the graph name.
    return this.store.match(null, null, null, graph === null ? ox.defaultGraph() : ox.namedNode(graph)).map((q) => `${q.toString()} .`);
  }

  /** Applies N-Quads text: its quads removed (`remove`) or added. */
  applyNQuads(text: string, remove: boolean): void {
    if (text === '') return;
    for (const q of ox.parse(text, { format: 'application/n-quads' })) {
      if (remove) this.store.delete(q);
      else this.store.add(q);
    }
    this.refreshGraphNames();
  }

  /** Whether the default graph holds any triple. */
  get hasDefaultGraphTriples(): boolean {
    return this.store.match(null, null, null, ox.defaultGraph()).length > 0;
  }

  /** After a write the named graphs are read again when next asked for (see namedGraphs). */
  private refreshGraphNames(): void {
    this.graphNames = undefined;
  }

  async query(sparql: string, options?: QueryOptions): Promise<QueryResult> {
    return this.querySync(sparql, options);
  }
  async queryText(sparql: string, options: TextQueryOptions): Promise<ResultText> {
    return this.queryTextSync(sparql, options);
  }
  async quads(graph?: string | null): Promise<readonly RDF.Quad[]> {
    return this.quadsSync(graph ?? null);
  }
  async graphs(): Promise<readonly string[]> {
    return this.graphsSync();
  }
  async size(): Promise<number> {
    return this.sizeSync;
  }
}
