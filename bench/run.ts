/**
 * `npm run bench [-- --quick] [--sizes 1000,100000] [--seconds S]`: CDKG side by side with its peers on
 * the same synthetic data (`kb generate`) and the same query mix, in one run:
 *
 * - bare: a node start that loads oxigraph and Store.load()s the file (the floor for loading);
 * - in-process: oxigraph running the mix in a loop on one core, no HTTP;
 * - wrapper: bench/wrapper.js, oxigraph behind a bare node:http server;
 * - Comunica: bench/comunica.js, @comunica/query-sparql over an n3 Store behind the same kind of server;
 * - CDKG: `node bin/start.js` with only that file (KB_LOAD_ONTOLOGY=false), as `npm start` runs it;
 * - Virtuoso 7.2.5 (Debian) when installed, bulk-loaded into one graph;
 * - CDKG on Virtuoso: `node bin/start.js` with KB_STORE=sparql on a Virtuoso that `kb push` filled (docs/deployment.md).
 *
 * Load: `wrk` (Debian), one thread, 32 connections (CDKG also 1), the mix of six queries repeated
 * (six texts) and cold (every request a different parameter). Every system's answers to the mix are
 * checked against in-process oxigraph's; a disagreement fails the run. Comunica is put under load only
 * while 32 requests at once would stay well within wrk's timeout (see LOAD_BOUND). Figures are printed; the full
 * run writes bench/results.json and docs/performance.md (+ docs/performance.svg); --quick (one small
 * size, a few seconds per run; .ci/run) writes nothing and only keeps the suite from rotting.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as ox from 'oxigraph';
import { entityIri, graphIri } from '../ontology/namespaces';
import { entityCounts, syntheticNTriples } from '../src/generate/synthetic';
import { startVirtuoso, virtuosoInstalled } from './virtuoso';
import { writeReport, type SizeResult, type SystemResult } from './report';
import { benchStart } from './start';

const ROOT = path.join(__dirname, '..');
const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
function option(name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i < 0 ? undefined : argv[i + 1];
}
const SIZES = (option('sizes') ?? (QUICK ? '2000' : '1000,10000,100000,1000000')).split(',').map(Number);
const SECONDS = Number(option('seconds') ?? (QUICK ? 2 : 10));
const GRAPH = graphIri('synthetic');
/** Comunica is left out of a load run when, its answers' check timed, c requests at once would take longer than this. */
const LOAD_BOUND = 15;
const MIX = ['describe', 'parties', 'count-by-class', 'statements', 'label-search', 'co-parties'].map((name) => ({ name, text: fs.readFileSync(path.join(__dirname, 'mix', `${name}.rq`), 'utf8') }));

/** The mix's i-th query text; `cold` varies its parameter with i, else the parameter stays that of request 0. */
function mixQuery(i: number, triples: number, cold: boolean): string {
  const counts = entityCounts(triples);
  const k = cold ? i : 0;
  const state = (k * 7919) % counts.states;
  return MIX[i % MIX.length].text
    .replaceAll('$STATE', `<${entityIri('state', `state-${state}`)}>`)
    .replaceAll('$INSTRUMENT', `<${entityIri('instrument', `convention-${(k * 104729) % counts.instruments}`)}>`)
    .replaceAll('$PHRASE', `"state ${state} "`);
}

function mixQueries(triples: number, cold: boolean): string[] {
  return Array.from({ length: cold ? 3000 : MIX.length }, (_, i) => mixQuery(i, triples, cold));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resident memory of a process (Linux /proc), in bytes. */
function rss(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

let nextPort = 20000 + Math.floor(Math.random() * 20000);
async function freePort(): Promise<number> {
  const net = await import('node:net');
  for (;;) {
    const port = nextPort++;
    const free = await new Promise<boolean>((resolve) => {
      const s = net.createServer().once('error', () => resolve(false)).listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

/** Polls until `url` answers 200; resolves with the seconds since `since`. */
async function untilAnswering(url: string, child: ChildProcess, since: number, seconds = 1800): Promise<number> {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with code ${child.exitCode}`);
    try {
      const r = await fetch(url);
      await r.arrayBuffer();
      if (r.status === 200) return (performance.now() - since) / 1000;
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

interface WrkFigures {
  readonly rps: number;
  readonly p99ms: number;
  readonly errors: number;
}

/** Runs wrk with the mix's request paths (bench/mix.lua). */
function wrk(base: string, paths: string[], connections: number, seconds = SECONDS): Promise<WrkFigures> {
  const file = path.join(os.tmpdir(), `cdkg-mix-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  fs.writeFileSync(file, `${paths.join('\n')}\n`);
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '--timeout', '30s', '-s', path.join(__dirname, 'mix.lua'), base], { env: { ...process.env, MIX_PATHS: file } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      fs.rmSync(file, { force: true });
      if (code !== 0) return reject(new Error(`wrk failed: ${out}`));
      const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
      const p = /^\s+99%\s+([\d.]+)(us|ms|s)/m.exec(out);
      const p99ms = p ? Number(p[1]) * ({ us: 0.001, ms: 1, s: 1000 } as Record<string, number>)[p[2]] : NaN;
      const errors = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0) + Number(/Socket errors: .*timeout (\d+)/.exec(out)?.[1] ?? 0);
      resolve({ rps, p99ms, errors });
    });
  });
}

/** An answer reduced to what every engine writes alike: the rows' values by variable, rows sorted. */
function canonical(json: string): string {
  const parsed = JSON.parse(json) as { head: { vars?: string[] }; results: { bindings: Record<string, { value: string }>[] } };
  const vars = [...(parsed.head.vars ?? [])].sort();
  return JSON.stringify(parsed.results.bindings.map((b) => JSON.stringify(vars.map((v) => b[v]?.value ?? null))).sort());
}

/**
 * Checks that a system's answers to the first requests of both mixes equal the reference's; throws naming the first
 * difference. Resolves with the mean seconds per request, one at a time.
 */
async function checkAnswers(system: string, queryUrl: (q: string) => string, reference: Map<string, string>): Promise<number> {
  const since = performance.now();
  for (const [query, expected] of reference) {
    const r = await fetch(queryUrl(query), { headers: { accept: 'application/sparql-results+json' } });
    const body = await r.text();
    if (r.status !== 200) throw new Error(`${system} answered ${r.status} to\n${query}\n${body.slice(0, 500)}`);
    if (canonical(body) !== expected) throw new Error(`${system} disagrees with in-process oxigraph on\n${query}\n${system}: ${canonical(body).slice(0, 300)}\noxigraph: ${expected.slice(0, 300)}`);
  }
  return (performance.now() - since) / 1000 / reference.size;
}

/** Waits until a process has stopped using the CPU (Linux /proc: utime + stime, in clock ticks), at most `seconds`. */
async function idle(pid: number, seconds = 300): Promise<void> {
  const ticks = () => {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  };
  const end = Date.now() + seconds * 1000;
  for (let before = ticks(); Date.now() < end; ) {
    await sleep(250);
    const now = ticks();
    if (now - before <= 1) return;
    before = now;
  }
}

const sparqlPath = (prefix: string, extra = '') => (q: string) => `${prefix}?query=${encodeURIComponent(q)}${extra}`;

async function benchSize(triples: number, dir: string): Promise<SizeResult> {
  const file = path.join(dir, 'synthetic.nt');
  const fd = fs.openSync(file, 'w');
  let lines = 0;
  for (const chunk of syntheticNTriples({ triples, seed: 1 })) {
    fs.writeSync(fd, chunk);
    lines += chunk.split('\n').length - 1;
  }
  fs.closeSync(fd);
  console.log(`\n== ${lines} triples (${(fs.statSync(file).size / 1e6).toFixed(1)} MB N-Triples)`);
  const systems: SystemResult[] = [];
  const repeated = mixQueries(triples, false);
  const cold = mixQueries(triples, true);

  // Reference answers, and bare loading.
  const t0 = performance.now();
  const bare = JSON.parse(execFileSync(process.execPath, [path.join(__dirname, 'bare-load.js'), file, GRAPH], { encoding: 'utf8' })) as { quads: number; rss: number };
  const bareSeconds = (performance.now() - t0) / 1000;
  const store = new ox.Store();
  store.load(fs.readFileSync(file, 'utf8'), { format: 'application/n-triples', to_graph_name: ox.namedNode(GRAPH) });
  const reference = new Map<string, string>();
  for (const q of [...repeated, ...cold.slice(0, 12)]) reference.set(q, canonical(store.query(q, { results_format: 'application/sparql-results+json', use_default_graph_as_union: true }) as string));
  systems.push({ system: 'bare Store.load', readySeconds: bareSeconds, rssBytes: bare.rss });
  console.log(`bare node + Store.load: ${bareSeconds.toFixed(2)} s, RSS ${(bare.rss / 1e6).toFixed(0)} MB`);

  // In-process, one core.
  for (const [mix, queries] of [['repeated', repeated], ['cold', cold]] as const) {
    const qf = path.join(dir, `queries-${mix}.json`);
    fs.writeFileSync(qf, JSON.stringify(queries));
    const out = JSON.parse(execFileSync(process.execPath, [path.join(__dirname, 'inprocess.js'), file, GRAPH, qf, String(SECONDS)], { encoding: 'utf8' })) as { qps: number };
    systems.push({ system: 'oxigraph in-process (1 core)', mix, rps: out.qps });
    console.log(`oxigraph in-process, ${mix}: ${out.qps.toFixed(0)} queries/s`);
  }

  // HTTP servers: the thin wrapper, Comunica, CDKG, Virtuoso.
  // bounded: measured under load only within LOAD_BOUND, for longer runs, and given time after each run to finish
  // the requests wrk left in flight (they take seconds there), so that they do not eat into the next run.
  const servers: { system: string; start: () => Promise<{ base: string; prefix: string; extra?: string; pid: number; readySeconds: number; stop: () => Promise<void> }>; clients: number[]; bounded?: boolean }[] = [
    {
      system: 'thin node:http wrapper',
      clients: [32],
      start: async () => {
        const port = await freePort();
        const since = performance.now();
        const child = spawn(process.execPath, [path.join(__dirname, 'wrapper.js'), file, GRAPH, String(port)], { stdio: 'ignore' });
        const base = `http://127.0.0.1:${port}`;
        const readySeconds = await untilAnswering(`${base}/sparql?query=ASK%7B%7D`, child, since);
        return { base, prefix: '/sparql', pid: child.pid as number, readySeconds, stop: () => stopChild(child) };
      },
    },
    {
      system: 'Comunica over N3',
      clients: [32],
      bounded: true,
      start: async () => {
        const port = await freePort();
        const since = performance.now();
        const child = spawn(process.execPath, [path.join(__dirname, 'comunica.js'), file, String(port)], { stdio: 'ignore' });
        const base = `http://127.0.0.1:${port}`;
        const readySeconds = await untilAnswering(`${base}/sparql?query=ASK%7B%7D`, child, since);
        return { base, prefix: '/sparql', pid: child.pid as number, readySeconds, stop: () => stopChild(child) };
      },
    },
    {
      system: 'CDKG (npm start)',
      clients: [1, 32],
      start: async () => {
        const port = await freePort();
        const since = performance.now();
        const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'start.js')], { stdio: 'ignore', env: { ...process.env, PORT: String(port), KB_DATA_DIR: dir, KB_LOAD_ONTOLOGY: 'false' } });
        const base = `http://127.0.0.1:${port}`;
        const readySeconds = await untilAnswering(`${base}/sparql?query=ASK%7B%7D`, child, since);
        // Throughput with every worker loaded (the server answers from the first one on).
        for (;;) {
          const h = (await (await fetch(`${base}/health`)).json()) as { workers: { workers: number; ready: number } };
          if (h.workers.ready === h.workers.workers) break;
          await sleep(100);
        }
        return { base, prefix: '/sparql', pid: child.pid as number, readySeconds, stop: () => stopChild(child) };
      },
    },
  ];
  if (virtuosoInstalled()) {
    servers.push({
      system: 'Virtuoso 7.2.5',
      clients: [32],
      start: async () => {
        const since = performance.now();
        const v = await startVirtuoso(path.join(dir, 'virtuoso'), file, GRAPH);
        const u = new URL(v.url);
        return { base: u.origin, prefix: u.pathname, extra: `&default-graph-uri=${encodeURIComponent(GRAPH)}`, pid: v.pid, readySeconds: (performance.now() - since) / 1000, stop: v.stop };
      },
    });
    servers.push({
      system: 'CDKG on Virtuoso',
      clients: [32],
      start: async () => {
        // Its own Virtuoso, bulk-loaded as above; `kb push` then writes the file's graph again and CDKG's list of graphs.
        const v = await startVirtuoso(path.join(dir, 'virtuoso-cdkg'), file, GRAPH);
        const env = {
          ...process.env, KB_DATA_DIR: dir, KB_LOAD_ONTOLOGY: 'false', KB_GRAPHS: `${path.basename(file)}=${GRAPH}`,
          KB_STORE: 'sparql', KB_SPARQL_QUERY_URL: v.url, KB_SPARQL_UPDATE_URL: v.authUrl, KB_SPARQL_USER: v.login.user, KB_SPARQL_PASSWORD: v.login.password,
        };
        try {
          const t0 = performance.now();
          execFileSync(process.execPath, [path.join(ROOT, 'bin', 'kb.js'), 'push'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
          console.log(`kb push into Virtuoso: ${((performance.now() - t0) / 1000).toFixed(2)} s`);
          const port = await freePort();
          const since = performance.now();
          const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'start.js')], { stdio: 'ignore', env: { ...env, PORT: String(port) } });
          const base = `http://127.0.0.1:${port}`;
          const readySeconds = await untilAnswering(`${base}/sparql?query=ASK%7B%7D`, child, since);
          return { base, prefix: '/sparql', pid: child.pid as number, readySeconds, stop: async () => { await stopChild(child); await v.stop(); } };
        } catch (e) {
          await v.stop();
          throw e;
        }
      },
    });
  } else console.log('Virtuoso not installed (apt-get install virtuoso-opensource): left out');

  for (const s of servers) {
    const running = await s.start();
    try {
      const query = sparqlPath(running.prefix, running.extra ?? '');
      const secondsPerRequest = await checkAnswers(s.system, (q) => `${running.base}${query(q)}`, reference);
      const rssBytes = rss(running.pid);
      systems.push({ system: s.system, readySeconds: running.readySeconds, rssBytes, secondsPerRequest });
      console.log(`${s.system}: ready ${running.readySeconds.toFixed(2)} s, RSS ${(rssBytes / 1e6).toFixed(0)} MB, answers agree (${(secondsPerRequest * 1000).toFixed(1)} ms a request alone)`);
      const skip = (mix: 'repeated' | 'cold', clients: number, skipped: string) => {
        systems.push({ system: s.system, mix, clients, skipped });
        console.log(`${s.system}, ${mix}, c=${clients}: not measured: ${skipped}`);
      };
      for (const [mix, queries] of [['repeated', repeated], ['cold', cold]] as const) {
        for (const c of s.clients) {
          if (s.bounded && c * secondsPerRequest > LOAD_BOUND) {
            skip(mix, c, `alone, a request took ${secondsPerRequest.toFixed(2)} s on average, so ${c} at once would take about ${(c * secondsPerRequest).toFixed(0)} s each, beyond the bench's bound of ${LOAD_BOUND} s (wrk gives up after 30 s)`);
            continue;
          }
          // A bounded server's run lasts several times what c requests at once take, or it would count one batch.
          const figures = await wrk(running.base, queries.map(query), c, s.bounded ? Math.max(SECONDS, Math.ceil(4 * c * secondsPerRequest)) : SECONDS);
          if (s.bounded) await idle(running.pid);
          // A bounded peer whose requests wrk gave up on is beyond what the bench can measure, which the table says;
          // any other server's failed request fails the run.
          if (figures.errors > 0 && s.bounded) {
            skip(mix, c, `${figures.errors} of its requests failed or took longer than wrk's 30 s under load (alone, a request took ${secondsPerRequest.toFixed(2)} s)`);
            continue;
          }
          if (figures.errors > 0) throw new Error(`${s.system}: ${figures.errors} failed requests under load (${mix}, c=${c})`);
          systems.push({ system: s.system, mix, clients: c, rps: figures.rps, p99ms: figures.p99ms });
          console.log(`${s.system}, ${mix}, c=${c}: ${figures.rps.toFixed(figures.rps < 10 ? 1 : 0)} req/s, p99 ${figures.p99ms.toFixed(1)} ms`);
        }
      }
    } finally {
      await running.stop();
    }
  }
  return { triples: lines, bytesPerTripleBare: bare.rss / lines, systems };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function main(): Promise<void> {
  if (spawnSync('wrk', ['--version']).error) throw new Error('wrk is not installed (apt-get install wrk)');
  // CDKG is measured as npm install leaves it: compiled (a stale build would run the sources through ts-node).
  if (!(require(path.join(ROOT, 'bin', 'launch.js')) as { compiled: () => boolean }).compiled()) execFileSync(process.execPath, [path.join(ROOT, 'bin', 'build.js')], { stdio: 'inherit' });
  const start = await benchStart(QUICK ? 1 : 7, freePort);
  const results: SizeResult[] = [];
  for (const size of SIZES) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cdkg-bench-${size}-`));
    try {
      results.push(await benchSize(size, dir));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  if (!QUICK) writeReport(results, start, { seconds: SECONDS, argv });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
