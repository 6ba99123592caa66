/**
 * One error hierarchy for the whole code base. Every error has a stable
 * `code` and an optional `cause`; subclasses carry what the user needs to fix
 * the problem. Only src/http maps them to HTTP statuses.
 */
import { compact } from '../ontology/namespaces';

export class KbError extends Error {
  constructor(readonly code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Where in a text something went wrong (1-based line and column). */
export interface TextPosition {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/** A data or ontology file that cannot be parsed. */
export class ParseError extends KbError {
  constructor(message: string, readonly position: TextPosition, options?: { cause?: unknown }) {
    super('PARSE_ERROR', `${formatPosition(position)}${message}`, options);
  }
}

/** A SPARQL query or update that is malformed, refused or uses an unsupported feature. */
export class QuerySyntaxError extends KbError {
  constructor(message: string, readonly position: TextPosition = {}, options?: { cause?: unknown }) {
    super('QUERY_SYNTAX', `${formatPosition(position)}${message}`, options);
  }
}

/** Well-formed input that the request is not allowed to do (an update on the query endpoint, SERVICE, LOAD). */
export class UnsupportedError extends KbError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('UNSUPPORTED', message, options);
  }
}

/** A request or argument that is wrong in itself (bad parameter, unknown name). */
export class BadRequestError extends KbError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('BAD_REQUEST', message, options);
  }
}

/** Something asked for does not exist (entity, named query, graph, dump). */
export class NotFoundError extends KbError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('NOT_FOUND', message, options);
  }
}

/**
 * A query needed more than the service can give it (time, memory, stack), or
 * the service cannot take it now (busy, shutting down): the request may be
 * fine, the load is not (the 503 family). A store that failed this way is
 * replaced before it answers again.
 */
export class ResourceError extends KbError {
  constructor(message: string, options?: { cause?: unknown; code?: string }) {
    super(options?.code ?? 'RESOURCE_EXHAUSTED', message, options);
  }
}

/** A query ran longer than the configured limit and was stopped. */
export class TimeoutError extends ResourceError {
  constructor(readonly limitMs: number, options?: { cause?: unknown }) {
    super(`Query stopped after ${limitMs} ms (limit KB_QUERY_TIMEOUT_MS)`, { ...options, code: 'TIMEOUT' });
  }
}

/** A remote SPARQL endpoint called by SERVICE failed, timed out, or answered beyond the limits (a 502 for the client). */
export class RemoteError extends KbError {
  constructor(readonly endpoint: string, message: string, options?: { cause?: unknown }) {
    super('REMOTE', message, options);
  }
}

/** A setting (environment variable or command-line argument) that cannot be used; the program does not start. */
export class ConfigError extends KbError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('CONFIG', message, options);
  }
}

/** A broken invariant of the program itself (not of the request): logged, and answered with a bare 500. */
export class InternalError extends KbError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('INTERNAL', message, options);
  }
}

/**
 * Data that the asked syntax cannot write (an RDF/XML predicate whose local
 * name is not an XML name, a literal with characters XML cannot carry). The
 * data is fine; another format can carry it.
 */
export class NotSerialisableError extends KbError {
  constructor(readonly format: string, message: string, options?: { cause?: unknown }) {
    super('NOT_SERIALISABLE', message, options);
  }
}

/** One SHACL violation, with the focus node and the file its data came from. */
export interface Violation {
  readonly focusNode: string;
  readonly path?: string;
  readonly message: string;
  readonly severity: string;
  readonly sourceShape?: string;
  readonly value?: string;
  readonly file?: string;
}

/** The data does not hold what the program needs of it (quotes not in their stored source texts): it does not start. */
export class InvalidDataError extends KbError {
  constructor(readonly violations: readonly Violation[], options?: { cause?: unknown }) {
    super('INVALID_DATA', `The data does not conform: ${violations.length} violation(s)\n${violations.map((v) => formatViolation(v)).join('')}`, options);
  }
}

/** One violation as `kb validate` prints it: severity, file, focus node and path, then the message on its own line. */
export function formatViolation(v: Violation, shorten: (iri: string) => string = compact): string {
  const where = [v.file ?? '(no file)', shorten(v.focusNode), v.path ? shorten(v.path) : undefined].filter(Boolean).join('  ');
  return `${v.severity}: ${where}\n  ${v.message}${v.value !== undefined ? ` (value: ${shorten(v.value)})` : ''}\n`;
}

export function formatPosition(p: TextPosition): string {
  if (!p.file && p.line === undefined) return '';
  const where = [p.file, p.line, p.column].filter((x) => x !== undefined && x !== '').join(':');
  return `${where}: `;
}

/** A write whose result would not conform (SHACL, consistency or quote checks): refused whole, nothing changed. */
export class ValidationError extends KbError {
  constructor(readonly violations: readonly Violation[], options?: { cause?: unknown }) {
    super('INVALID_WRITE', `The write was refused: the data would not conform (${violations.length} violation(s)); nothing was changed`, options);
  }
}

/** Writes are not possible here: none configured (no admin token), or the data folder is in use. */
export class WritesDisabledError extends KbError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('WRITES_DISABLED', message, options);
  }
}

/** A write without valid credentials (no Authorization header, or an unknown token). */
export class AuthenticationError extends KbError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('UNAUTHENTICATED', message, options);
  }
}
