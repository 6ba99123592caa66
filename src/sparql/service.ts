/**
 * The query layer the HTTP layer calls. It parses and checks every query
 * (./parse.ts), bounds its result size, and runs it on whatever
 * KnowledgeStore it is given (the worker pool today, a remote SPARQL store
 * later): nothing here depends on where the answer comes from.
 */
import type * as RDF from '@rdfjs/types';
import type { ResultMediaType, ResultText } from '../store/result-text';
import type { DatasetSpec, KnowledgeStore, QueryResult } from '../store/types';
import { InternalError, UnsupportedError } from '../errors';
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

/** A SELECT or ASK answer as the store wrote it (see src/store/result-text.ts). */
export interface TextOutcome {
  readonly query: ParsedQuery;
  readonly answer: ResultText;
}

/** How many checked query texts are kept (a client repeating a query skips the parser). */
const CHECKED_CACHE_SIZE = 1000;

export class SparqlService {
  /** Checked queries by text, oldest first (a Map keeps insertion order). */
  private readonly checked = new Map<string, ParsedQuery>();
  /** The text each checked query runs as, with the cap's LIMIT. */
  private readonly capped = new WeakMap<ParsedQuery, string>();

  constructor(
    private readonly store: KnowledgeStore,
    readonly options: ServiceOptions,
    /** Where queries with SERVICE go (./federation/); without it they are refused. */
    private readonly federation?: Federation,
  ) {}

  /**
   * Parses a query text (QuerySyntaxError / UnsupportedError when refused).
   * Accepted texts are remembered: the same text again is the same checked
   * query (the base IRI is this service's, so the text alone decides). Refused
   * ones are parsed again each time, to give their error.
   */
  parse(text: string): ParsedQuery {
    const known = this.checked.get(text);
    if (known) {
      this.checked.delete(text);
      this.checked.set(text, known);
      return known;
    }
    const parsed = parseQuery(text, { baseIri: this.options.baseIri });
    this.checked.set(text, parsed);
    if (this.checked.size > CHECKED_CACHE_SIZE) this.checked.delete(this.checked.keys().next().value as string);
    return parsed;
  }

  async query(text: string, dataset?: DatasetSpec): Promise<QueryOutcome> {
    return this.run(this.parse(text), dataset);
  }

  /** Runs a checked query; the answer is cut at maxResults (see capText). */
  async run(query: ParsedQuery, protocolDataset?: DatasetSpec): Promise<QueryOutcome> {
    const options = { dataset: protocolDataset ?? queryDataset(query), baseIri: this.options.baseIri, form: query.form };
    if (query.services.length > 0) {
      if (!this.federation) throw new UnsupportedError(`SERVICE <${query.services[0]}> is not allowed: federated queries are off here (KB_FEDERATION_ALLOW)`);
      return { query, ...this.cut(await this.federation.run(query, this.cappedAst(query), options)) };
    }
    const result = await this.store.query(this.capText(query), options);
    return { query, ...this.cut(result) };
  }

  /** The syntax tree with the cap's LIMIT (see capText), for the federation, which plans from the tree. */
  private cappedAst(query: ParsedQuery): ParsedQuery['ast'] {
    const cap = this.options.maxResults + 1;
    // sparqljs sets `limit` on every query form; its typings declare it on SELECT only.
    const ast = query.ast as ParsedQuery['ast'] & { limit?: number };
    return ast.queryType !== 'ASK' && (ast.limit === undefined || ast.limit > cap) ? ({ ...ast, limit: cap } as ParsedQuery['ast']) : ast;
  }

  /**
   * Runs a checked SELECT or ASK query answered as text in a standard result
   * format, written by the store. Not for a query with SERVICE (see
   * `answersAsText`), which the federation answers.
   */
  async runText(query: ParsedQuery, mediaType: ResultMediaType, protocolDataset?: DatasetSpec): Promise<TextOutcome> {
    if (!this.answersAsText(query)) throw new InternalError('runText() was given a federated query; run() answers it');
    const answer = await this.store.queryText(this.capText(query), {
      dataset: protocolDataset ?? queryDataset(query),
      baseIri: this.options.baseIri,
      form: query.form,
      mediaType,
      maxResults: this.options.maxResults,
    });
    return { query, answer };
  }

  /** Whether the store alone answers the query, so that runText() can (SERVICE goes through the federation). */
  answersAsText(query: ParsedQuery): boolean {
    return (query.form === 'select' || query.form === 'ask') && query.services.length === 0;
  }

  /**
   * The text a query runs as: with a LIMIT of maxResults + 1 when it has none
   * (or a larger one), so the store never builds more than one row past the
   * cap, and the extra row tells that the answer was cut. Without a LIMIT or
   * a trailing VALUES block, one is appended after a line break (past any
   * final comment): the solution modifiers end the query there (SPARQL 1.1
   * Query §19.8 [7], [18]), so the text, and every position in it, stays as
   * sent. Otherwise the syntax tree is written back with the new LIMIT.
   */
  private capText(query: ParsedQuery): string {
    let text = this.capped.get(query);
    if (text === undefined) {
      const cap = this.options.maxResults + 1;
      // sparqljs sets `limit` and `values` on every query form; its typings declare them on some only.
      const ast = query.ast as ParsedQuery['ast'] & { limit?: number; values?: unknown };
      if (ast.queryType === 'ASK' || (ast.limit !== undefined && ast.limit <= cap)) text = query.text;
      else if (ast.limit === undefined && ast.values === undefined) text = `${query.text}\nLIMIT ${cap}`;
      else text = generateQuery({ ...ast, limit: cap } as ParsedQuery['ast']);
      this.capped.set(query, text);
    }
    return text;
  }

  private cut(result: QueryResult): { result: QueryResult; truncated: boolean } {
    const max = this.options.maxResults;
    if (result.kind === 'select' && result.bindings.length > max) return { result: { ...result, bindings: result.bindings.slice(0, max) }, truncated: true };
    if (result.kind === 'graph' && result.quads.length > max) return { result: { ...result, quads: result.quads.slice(0, max) }, truncated: true };
    return { result, truncated: false };
  }
}
