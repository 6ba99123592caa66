/**
 * The query layer the HTTP layer calls. It parses and checks every query
 * (./parse.ts), bounds its result size, and runs it on whatever
 * KnowledgeStore it is given (the worker pool today, a remote SPARQL store
 * later): nothing here depends on where the answer comes from.
 */
import type * as RDF from '@rdfjs/types';
import type { DatasetSpec, KnowledgeStore, QueryResult } from '../store/types';
import { UnsupportedError } from '../errors';
import type { Federation } from './federation/executor';
import { generateQuery, parseQuery, type ParsedQuery } from './parse';

export interface ServiceOptions {
  /** Rows (SELECT) or triples (CONSTRUCT/DESCRIBE) beyond which an answer is cut. */
  readonly maxResults: number;
  /** Base IRI for relative IRIs in queries: the endpoint itself, as the SPARQL 1.1 Protocol allows (§2.1.4 "MAY be the service endpoint"). */
  readonly baseIri: string;
}

/** The service options a configuration gives: its result cap, and the endpoint under the public base as base IRI. */
export function serviceOptions(config: { readonly maxResults: number; readonly publicBase: string }): ServiceOptions {
  return { maxResults: config.maxResults, baseIri: new URL('sparql', config.publicBase).href };
}

export interface QueryOutcome {
  readonly query: ParsedQuery;
  readonly result: QueryResult;
  /** True when the answer was cut at `maxResults`; the client must be told. */
  readonly truncated: boolean;
}

/**
 * The dataset the query's own FROM / FROM NAMED clauses describe (SPARQL 1.1
 * Query §13.2): FROM alone leaves no named graphs, FROM NAMED alone an empty
 * default graph. Undefined when it has neither, and the store's default (the
 * union of all graphs) applies. A dataset from the protocol request is used
 * instead when there is one, as the SPARQL 1.1 Protocol §2.1.4 says it
 * overrides the query's.
 */
export function queryDataset(query: ParsedQuery): DatasetSpec | undefined {
  const from = (query.ast as { from?: { default?: readonly RDF.NamedNode[]; named?: readonly RDF.NamedNode[] } }).from;
  const defaultGraphs = from?.default?.map((g) => g.value) ?? [];
  const namedGraphs = from?.named?.map((g) => g.value) ?? [];
  return defaultGraphs.length || namedGraphs.length ? { defaultGraphs, namedGraphs } : undefined;
}

export class SparqlService {
  constructor(
    private readonly store: KnowledgeStore,
    readonly options: ServiceOptions,
    /** Where queries with SERVICE go (./federation/); without it they are refused. */
    private readonly federation?: Federation,
  ) {}

  /** Parses a query text (QuerySyntaxError / UnsupportedError when refused). */
  parse(text: string): ParsedQuery {
    return parseQuery(text, { baseIri: this.options.baseIri });
  }

  async query(text: string, dataset?: DatasetSpec): Promise<QueryOutcome> {
    return this.run(this.parse(text), dataset);
  }

  /**
   * Runs a checked query. A LIMIT of maxResults + 1 is set in the syntax tree
   * when the query has none (or a larger one), so the store never builds more
   * than one row past the cap, and the extra row tells that the answer was cut.
   */
  async run(query: ParsedQuery, protocolDataset?: DatasetSpec): Promise<QueryOutcome> {
    const dataset = protocolDataset ?? queryDataset(query);
    const cap = this.options.maxResults + 1;
    // sparqljs sets `limit` on every query form; its typings declare it on SELECT only.
    const ast = query.ast as ParsedQuery['ast'] & { limit?: number };
    const limited = ast.queryType !== 'ASK' && (ast.limit === undefined || ast.limit > cap);
    const runAst = limited ? ({ ...ast, limit: cap } as ParsedQuery['ast']) : ast;
    const options = { dataset, baseIri: this.options.baseIri, form: query.form };
    if (query.services.length > 0) {
      if (!this.federation) throw new UnsupportedError(`SERVICE <${query.services[0]}> is not allowed: federated queries are off here (KB_FEDERATION_ALLOW)`);
      return { query, ...this.cut(await this.federation.run(query, runAst, options)) };
    }
    const text = limited ? generateQuery(runAst) : query.text;
    const result = await this.store.query(text, options);
    return { query, ...this.cut(result) };
  }

  private cut(result: QueryResult): { result: QueryResult; truncated: boolean } {
    const max = this.options.maxResults;
    if (result.kind === 'select' && result.bindings.length > max) return { result: { ...result, bindings: result.bindings.slice(0, max) }, truncated: true };
    if (result.kind === 'graph' && result.quads.length > max) return { result: { ...result, quads: result.quads.slice(0, max) }, truncated: true };
    return { result, truncated: false };
  }
}
