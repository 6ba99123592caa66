/**
 * Start-up on the seed data (issue 8, "Start"): `kb stats` and `npm start` to its first answer, each beside a bare
 * `node` that loads oxigraph and the same files (bench/bare-start.js). Each is run several times and the median
 * kept; `npx` and `npm start` are measured as a user types them, and `node bin/…` beside them shows what npm's own
 * start adds, which is not this program's.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { graphIri } from '../ontology/namespaces';
import { sourceFiles } from '../src/store/files';

const ROOT = path.join(__dirname, '..');

export interface StartResult {
  readonly command: string;
  readonly seconds: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall time of a command that runs to its end; throws with its stderr when it fails. */
function timed(command: string, args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, KB_LOG_LEVEL: 'silent' } });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return (performance.now() - t0) / 1000;
}

/** Wall time from spawning a server to its first 200 answer to `ASK {}`; the server is stopped after. */
async function timedServer(command: string, args: string[], port: number): Promise<number> {
  const t0 = performance.now();
  const child = spawn(command, args, { cwd: ROOT, stdio: 'ignore', detached: true, env: { ...process.env, PORT: String(port), KB_LOG_LEVEL: 'silent' } });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited with code ${child.exitCode}`);
      try {
        const r = await fetch(`http://127.0.0.1:${port}/sparql?query=ASK%7B%7D`);
        await r.arrayBuffer();
        if (r.status === 200) return (performance.now() - t0) / 1000;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    // npm runs the server as its child: the whole process group goes.
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-(child.pid as number), 'SIGTERM');
    await exited;
  }
}

/** Runs every start-up measurement `runs` times; `port` gives a free port per server start. */
export async function benchStart(runs: number, port: () => Promise<number>): Promise<StartResult[]> {
  const files = sourceFiles({ dataDir: path.join(ROOT, 'data'), ontologyDir: path.join(ROOT, 'ontology'), loadOntology: true });
  const bareArgs = [path.join(__dirname, 'bare-start.js'), ...files.map((f) => `${f.graph}=${f.file}`)];
  if (files[0].graph !== graphIri('ontology')) throw new Error('the seed files do not start with the ontology');
  const commands: [string, () => Promise<number> | number][] = [
    ['bare node + Store.load of the seed files', () => timed(process.execPath, bareArgs)],
    ['npx kb stats', () => timed('npx', ['kb', 'stats'])],
    ['node bin/kb.js stats', () => timed(process.execPath, ['bin/kb.js', 'stats'])],
    ['npm start, first answer', async () => timedServer('npm', ['start'], await port())],
    ['node bin/start.js, first answer', async () => timedServer(process.execPath, ['bin/start.js'], await port())],
  ];
  const out: StartResult[] = [];
  for (const [command, run] of commands) {
    await run(); // warms the file cache
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await run());
    out.push({ command, seconds: median(times) });
    console.log(`start, ${command}: ${median(times).toFixed(3)} s (median of ${runs})`);
  }
  return out;
}

/** The start-up table of docs/performance.md: each command beside the bare start, with the 2x target. */
export function startTable(results: readonly StartResult[]): string {
  const bare = results[0].seconds;
  const rows = results.map((r, i) => `| ${r.command} | ${r.seconds.toFixed(2)} s | ${i === 0 ? '1x' : `${(r.seconds / bare).toFixed(2)}x`} |`);
  return `### Start on the seed data (median of several starts; target: within 2x the bare start)\n\n| command | time | / bare |\n|---|---:|---:|\n${rows.join('\n')}\n`;
}
