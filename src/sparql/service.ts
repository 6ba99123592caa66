/**
 * The query layer the HTTP layer calls. It parses and checks every query
 * (./parse.ts), bounds its result size, and runs it on whatever
 * KnowledgeStore it is given (the worker pool today, a remote SPARQL store
 * later): nothing here depends on where the answer comes from.
 */
import type { ResultMediaType, ResultText } from '../store/result-text';
import type { DatasetSpec, KnowledgeStore, QueryResult } from '../store/types';
import { InternalError, QuerySyntaxError, UnsupportedError } from '../errors';
import type { Federation } from './federation/executor';
import { generateQuery, parseQuery, scannedQuery, type ParsedQuery } from './parse';
import { scanQuery } from './scan';

export interface ServiceOptions {
  /** Rows (SELECT) or triples (CONSTRUCT/DESCRIBE) beyond which an answer is cut. */
  readonly maxResults: number;
  /** Base IRI for relative IRIs in queries: the endpoint itself, as the SPARQL 1.1 Protocol allows (§2.1.4 "MAY be the service endpoint"). */
  readonly baseIri: string;
  /**
   * Whether the store's own parser may be the only check of a simple query (./scan.ts): so for the embedded
   * Oxigraph store, a strict SPARQL 1.1 parser; not for a remote store, which may accept a dialect of its own.
   */
  readonly storeParses: boolean;
}

/** The service options a configuration gives: its result cap, the endpoint under the public base as base IRI, and which store parses. */
export function serviceOptions(config: { readonly maxResults: number; readonly publicBase: string; readonly store: 'embedded' | 'sparql' }): ServiceOptions {
  return { maxResults: config.maxResults, baseIri: new URL('sparql', config.publicBase).href, storeParses: config.store === 'embedded' };
}

export interface QueryOutcome {
  readonly query: ParsedQuery;
  readonly result: QueryResult;
  /** True when the answer was cut at `maxResults`; the client must be told. */
  readonly truncated: boolean;
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
   * Parses a query text (QuerySyntaxError / UnsupportedError when refused);
   * a simple query is only scanned, and the store parses it (see run). Accepted texts are remembered: the same text again is the same checked
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
    const scan = this.options.storeParses ? scanQuery(text) : undefined;
    // A LIMIT above the cap needs the syntax tree rewritten (see capText), so the full parse.
    const parsed = scan && (scan.limit === undefined || scan.limit <= this.options.maxResults + 1) ? scannedQuery(text, scan, { baseIri: this.options.baseIri }) : parseQuery(text, { baseIri: this.options.baseIri });
    this.checked.set(text, parsed);
    if (this.checked.size > CHECKED_CACHE_SIZE) this.checked.delete(this.checked.keys().next().value as string);
    return parsed;
  }

  async query(text: string, dataset?: DatasetSpec): Promise<QueryOutcome> {
    return this.run(this.parse(text), dataset);
  }

  /** Runs a checked query; the answer is cut at maxResults (see capText). */
  async run(query: ParsedQuery, protocolDataset?: DatasetSpec): Promise<QueryOutcome> {
    const options = { dataset: protocolDataset ?? query.dataset, baseIri: this.options.baseIri, form: query.form };
    if (query.services.length > 0) {
      if (!this.federation) throw new UnsupportedError(`SERVICE <${query.services[0]}> is not allowed: federated queries are off here (KB_FEDERATION_ALLOW)`);
      return { query, ...this.cut(await this.federation.run(query, this.cappedAst(query), options)) };
    }
    const result = await this.checking(query, () => this.store.query(this.capText(query), options));
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
    const answer = await this.checking(query, () => this.store.queryText(this.capText(query), {
      dataset: protocolDataset ?? query.dataset,
      baseIri: this.options.baseIri,
      form: query.form,
      mediaType,
      maxResults: this.options.maxResults,
    }));
    return { query, answer };
  }

  /**
   * Runs a query on the store; when the store's parser refuses a text sparqljs has not seen, sparqljs's error is
   * the one given (its message names the token expected, as for every other query), and the text is forgotten.
   */
  private async checking<T>(query: ParsedQuery, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (e) {
      if (!query.checked && e instanceof QuerySyntaxError) {
        this.checked.delete(query.text);
        parseQuery(query.text, { baseIri: this.options.baseIri });
      }
      throw e;
    }
  }

  /**
   * Whether the store alone answers the query, so that runText() can (SERVICE goes through the federation), and,
   * given a result format, whether the store writes that format itself (else run() and this program's writers do).
   */
  answersAsText(query: ParsedQuery, mediaType?: ResultMediaType): boolean {
    if (mediaType !== undefined && this.store.textMediaTypes && !this.store.textMediaTypes.includes(mediaType)) return false;
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
      if (query.form === 'ask' || (query.limit !== undefined && query.limit <= cap)) text = query.text;
      else if (query.limit === undefined && !query.trailingValues) text = `${query.text}\nLIMIT ${cap}`;
      else text = generateQuery({ ...query.ast, limit: cap } as ParsedQuery['ast']);
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
