/**
 * `npm run bench`: prints speed and memory figures (tests never check time).
 *
 * 1. Loading: time to parse and load ontology + data, triples, heap and RSS.
 * 2. Named queries on the embedded store: median and 95th percentile per query.
 * 3. HTTP: the real server on an ephemeral port; requests per second and
 *    latency for a simple SELECT with `wrk` (Debian) when installed, else
 *    with a built-in closed-loop client.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { entityIri } from '../ontology/namespaces';
import { configFromEnv, type Config } from '../src/config';
import { loadStore } from '../src/store/load';
import type { EmbeddedStore } from '../src/store/oxigraph';
import { SparqlService } from '../src/sparql/service';
import { loadNamedQueries } from '../src/sparql/named';
import { startServer } from '../src/http/server';

/** `npm run bench -- [--iterations N] [--seconds S]`: how many runs per named query, how long the HTTP load lasts. */
function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`--${name} needs a positive integer, got "${process.argv[i + 1] ?? ''}"`);
  return n;
}
const ITERATIONS = option('iterations', 50);
const HTTP_SECONDS = option('seconds', 5);
const CONCURRENCY = 8;
/** A typical researcher's question, over HTTP through the named-query route and the worker pool. */
const HTTP_QUERY = { name: 'instruments-of-actor', example: `actor=${encodeURIComponent(entityIri('state', 'united-states'))}` };

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function benchLoad(config: Config) {
  const t0 = performance.now();
  const { store, files } = loadStore(config);
  const ms = performance.now() - t0;
  const mem = process.memoryUsage();
  console.log(`load: ${files.length} files, ${store.sizeSync} quads in ${ms.toFixed(1)} ms; heap ${mib(mem.heapUsed)}, rss ${mib(mem.rss)}`);
  return store;
}

async function benchNamedQueries(config: Config, store: EmbeddedStore) {
  const service = new SparqlService(store, { maxResults: config.maxResults, baseIri: config.publicBase });
  const named = loadNamedQueries(config.queriesDir, (text) => service.parse(text));
  console.log(`\nnamed queries (${ITERATIONS} runs each, embedded store, no HTTP):`);
  console.log('query'.padEnd(28) + 'rows'.padStart(6) + 'median ms'.padStart(12) + 'p95 ms'.padStart(10));
  for (const q of named.list()) {
    const params = [...new URLSearchParams(q.example ?? '')];
    const parsed = named.bind(q.name, params);
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const t0 = performance.now();
      const out = await service.run(parsed);
      times.push(performance.now() - t0);
      rows = out.result.kind === 'select' ? out.result.bindings.length : out.result.kind === 'graph' ? out.result.quads.length : 1;
    }
    times.sort((a, b) => a - b);
    console.log(q.name.padEnd(28) + String(rows).padStart(6) + percentile(times, 50).toFixed(2).padStart(12) + percentile(times, 95).toFixed(2).padStart(10));
  }
}

async function closedLoop(url: string, seconds: number): Promise<{ requests: number; latencies: number[] }> {
  const end = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const res = await fetch(url, { headers: { accept: 'application/sparql-results+json' } });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { requests: latencies.length, latencies: latencies.sort((a, b) => a - b) };
}

/** Runs wrk and resolves with its report, or undefined when wrk is not installed. */
function runWrk(url: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn('wrk', ['-t2', `-c${CONCURRENCY}`, `-d${HTTP_SECONDS}s`, '--latency', url]);
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => resolve(code === 0 ? out : undefined));
  });
}

async function benchHttp(config: Config) {
  const server = await startServer(config, () => undefined);
  const url = `${server.url}/queries/${HTTP_QUERY.name}?${HTTP_QUERY.example}`;
  console.log(`\nHTTP GET /queries/${HTTP_QUERY.name} (SPARQL JSON results), ${CONCURRENCY} connections, ${HTTP_SECONDS} s:`);
  try {
    // wrk runs as a child process while this process serves: spawnSync would block the server's event loop.
    const wrk = await runWrk(url);
    if (wrk !== undefined) {
      console.log(wrk.trim());
    } else {
      const { requests, latencies } = await closedLoop(url, HTTP_SECONDS);
      console.log(`(wrk not installed: built-in client) ${(requests / HTTP_SECONDS).toFixed(0)} req/s; median ${percentile(latencies, 50).toFixed(2)} ms, p95 ${percentile(latencies, 95).toFixed(2)} ms`);
    }
  } finally {
    await server.close();
  }
}

async function main() {
  // The environment is read once (as `npm start` does); the server takes any free port.
  const config = configFromEnv(process.env, { port: 0 });
  const store = await benchLoad(config);
  await benchNamedQueries(config, store);
  await benchHttp(config);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
