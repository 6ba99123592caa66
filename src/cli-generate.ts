/** `kb generate --triples N --out FILE [--seed S]`: synthetic CDKG-shaped data for benchmarks (src/generate/synthetic.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError, type CliCommand } from './cli-command';
import { syntheticNTriples } from './generate/synthetic';

function positiveInteger(name: string, raw: unknown, fallback?: number): number {
  if (raw === undefined && fallback !== undefined) return fallback;
  const n = Number(raw);
  if (typeof raw !== 'string' || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`--${name} needs a positive integer, got "${raw ?? ''}"`);
  return n;
}

export const generateCommand: CliCommand = {
  name: 'generate',
  usage: '--triples N --out FILE.nt [--seed S]',
  summary: 'write about N triples of synthetic data shaped like CDKG (statements with sources, dates and notes) as N-Triples; the same N and seed give the same file',
  options: { triples: { type: 'string' }, out: { type: 'string', short: 'o' }, seed: { type: 'string' } },
  async run({ values, positionals }, { io }) {
    if (positionals.length > 0) throw new UsageError(`kb generate takes no arguments, got "${positionals.join(' ')}"`);
    const triples = positiveInteger('triples', values.triples);
    const seed = positiveInteger('seed', values.seed, 1);
    const out = values.out;
    if (typeof out !== 'string') throw new UsageError('Give --out FILE.nt');
    if (path.extname(out) !== '.nt') throw new UsageError(`--out ${out}: the file is N-Triples and must end in .nt (the loader picks the syntax by extension)`);
    if (!fs.statSync(path.dirname(path.resolve(out)), { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--out ${out}: the folder ${path.dirname(path.resolve(out))} does not exist`);
    const fd = fs.openSync(out, 'w');
    let lines = 0;
    try {
      for (const chunk of syntheticNTriples({ triples, seed })) {
        fs.writeSync(fd, chunk);
        for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) lines++;
      }
    } finally {
      fs.closeSync(fd);
    }
    io.out(`wrote ${out} (${lines} triples, seed ${seed})\n`);
    return 0;
  },
};
