/**
 * The request log: one structured record per request (request id, method, route, path, status, duration), the
 * id echoed in X-Request-Id, and nothing of a request's headers, query string or body, so a token never lands
 * in a log. Then the same records from `npm start`'s process, as JSON lines on stderr (pino).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { LogLevel, LogRecord } from '../../src/log';
import { startServer, type RunningServer } from '../../src/http/server';
import { request } from './support/http';
import { ALICE, bearer, copyOfData, writableConfig } from './support/writable';

const ROOT = path.join(__dirname, '../..');
const records: (LogRecord & { level: LogLevel })[] = [];
const copy = copyOfData();
let server: RunningServer;
beforeAll(async () => {
  server = await startServer(writableConfig(copy.dataDir, copy.sourcesDir), (level, r) => records.push({ level, ...r }));
});
afterAll(async () => {
  await server.close();
  fs.rmSync(copy.root, { recursive: true, force: true });
});

/** The records of requests, once the server has logged the answer (it logs when the response closes). */
async function requestRecords(count: number): Promise<(LogRecord & { level: LogLevel })[]> {
  for (let i = 0; i < 50 && records.filter((r) => r.msg === 'request').length < count; i++) await new Promise((r) => setTimeout(r, 20));
  return records.filter((r) => r.msg === 'request');
}

test('each request is one record with its id, method, route, path, status and duration, and the id is in X-Request-Id', async () => {
  const res = await request(`${server.url}/sparql?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`, { headers: { Accept: 'application/sparql-results+json' } });
  const [record] = await requestRecords(1);
  expect(record).toEqual({ level: 'info', msg: 'request', request: res.headers['x-request-id'], method: 'GET', route: 'sparqlEndpoint', path: '/sparql', status: 200, ms: expect.any(Number) });
  expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});

test("a client's own plain request id is kept; one that is not a plain token is replaced", async () => {
  const kept = await request(`${server.url}/health`, { headers: { 'X-Request-Id': 'proxy-7f3a.1' } });
  expect(kept.headers['x-request-id']).toBe('proxy-7f3a.1');
  const replaced = await request(`${server.url}/health`, { headers: { 'X-Request-Id': 'a b<script>' } });
  expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});

test('no record holds a token, a query string or a body, for writes refused or accepted', async () => {
  const marker = 'logged-nowhere-4711';
  const update = `INSERT DATA { GRAPH <https://w3id.org/cdkg/graph/actors> { <https://w3id.org/cdkg/id/state/united-states> <http://www.w3.org/2000/01/rdf-schema#comment> "${marker}"@en } }`;
  const ok = await request(`${server.url}/update?x=${marker}`, { method: 'POST', headers: { ...bearer(ALICE.token), 'Content-Type': 'application/sparql-update' }, body: update });
  expect(ok.status).toBe(200);
  const refused = await request(`${server.url}/update`, { method: 'POST', headers: { ...bearer(`${ALICE.token}x`), 'Content-Type': 'application/sparql-update' }, body: update });
  expect(refused.status).toBe(401);
  const all = await requestRecords(5);
  expect(all.slice(-2).map((r) => [r.route, r.status])).toEqual([['updateEndpoint', 200], ['updateEndpoint', 401]]);
  const text = JSON.stringify(records);
  expect(text).not.toContain(ALICE.token);
  expect(text).not.toContain(marker);
});

/** `npm start`'s process on the small fixture data, its stdout and stderr collected, once it is ready. */
async function startProcess() {
  const child = spawn(process.execPath, ['bin/start.js', '--data', path.join(ROOT, 'test/fixtures/endpoint/data')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', KB_LOAD_ONTOLOGY: 'false', KB_WORKERS: '1', KB_LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const io = { out: '', err: '' };
  child.stdout.on('data', (d: Buffer) => (io.out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (io.err += d.toString()));
  for (let i = 0; i < 600 && !/ready at /.test(io.out); i++) await new Promise((r) => setTimeout(r, 50));
  const url = /ready at (http:\/\/\S+)\/sparql/.exec(io.out)?.[1] as string;
  return { child, io, url };
}

const jsonLines = (text: string) => text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

test('npm start writes the records as JSON lines on stderr', async () => {
  const { child, io, url } = await startProcess();
  try {
    const res = await request(`${url}/health`);
    // Buffered lines go out at least once a second (src/log.ts).
    for (let i = 0; i < 100 && !io.err.includes('"msg":"request"'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(jsonLines(io.err)).toContainEqual(expect.objectContaining({ level: 30, msg: 'request', route: 'health', status: 200, request: res.headers['x-request-id'], time: expect.any(Number) }));
  } finally {
    child.kill('SIGTERM');
  }
});

test('npm start writes the records still buffered when it stops', async () => {
  const { child, io, url } = await startProcess();
  const res = await request(`${url}/health`);
  const exited = new Promise((r) => child.once('exit', r));
  // Stopped at once, well within the second a line may wait in the buffer.
  child.kill('SIGTERM');
  await exited;
  expect(jsonLines(io.err)).toContainEqual(expect.objectContaining({ msg: 'request', route: 'health', request: res.headers['x-request-id'] }));
});
