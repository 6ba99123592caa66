/**
 * The shape of one `kb` command, so that a command implemented elsewhere
 * (e.g. `kb export` in src/cli-export.ts) is one entry of the table in src/cli.ts.
 */
import type { ParseArgsConfig } from 'node:util';
import type { Config } from './config';

/** Where a command writes; tests capture it, the real CLI writes to the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Binary output (`kb export --gzip` to stdout); absent where only text is captured. */
  outBytes?(bytes: Uint8Array): void;
}

export interface CliArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

export interface CliCommand {
  readonly name: string;
  /** Arguments after the command name, as shown in the usage text, e.g. `[--format FMT] 'SPARQL' | -f FILE`. */
  readonly usage: string;
  readonly summary: string;
  /** Options of this command (node:util parseArgs); `--data` and `--help` are added for every command. */
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Exit code: 0 success, 1 failure (bad data, malformed query), 2 bad arguments (throw UsageError for those). */
  run(args: CliArgs, context: { readonly config: Config; readonly io: CliIo }): Promise<number>;
}

/** Thrown by a command for wrong arguments: the CLI prints the message and the usage, and exits 2. */
export class UsageError extends Error {}
