/**
 * The messages between the worker pool and its threads, and how errors cross
 * the boundary: structured clone keeps an Error's message but not its class,
 * so the known KbError kinds are rebuilt by name on the pool's side, with the
 * worker's stack kept as the cause (the log then shows where it failed).
 */
import { BadRequestError, ConfigError, InternalError, KbError, NotFoundError, ParseError, QuerySyntaxError, ResourceError, UnsupportedError, formatPosition, type TextPosition } from '../errors';
import type { QueryOptions, TextQueryOptions } from '../store/types';
import type { GraphChange } from '../store/writes/change';

export type WorkerRequest =
  | { readonly id: number; readonly op: 'query'; readonly sparql: string; readonly options: QueryOptions }
  | { readonly id: number; readonly op: 'queryText'; readonly sparql: string; readonly options: TextQueryOptions }
  | { readonly id: number; readonly op: 'quads'; readonly graph: string | null }
  | { readonly id: number; readonly op: 'graphs' | 'size' }
  /** A committed write (src/store/writes), applied before any request posted after it. */
  | { readonly id: number; readonly op: 'apply'; readonly changes: readonly GraphChange[] };

type WithoutId<R> = R extends WorkerRequest ? Omit<R, 'id'> : never;
/** A request before the pool numbers it. */
export type RequestBody = WithoutId<WorkerRequest>;

export interface WireError {
  readonly name: string;
  readonly code?: string;
  /** The message without the position prefix that the error classes add themselves. */
  readonly message: string;
  readonly position?: TextPosition;
  /** The stack in the worker, for the server log. */
  readonly stack?: string;
}

export type WorkerReply =
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly error: WireError }
  | { readonly type: 'answer'; readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly type: 'answer'; readonly id: number; readonly ok: false; readonly error: WireError };

export function errorToWire(e: unknown): WireError {
  const stack = e instanceof Error ? e.stack : undefined;
  if (e instanceof ParseError || e instanceof QuerySyntaxError) {
    return { name: e.name, code: e.code, message: e.message.slice(formatPosition(e.position).length), position: e.position, stack };
  }
  if (e instanceof KbError) return { name: e.name, code: e.code, message: e.message, stack };
  return { name: 'Error', message: e instanceof Error ? e.message : String(e), stack };
}

type Rebuild = (w: WireError, options: { cause?: unknown }) => KbError;

/** Every error class a worker can raise, by name (timeouts are the pool's own); anything else arrives as an InternalError. */
const REBUILD: Readonly<Record<string, Rebuild>> = {
  ParseError: (w, o) => new ParseError(w.message, w.position ?? {}, o),
  QuerySyntaxError: (w, o) => new QuerySyntaxError(w.message, w.position ?? {}, o),
  UnsupportedError: (w, o) => new UnsupportedError(w.message, o),
  BadRequestError: (w, o) => new BadRequestError(w.message, o),
  NotFoundError: (w, o) => new NotFoundError(w.message, o),
  ConfigError: (w, o) => new ConfigError(w.message, o),
  ResourceError: (w, o) => new ResourceError(w.message, { ...o, code: w.code }),
  InternalError: (w, o) => new InternalError(w.message, o),
};

export function errorFromWire(w: WireError): KbError {
  // The worker's stack travels as the cause: the pool-side stack alone would only show this function.
  const cause = w.stack ? Object.assign(new Error(w.message), { stack: w.stack }) : undefined;
  const rebuild = REBUILD[w.name];
  return rebuild ? rebuild(w, { cause }) : new InternalError(w.message, { cause });
}
