/**
 * The one place where errors become HTTP statuses. Errors of the protocol
 * itself (405, 406, 413, 415) are defined here, the domain errors come from
 * src/errors.ts; anything unknown is logged and answered with a bare 500 that
 * names a reference, never the internals.
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Log } from '../log';
import { NO_STORE } from './cache';
import { AuthenticationError, BadRequestError, KbError, NotFoundError, NotSerialisableError, ParseError, QuerySyntaxError, RemoteError, ResourceError, TimeoutError, UnsupportedError, ValidationError, WritesDisabledError, formatPosition } from '../errors';

/** An error whose status the HTTP protocol itself decides, with headers the status requires (Allow for 405). */
export class HttpError extends KbError {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(`HTTP_${status}`, message);
  }
}

export const methodNotAllowed = (allowed: readonly string[]) =>
  new HttpError(405, `Method not allowed here; use ${allowed.join(', ')}`, { Allow: allowed.join(', ') });
export const notAcceptable = (offered: readonly string[]) => new HttpError(406, `None of the acceptable media types can be produced; available: ${offered.join(', ')}`);
export const unsupportedMediaType = (message: string) => new HttpError(415, message);
export const payloadTooLarge = (limit: number) => new HttpError(413, `Request body larger than ${limit} bytes`);

export interface ErrorResponse {
  readonly status: number;
  readonly message: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Maps an error to its status and the message the client may see; `reference` names the request in the log. */
export function toResponse(error: unknown, log: Log, reference: string = randomUUID()): ErrorResponse {
  if (error instanceof HttpError) return { status: error.status, message: error.message, headers: error.headers };
  if (error instanceof QuerySyntaxError) {
    const { line, column } = error.position;
    const where = line !== undefined ? ` at line ${line}${column !== undefined ? `, column ${column}` : ''}` : '';
    return { status: 400, message: `Query syntax error${where}: ${error.message.slice(formatPosition(error.position).length)}`, headers: {} };
  }
  if (error instanceof UnsupportedError || error instanceof BadRequestError || error instanceof ParseError) {
    return { status: 400, message: error.message, headers: {} };
  }
  // 406: the data exists, only the chosen syntax cannot write it (RFC 9110 §15.5.7); another format can.
  if (error instanceof NotSerialisableError) {
    const others = error.format === 'xml' ? 'JSON, CSV or TSV results carry any literal' : 'Turtle, N-Triples or JSON-LD carry any RDF';
    return { status: 406, message: `${error.message}; ask for another format (${others})`, headers: {} };
  }
  if (error instanceof NotFoundError) return { status: 404, message: error.message, headers: {} };
  // 502: this server is fine; the endpoint a SERVICE pattern called is not (RFC 9110 §15.6.3).
  if (error instanceof RemoteError) return { status: 502, message: error.message, headers: {} };
  // RFC 6750 §3: a request without a valid bearer token is told how to authenticate.
  if (error instanceof AuthenticationError) return { status: 401, message: error.message, headers: { 'WWW-Authenticate': `Bearer realm="cdkg", error="invalid_token"` } };
  if (error instanceof WritesDisabledError) return { status: 403, message: error.message, headers: {} };
  // 422: well-formed, but the data it would make does not conform (RFC 9110 §15.5.21).
  if (error instanceof ValidationError) return { status: 422, message: error.message, headers: {} };
  // 503 with Retry-After: the server is fine, this query was too heavy (RFC 9110 §15.6.4).
  if (error instanceof TimeoutError) return { status: 503, message: `${error.message}; simplify the query or add a LIMIT`, headers: { 'Retry-After': '1' } };
  // What a remote store answered stays out of the client's message (src/store/remote/http.ts); the operator reads it here.
  if (error instanceof ResourceError && error.code.startsWith('REMOTE_')) log('warn', { msg: 'remote store failed', request: reference, error: error.cause instanceof Error ? error.cause.message : String(error.cause) });
  // The same family: the query trapped the store (memory, stack) or the workers are all busy; the worker was replaced.
  if (error instanceof ResourceError) return { status: 503, message: error.message, headers: { 'Retry-After': '1' } };
  log('error', { msg: 'unexpected error', request: reference, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  return { status: 500, message: `Internal server error (reference ${reference})`, headers: {} };
}

/** Writes an error as plain text (what SPARQL clients show to their users). */
export function sendError(res: ServerResponse, error: unknown, log: Log, reference?: string): void {
  const { status, message, headers } = toResponse(error, log, reference);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof ValidationError) {
    // The report, for a program to show each violation where it belongs (focus node, path, message).
    const report = { message, conforms: false, violations: error.violations.map(({ focusNode, path, message: m, severity, value, sourceShape }) => ({ focusNode, path, message: m, severity, value, sourceShape })) };
    res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': NO_STORE });
    res.end(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': NO_STORE });
  res.end(`${message}\n`);
}
