/**
 * Structured logs. The server emits records (a level, a message, fields);
 * `jsonLog` writes them as JSON lines with pino, one object per line on
 * stderr, so that a log collector reads fields rather than parsing text.
 * Records carry no request header and no body: a token is never logged.
 */

export type LogLevel = 'info' | 'warn' | 'error';

export interface LogRecord {
  readonly msg: string;
  readonly [field: string]: unknown;
}

/** The level apart from the record, so that the record goes to pino as it is (no copy per request). */
export type Log = (level: LogLevel, record: LogRecord) => void;

/** The levels KB_LOG_LEVEL takes: a level keeps its records and the more severe ones; `silent` keeps none. */
export const LOG_LEVELS = ['info', 'warn', 'error', 'silent'] as const;

/**
 * JSON lines on stderr, from `level` up: asynchronously buffered, so a request never waits for the terminal, and
 * with pino's own epoch-milliseconds `time` (the cheapest to write; `pino-pretty` and log collectors read it).
 * Lines go out 4 KiB at a time, and at least every second: one write per request line took about a seventh of
 * the main thread's time under load (docs/performance.md). pino writes what is left when the process exits.
 */
export function jsonLog(level: (typeof LOG_LEVELS)[number]): Log {
  // Required here, not at the top: the CLI reads LOG_LEVELS (through src/config.ts) and never logs.
  const { pino } = require('pino') as typeof import('pino');
  const logger = pino({ level, base: undefined }, pino.destination({ dest: 2, sync: false, minLength: 4096, periodicFlush: 1000 }));
  return (at, record) => logger[at](record);
}
