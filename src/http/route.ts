/**
 * The shape of a route and of what its handler gets. Handlers parse the
 * request, call the query or export layer, and write the answer; they hold
 * no RDF logic of their own.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config';
import type { Log } from '../log';
import type { NamedQueries } from '../sparql/named';
import type { SparqlService } from '../sparql/service';
import type { PoolHealth } from '../sparql/pool';
import type { KnowledgeStore } from '../store/types';
import type { WriteService } from '../store/writes/writer';
import type { ShapesDocument } from './handlers/shapes';

/** What every handler may use: the running server's parts. */
export interface App {
  readonly config: Config;
  /** Where clients reach this server (Config.serverBase, else the address it listens on), ending in `/`: the base of the endpoint and dump URLs in descriptions. */
  readonly serverBase: string;
  /** The checked, bounded query layer (every client query goes through it). */
  readonly sparql: SparqlService;
  /** The store behind it, for reads that are not client queries (linked data, dumps). */
  readonly store: KnowledgeStore;
  readonly named: NamedQueries;
  /** The query workers: how many there are, have loaded, are busy, and how many requests wait (for /health). */
  readonly workers: () => PoolHealth;
  /** Quads in the store (counted at start, then after each write). */
  readonly triples: number;
  /** When the served data last changed (the files at start, then each write): the Last-Modified of every document. */
  readonly lastModified: Date;
  /** The SHACL shapes, parsed once at start; undefined when the ontology folder has no shapes file. */
  readonly shapes?: ShapesDocument;
  readonly log: Log;
  /** The write path; undefined when no admin token is configured (writes answer 403). */
  readonly writes?: WriteService;
}

export interface RequestContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  /** The request URL, resolved against the Host header. */
  readonly url: URL;
  /** Named groups of the route pattern. */
  readonly params: Readonly<Record<string, string>>;
  readonly app: App;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Route {
  readonly method: Method;
  /** Matched against the whole path (URL-decoded), with named groups for parameters. */
  readonly pattern: RegExp;
  readonly handler: (ctx: RequestContext) => Promise<void>;
}
