/**
 * The messages between the worker pool and its threads, and how errors cross
 * the boundary: structured clone keeps an Error's message but not its class,
 * so the known KbError kinds are rebuilt by name on the pool's side.
 */
import { InternalError, KbError, ParseError, QuerySyntaxError, ResourceError, UnsupportedError, formatPosition, type TextPosition } from '../errors';
import type { QueryOptions } from '../store/types';

export type WorkerRequest =
  | { readonly id: number; readonly op: 'query'; readonly sparql: string; readonly options: QueryOptions }
  | { readonly id: number; readonly op: 'quads'; readonly graph: string | null }
  | { readonly id: number; readonly op: 'graphs' | 'size' };

type WithoutId<R> = R extends WorkerRequest ? Omit<R, 'id'> : never;
/** A request before the pool numbers it. */
export type RequestBody = WithoutId<WorkerRequest>;

export interface WireError {
  readonly name: string;
  readonly code?: string;
  /** The message without the position prefix that the error classes add themselves. */
  readonly message: string;
  readonly position?: TextPosition;
}

export type WorkerReply =
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly error: WireError }
  | { readonly type: 'answer'; readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly type: 'answer'; readonly id: number; readonly ok: false; readonly error: WireError };

export function errorToWire(e: unknown): WireError {
  if (e instanceof ParseError || e instanceof QuerySyntaxError) {
    return { name: e.name, code: e.code, message: e.message.slice(formatPosition(e.position).length), position: e.position };
  }
  if (e instanceof KbError) return { name: e.name, code: e.code, message: e.message };
  return { name: 'Error', message: e instanceof Error ? e.message : String(e) };
}

export function errorFromWire(w: WireError): Error {
  switch (w.name) {
    case 'ParseError':
      return new ParseError(w.message, w.position ?? {});
    case 'QuerySyntaxError':
      return new QuerySyntaxError(w.message, w.position ?? {});
    case 'UnsupportedError':
      return new UnsupportedError(w.message);
    case 'ResourceError':
      return new ResourceError(w.message, { code: w.code });
    case 'InternalError':
      return new InternalError(w.message);
    default:
      return w.code ? new KbError(w.code, w.message) : new InternalError(w.message);
  }
}
