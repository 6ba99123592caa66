/**
 * Federated queries: a query with SERVICE patterns runs in Comunica (whose
 * SPARQL 1.1 Federated Query support is complete), over the local store
 * (./source.ts) and the allowlisted remote endpoints, reached only through
 * the guard (./guard.ts). Every SERVICE pattern is given a LIMIT, so one
 * remote call brings at most `maxResults` solutions.
 */
import type { QueryEngine } from '@comunica/query-sparql';
import type * as RDF from '@rdfjs/types';
import { DataFactory as RdfDataFactory } from 'rdf-data-factory';
import { Wildcard, type Pattern, type Query, type SelectQuery } from 'sparqljs';
import { RemoteError, TimeoutError, UnsupportedError } from '../../errors';
import type { KnowledgeStore, QueryOptions, QueryResult } from '../../store/types';
import { generateQuery, type ParsedQuery } from '../parse';
import { EndpointGuard } from './guard';
import { StoreSource } from './source';

export interface FederationOptions {
  readonly allow: readonly string[];
  /** Time limit of one remote call. */
  readonly timeoutMs: number;
  /** Solutions one remote call may give. */
  readonly maxResults: number;
  /** Time limit of the whole query (Config.queryTimeoutMs). */
  readonly queryTimeoutMs: number;
  readonly resolve?: ConstructorParameters<typeof EndpointGuard>[0]['resolve'];
}

/** Remote answers larger than this are refused (a cap on bytes besides the LIMIT, for an endpoint that ignores it). */
const MAX_BYTES = 64 * 1024 * 1024;

/** Each SERVICE pattern's group as `SELECT * { … } LIMIT n`; the syntax tree is copied, never changed. */
export function limitServices(node: unknown, limit: number): unknown {
  if (Array.isArray(node)) return node.map((n) => limitServices(n, limit));
  if (node === null || typeof node !== 'object' || (node as { termType?: unknown }).termType !== undefined) return node;
  const copy = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, limitServices(v, limit)]));
  if (copy.type === 'service') {
    const inner: SelectQuery = { type: 'query', queryType: 'SELECT', prefixes: {}, variables: [new Wildcard()], where: copy.patterns as Pattern[], limit };
    return { ...copy, patterns: [{ type: 'group', patterns: [inner] }] };
  }
  return copy;
}

export class Federation {
  readonly guard: EndpointGuard;
  private engine?: QueryEngine;

  constructor(private readonly store: KnowledgeStore, private readonly options: FederationOptions) {
    this.guard = new EndpointGuard({ allow: options.allow, timeoutMs: options.timeoutMs, maxBytes: MAX_BYTES, resolve: options.resolve });
  }

  /** Refuses, before anything runs or any connection opens, a query calling an endpoint that is not allowlisted. */
  check(query: ParsedQuery, options: QueryOptions): void {
    for (const endpoint of query.services) this.guard.checkAllowed(endpoint);
    if (options.dataset) throw new UnsupportedError('A query with SERVICE runs over the default dataset: FROM, FROM NAMED, default-graph-uri and named-graph-uri are not supported with it');
  }

  /** Runs a checked query; `ast` is its syntax tree as the query layer runs it (with the result cap's LIMIT). */
  async run(query: ParsedQuery, ast: Query, options: QueryOptions): Promise<QueryResult> {
    this.check(query, options);
    const limited = generateQuery(limitServices(ast, this.options.maxResults) as Query);
    // The guard's first refusal or failure, which Comunica wraps in messages of its own.
    let failure: Error | undefined;
    const fetch = async (input: string | URL | Request, init?: RequestInit) => {
      try {
        return await this.guard.fetch(input, init);
      } catch (e) {
        failure ??= e as Error;
        throw e;
      }
    };
    const context = {
      sources: [new StoreSource(this.store)],
      fetch,
      baseIRI: options.baseIri,
      httpRetryCount: 0,
      lenient: false,
      // A data factory that takes language tags as SPARQL JSON results parsers give them ({ language, direction }):
      // the factory Comunica 4.5 ships reads that object as a datatype and drops every language tag of a remote answer.
      '@comunica/actor-init-query:dataFactory': new RdfDataFactory(),
    } as never;
    const work = this.evaluate(query, limited, context);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError(this.options.queryTimeoutMs)), this.options.queryTimeoutMs);
    });
    try {
      return await Promise.race([work, timeout]);
    } catch (e) {
      if (failure) throw failure;
      if (e instanceof TimeoutError) throw e;
      throw new RemoteError(query.services.join(' '), `Federated query failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, { cause: e });
    } finally {
      clearTimeout(timer);
    }
  }

  private async evaluate(query: ParsedQuery, text: string, context: never): Promise<QueryResult> {
    // Loaded on the first federated query: most servers never run one, and Comunica takes a while to load.
    this.engine ??= new (await import('@comunica/query-sparql')).QueryEngine();
    const engine = this.engine;
    if (query.form === 'select') {
      const bindings = await (await engine.queryBindings(text, context)).toArray();
      const variables = query.variables === '*' ? [...new Set(bindings.flatMap((b) => [...b.keys()].map((v) => v.value)))] : [...query.variables];
      return { kind: 'select', variables, bindings: bindings.map((b) => Object.fromEntries([...b].map(([v, t]) => [v.value, t as RDF.Term]))) };
    }
    if (query.form === 'ask') return { kind: 'ask', value: await engine.queryBoolean(text, context) };
    return { kind: 'graph', quads: await (await engine.queryQuads(text, context)).toArray() };
  }
}
