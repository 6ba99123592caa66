/**
 * The crash test: numbered writes stream into a server child process, which is killed with SIGKILL at random
 * points, ten times, and restarted. Every acknowledged write must be there after each restart, no write may be
 * half there (each puts one triple into each of two graphs, so two files), and at the end every data file
 * parses (with n3, independently of the server's parser) and the data validates.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Parser as N3Parser } from 'n3';
import { validate } from '../../src/store/validate';
import { request } from './support/http';
import { ALICE, ROOT, bearer, copyOfData } from './support/writable';

jest.setTimeout(900_000);

const A = 'https://w3id.org/cdkg/graph/crash-a';
const B = 'https://w3id.org/cdkg/graph/crash-b';
const write = (n: number) => `INSERT DATA { GRAPH <${A}> { <urn:crash:${n}> <urn:crash:a> ${n} } GRAPH <${B}> { <urn:crash:${n}> <urn:crash:b> ${n} } }`;

interface Child {
  readonly process: ChildProcess;
  readonly url: Promise<string>;
}

function startChild(dataDir: string, sourcesDir: string): Child {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', KB_DATA_DIR: dataDir, KB_SOURCES_DIR: sourcesDir, KB_WORKERS: '1', KB_ADMIN_TOKENS: `${ALICE.name}=${ALICE.token}`, TS_NODE_TRANSPILE_ONLY: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /ready at (http:\/\/\S+)\/sparql/.exec(out);
      if (m) resolve(m[1]);
    });
    let err = '';
    child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code, signal) => reject(new Error(`server exited (${code ?? signal}) before it was ready: ${err}`)));
  });
  url.catch(() => undefined);
  return { process: child, url };
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

async function present(url: string): Promise<{ a: Set<number>; b: Set<number> }> {
  const q = `SELECT ?g ?n WHERE { GRAPH ?g { ?s ?p ?n } VALUES ?g { <${A}> <${B}> } }`;
  const res = await request(`${url}/sparql?query=${encodeURIComponent(q)}`, { headers: { Accept: 'application/sparql-results+json' } });
  expect(res.status).toBe(200);
  const rows = (JSON.parse(res.body) as { results: { bindings: { g: { value: string }; n: { value: string } }[] } }).results.bindings;
  const a = new Set(rows.filter((r) => r.g.value === A).map((r) => Number(r.n.value)));
  const b = new Set(rows.filter((r) => r.g.value === B).map((r) => Number(r.n.value)));
  return { a, b };
}

test('after ten SIGKILLs at random points, every acknowledged write is present, none is half present, and the files parse and validate', async () => {
  const copy = copyOfData();
  const acknowledged = new Set<number>();
  const sent = new Set<number>();
  let next = 1;
  try {
    for (let round = 0; round < 10; round++) {
      const child = startChild(copy.dataDir, copy.sourcesDir);
      const url = await child.url;
      // What survived the last kill: every acknowledged write, both halves of every write, nothing never sent.
      const { a, b } = await present(url);
      for (const n of acknowledged) expect(a.has(n) && b.has(n)).toBe(true);
      expect([...a].sort()).toEqual([...b].sort());
      for (const n of a) expect(sent.has(n)).toBe(true);
      // Stream writes, one in flight at a time, and kill the server at a random moment.
      let stop = false;
      const stream = (async () => {
        while (!stop) {
          const n = next++;
          sent.add(n);
          try {
            const res = await request(`${url}/update`, { method: 'POST', headers: { 'Content-Type': 'application/sparql-update', ...bearer(ALICE.token) }, body: write(n) });
            if (res.status === 200) acknowledged.add(n);
            else throw new Error(`write ${n} answered ${res.status}: ${res.body}`);
          } catch (e) {
            if (!stop) throw e;
          }
        }
      })();
      // A random moment, but not before this round's first acknowledgement: on a busy machine a write can take seconds, and a round that acknowledged nothing tests nothing.
      const before = acknowledged.size;
      await new Promise((r) => setTimeout(r, 500 + Math.random() * 6000));
      for (let i = 0; i < 600 && acknowledged.size === before; i++) await new Promise((r) => setTimeout(r, 50));
      stop = true;
      child.process.kill('SIGKILL');
      await exited(child.process);
      await stream;
    }
    expect(acknowledged.size).toBeGreaterThan(3);

    // A last start, then a graceful stop that writes the journal into the files.
    const child = startChild(copy.dataDir, copy.sourcesDir);
    const url = await child.url;
    const { a, b } = await present(url);
    for (const n of acknowledged) expect(a.has(n) && b.has(n)).toBe(true);
    expect([...a].sort()).toEqual([...b].sort());
    child.process.kill('SIGTERM');
    await exited(child.process);

    expect(fs.readFileSync(path.join(copy.dataDir, '.journal'), 'utf8')).toBe('');
    for (const name of fs.readdirSync(copy.dataDir).filter((f) => f.endsWith('.ttl'))) {
      const quads = new N3Parser({ format: 'Turtle' }).parse(fs.readFileSync(path.join(copy.dataDir, name), 'utf8'));
      expect(quads.length).toBeGreaterThan(0);
    }
    const inA = new N3Parser({ format: 'Turtle' }).parse(fs.readFileSync(path.join(copy.dataDir, 'crash-a.ttl'), 'utf8')).map((q) => Number(q.object.value));
    expect(new Set(inA)).toEqual(a);
    const report = await validate({ dataDir: copy.dataDir, sourcesDir: copy.sourcesDir, ontologyDir: path.join(ROOT, 'ontology'), graphNames: {} });
    expect(report.violations).toEqual([]);
  } finally {
    fs.rmSync(copy.root, { recursive: true, force: true });
  }
});
