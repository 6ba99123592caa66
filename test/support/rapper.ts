/**
 * Runs raptor's `rapper` (Debian package raptor2-utils), the independent
 * parser the Turtle, N-Triples and RDF/XML tests read our output with.
 */
import { spawnSync } from 'node:child_process';

export interface RapperVerdict {
  readonly status: number | null;
  /** Lines of rapper's report that are warnings or errors. */
  readonly problems: readonly string[];
  /** How many triples rapper parsed, when it says. */
  readonly triples?: number;
}

/** rapper's verdict on a file in a syntax (`turtle`, `ntriples`, `rdfxml`); a missing rapper is an error naming its package. */
export function rapper(file: string, syntax: string): RapperVerdict {
  const run = spawnSync('rapper', ['-c', '-i', syntax, file], { encoding: 'utf8' });
  if (run.error) throw new Error(`rapper could not run (${run.error.message}): install the Debian package raptor2-utils (apt-get install -y raptor2-utils; .ci/run installs it)`);
  const count = /Parsing returned (\d+) triples?/.exec(run.stderr)?.[1];
  return { status: run.status, problems: run.stderr.split('\n').filter((l) => /warning|error/i.test(l)), ...(count !== undefined ? { triples: Number(count) } : {}) };
}
