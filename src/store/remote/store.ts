/**
 * A remote SPARQL 1.1 store behind the KnowledgeStore interface: every
 * query, page, export and statistic of CDKG runs there, over CDKG's graphs
 * only (./dataset.ts), and committed writes arrive through ChangeSink as
 * SPARQL Update (./sparql-text.ts). Nothing is held here but the list of
 * CDKG's graphs, so any number of front ends can share one store.
 */
import { DataFactory } from '../n3';
import { Generator, Parser, type SparqlQuery } from 'sparqljs';
import type * as RDF from '@rdfjs/types';
import { REMOTE_GRAPHS, SD, RDF as RDFNS } from '../../../ontology/namespaces';
import type { RemoteSparqlConfig } from '../../config';
import { ConfigError, ResourceError } from '../../errors';
import { capResultText, type ResultMediaType, type ResultText } from '../result-text';
import type { ChangeSink, DatasetSpec, KnowledgeStore, QueryOptions, QueryResult, TextQueryOptions } from '../types';
import type { GraphChange } from '../writes/change';
import { quadsOfLines } from '../writes/replay';
import { datasetFields, protocolDataset, type ProtocolDataset } from './dataset';
import { RemoteHttp, type RemoteResponse } from './http';
import { GRAPH_ACCEPT, quadsOfGraphText, resultOfJson, standardJson } from './results';
import { chunks, deleteText, insertText } from './sparql-text';

const { defaultGraph } = DataFactory;

/**
 * Triples per update request. Virtuoso compiles an update into SQL and refuses one of more than 10,000 lines
 * ("SP031 … exceeded 10000 lines of code"), which 2,000 triples pass; 500 stay well below.
 */
export const UPDATE_CHUNK = 500;

/** How long the list of CDKG's graphs is trusted before it is read again (another front end may have added a graph). */
const GRAPH_LIST_TTL_MS = 5000;

/** What /health reports for a remote store, in the worker pool's shape (no local workers; requests under way). */
export interface RemoteHealth {
  readonly workers: number;
  readonly ready: number;
  readonly busy: number;
  readonly queued: number;
}

export interface RemoteStoreOptions {
  readonly sparql: RemoteSparqlConfig;
  readonly queryTimeoutMs: number;
}

export class RemoteStore implements KnowledgeStore, ChangeSink {
  readonly http: RemoteHttp;
  private named: { graphs: readonly string[]; at: number } | undefined;
  private reading: Promise<readonly string[]> | undefined;
  private inFlight = 0;
  private applied = 0;

  constructor(private readonly options: RemoteStoreOptions) {
    const { user, password } = options.sparql;
    this.http = new RemoteHttp(user && password ? { user, password } : undefined);
  }

  /** Opens the store: it must answer and hold CDKG's graphs (`npx kb push` puts them there). */
  static async open(options: RemoteStoreOptions): Promise<RemoteStore> {
    const store = new RemoteStore(options);
    const graphs = await store.graphs();
    if (graphs.length === 0) throw new ConfigError(`The remote SPARQL store at ${new URL(options.sparql.queryUrl).origin} holds no CDKG graphs: run \`npx kb push\` first (docs/deployment.md)`);
    return store;
  }

  /** Writes applied through this front end (KnowledgeStore.version: derived values follow it). */
  get version(): number {
    return this.applied;
  }

  health(): RemoteHealth {
    return { workers: 0, ready: 1, busy: this.inFlight, queued: 0 };
  }

  async query(sparql: string, options: QueryOptions = {}): Promise<QueryResult> {
    const graph = options.form === 'construct' || options.form === 'describe';
    const res = await this.select(sparql, options.dataset, options.baseIri, graph ? GRAPH_ACCEPT : 'application/sparql-results+json');
    this.refuseCut(res);
    if (graph || res.contentType !== 'application/sparql-results+json') return { kind: 'graph', quads: quadsOfGraphText(res.text, res.contentType) };
    return resultOfJson(res.text);
  }

  /**
   * JSON passes through, rewritten into the standard form (./results.ts); CDKG writes the other formats from the
   * terms, as Virtuoso's are dialects: its TSV is not SPARQL's (IRIs as quoted strings, language tags dropped, no `?`
   * in the header), and it answers some ASK queries as a row of `__ASK_RETVAL`, which only the JSON rewrite mends.
   */
  readonly textMediaTypes: readonly ResultMediaType[] = ['application/sparql-results+json'];

  async queryText(sparql: string, options: TextQueryOptions): Promise<ResultText> {
    const res = await this.select(sparql, options.dataset, options.baseIri, options.mediaType);
    const text = options.mediaType === 'application/sparql-results+json' ? standardJson(res.text) : res.text;
    const capped = capResultText(options.mediaType, text, options.maxResults);
    // Cut by the store's own row limit: the client is told, as for the cap.
    return cutBy(res) ? { ...capped, truncated: true } : capped;
  }

  async quads(graph?: string | null): Promise<readonly RDF.Quad[]> {
    const all = await this.graphs();
    const named = graph == null ? [...all, REMOTE_GRAPHS.defaultGraph] : all.includes(graph) ? [graph] : [REMOTE_GRAPHS.empty];
    const res = await this.select('SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }', undefined, undefined, 'application/sparql-results+json', true, { defaultGraphs: [REMOTE_GRAPHS.empty], namedGraphs: named });
    this.refuseCut(res);
    const result = resultOfJson(res.text);
    if (result.kind !== 'select') return [];
    return result.bindings.map((b) =>
      DataFactory.quad(b.s as RDF.Quad_Subject, b.p as RDF.Quad_Predicate, b.o as RDF.Quad_Object, b.g.value === REMOTE_GRAPHS.defaultGraph ? defaultGraph() : (b.g as RDF.NamedNode)),
    );
  }

  /** CDKG's named graphs on the remote store, from the registry graph `kb push` wrote (read again after a few seconds). */
  async graphs(): Promise<readonly string[]> {
    if (this.named && Date.now() - this.named.at < GRAPH_LIST_TTL_MS) return this.named.graphs;
    this.reading ??= this.readRegistry().finally(() => (this.reading = undefined));
    return this.reading;
  }

  /** Drops the cached list of graphs (after a push), so the next request reads it again. */
  forgetGraphs(): void {
    this.named = undefined;
  }

  async size(): Promise<number> {
    const named = [...(await this.graphs()), REMOTE_GRAPHS.defaultGraph];
    const res = await this.select('SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }', undefined, undefined, 'application/sparql-results+json', true, { defaultGraphs: [REMOTE_GRAPHS.empty], namedGraphs: named });
    const result = resultOfJson(res.text);
    return result.kind === 'select' ? Number(result.bindings[0]?.n?.value ?? 0) : 0;
  }

  /**
   * Applies a committed write with SPARQL Update, graph by graph: a replacement drops the graph and inserts its new
   * content, a delta deletes and inserts its triples. Rejects when the store did not take it (the write is then
   * not acknowledged); a write of several requests may have been taken in part (docs/deployment.md).
   */
  async applyChanges(changes: readonly GraphChange[]): Promise<void> {
    const known = new Set(await this.graphs());
    const created: string[] = [];
    const emptied: string[] = [];
    const shrunk: string[] = [];
    for (const change of changes) {
      const graph = change.graph ?? REMOTE_GRAPHS.defaultGraph;
      const add = quadsOfLines(change.add.split('\n').filter((l) => l !== ''));
      const remove = quadsOfLines(change.remove.split('\n').filter((l) => l !== ''));
      const first = [change.mode === 'replace' ? `DROP SILENT GRAPH <${graph}>` : remove.length ? deleteText(graph, remove) : ''].filter(Boolean);
      const inserts = chunks(add, UPDATE_CHUNK).map((c) => insertText(graph, c));
      // The removal and the first insertion in one request, so a small write is one request.
      const requests = [[...first, ...inserts.slice(0, 1)].join(' ;\n'), ...inserts.slice(1)].filter((r) => r !== '');
      for (const text of requests) await this.update(text);
      if (change.graph !== null && !known.has(change.graph) && add.length) created.push(change.graph);
      if (change.graph !== null && known.has(change.graph) && (remove.length > 0 || change.mode === 'replace')) shrunk.push(change.graph);
    }
    // A graph left empty (Graph Store DELETE) leaves the list, as it leaves the embedded store's.
    for (const g of shrunk) {
      const res = await this.select('ASK { GRAPH ?g { ?s ?p ?o } }', undefined, undefined, 'application/sparql-results+json', true, { defaultGraphs: [REMOTE_GRAPHS.empty], namedGraphs: [g] });
      const left = resultOfJson(res.text);
      if (left.kind === 'ask' && !left.value) emptied.push(g);
    }
    const registry = [...(emptied.length ? [deleteText(REMOTE_GRAPHS.registry, registryQuads(emptied))] : []), ...(created.length ? [insertText(REMOTE_GRAPHS.registry, registryQuads(created))] : [])];
    if (registry.length) {
      await this.update(registry.join(' ;\n'));
      this.named = undefined;
    }
    this.applied++;
  }

  /** Runs an update on the update endpoint. */
  async update(text: string, timeoutMs = this.options.queryTimeoutMs): Promise<void> {
    await this.track(this.http.send({ url: this.options.sparql.updateUrl, method: 'POST', body: new URLSearchParams({ update: text }), contentType: 'application/x-www-form-urlencoded', timeoutMs, what: 'update' }));
  }

  private async readRegistry(): Promise<readonly string[]> {
    const res = await this.select(`SELECT DISTINCT ?g WHERE { ?g a <${SD.NamedGraph}> }`, undefined, undefined, 'application/sparql-results+json', false, { defaultGraphs: [REMOTE_GRAPHS.registry], namedGraphs: [REMOTE_GRAPHS.empty] });
    const result = resultOfJson(res.text);
    const graphs = result.kind === 'select' ? result.bindings.map((b) => b.g.value).sort() : [];
    this.named = { graphs, at: Date.now() };
    return graphs;
  }

  /** Sends a query; `dataset` in CDKG's terms unless `remote` gives the remote graphs themselves. */
  private async select(sparql: string, dataset: DatasetSpec | undefined, baseIri: string | undefined, accept: string, internal = false, remote?: ProtocolDataset): Promise<RemoteResponse> {
    const form = new URLSearchParams();
    form.set('query', withBase(withoutFrom(sparql, baseIri), baseIri));
    datasetFields(form, remote ?? protocolDataset(dataset, await this.graphs()));
    return this.track(this.http.send({ url: this.options.sparql.queryUrl, method: 'POST', body: form, contentType: 'application/x-www-form-urlencoded', accept, timeoutMs: this.options.queryTimeoutMs, what: internal ? 'internal query' : 'query', idempotent: true }));
  }

  private async track<T>(p: Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await p;
    } finally {
      this.inFlight--;
    }
  }

  /** A store that cut an answer at its own row limit would give wrong pages and counts: refused, naming the setting. */
  private refuseCut(res: RemoteResponse): void {
    if (cutBy(res)) throw new ResourceError(`The remote SPARQL store cut its answer at ${cutBy(res)} rows (its own limit, Virtuoso's [SPARQL] ResultSetMaxRows); raise that limit above KB_MAX_RESULTS and the store's size (docs/deployment.md)`, { code: 'REMOTE_CUT' });
  }
}

/**
 * The query without its FROM and FROM NAMED clauses, which the query layer has already turned into the dataset
 * (ParsedQuery.dataset, src/sparql/parse.ts): Virtuoso reads a query's FROM even when the protocol names the dataset
 * (which SPARQL 1.1 Protocol §2.1.4 says overrides it), and a FROM naming one of its own graphs would read that graph.
 */
function withoutFrom(sparql: string, baseIri: string | undefined): string {
  if (!/\bFROM\b/i.test(sparql)) return sparql;
  const parsed = new Parser({ baseIRI: baseIri }).parse(sparql) as { from?: unknown };
  if (!parsed.from) return sparql;
  delete parsed.from;
  return new Generator().stringify(parsed as SparqlQuery);
}

/** Comments and white space before a query's first keyword (SPARQL 1.1 Query §19.6). */
const LEADING = /^(?:\s|#[^\n]*\n?)*/;

/**
 * The query with the base IRI as its first line: a remote store cannot be told it otherwise. A query that starts
 * with its own BASE keeps it (a later BASE would win anyway); Virtuoso refuses a BASE anywhere but first.
 */
function withBase(sparql: string, baseIri: string | undefined): string {
  if (!baseIri || /^BASE\b/i.test(sparql.replace(LEADING, ''))) return sparql;
  return `BASE <${baseIri}>\n${sparql}`;
}

/** The row limit a store reports having applied (Virtuoso's X-SPARQL-MaxRows header), if it cut the answer. */
function cutBy(res: RemoteResponse): string | undefined {
  return res.header('X-SPARQL-MaxRows');
}

/** The registry's triples for these graphs: each a sd:NamedGraph (SPARQL 1.1 Service Description §3.4). */
export function registryQuads(graphs: readonly string[]): RDF.Quad[] {
  const { quad, namedNode } = DataFactory;
  return graphs.map((g) => quad(namedNode(g), namedNode(RDFNS.type), namedNode(SD.NamedGraph)));
}
