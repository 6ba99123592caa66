/**
 * A throw-away Virtuoso (Debian package virtuoso-opensource) for the tests:
 * its own folder and ini written here (nothing read from /etc), free local
 * ports, SERVICE calls and SPARQL Update allowed for the anonymous SPARQL
 * user (a test instance only), stopped with its process group. A missing
 * virtuoso-t is an error naming the package.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface Virtuoso {
  /** Its SPARQL endpoint (queries and, with the grant below, updates; anonymous). */
  readonly sparql: string;
  /** The same endpoint behind HTTP digest authentication (user dba, password dba). */
  readonly sparqlAuth: string;
  /** Its Graph Store Protocol endpoint behind digest authentication (`?graph=IRI`). */
  readonly graphStoreAuth: string;
  /** Runs SQL in isql-vt as dba; its output. */
  isql(sql: string): string;
  stop(): Promise<void>;
}

export const VIRTUOSO_LOGIN = { user: 'dba', password: 'dba' } as const;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const MISSING = 'install the Debian package virtuoso-opensource (DEBIAN_FRONTEND=noninteractive apt-get install -y virtuoso-opensource; .ci/run installs it)';

export interface VirtuosoOptions {
  /** Rows one answer may hold ([SPARQL] ResultSetMaxRows) and rows ORDER BY with LIMIT may sort ([Parameters] MaxSortedTopRows); both 10000 in Debian's ini. */
  readonly maxRows?: number;
}

export async function startVirtuoso(options: VirtuosoOptions = {}): Promise<Virtuoso> {
  if (spawnSync('virtuoso-t', ['+help']).error) throw new Error(`virtuoso-t could not run: ${MISSING}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdkg-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  const db = (name: string) => path.join(dir, name);
  fs.writeFileSync(
    db('virtuoso.ini'),
    [
      '[Database]', `DatabaseFile = ${db('virtuoso.db')}`, `ErrorLogFile = ${db('virtuoso.log')}`, `LockFile = ${db('virtuoso.lck')}`,
      `TransactionFile = ${db('virtuoso.trx')}`, `xa_persistent_file = ${db('virtuoso.pxa')}`, 'TempStorage = TempDatabase',
      '[TempDatabase]', `DatabaseFile = ${db('virtuoso-temp.db')}`, `TransactionFile = ${db('virtuoso-temp.trx')}`,
      '[Parameters]', `ServerPort = 127.0.0.1:${sqlPort}`, 'DisableUnixSocket = 1', 'NumberOfBuffers = 10000', 'MaxDirtyBuffers = 6000', `DirsAllowed = ${dir}`, `MaxSortedTopRows = ${options.maxRows ?? 10000}`,
      '[HTTPServer]', `ServerPort = 127.0.0.1:${httpPort}`, 'ServerThreads = 4',
      '[SPARQL]', `ResultSetMaxRows = ${options.maxRows ?? 10000}`, 'MaxQueryExecutionTime = 60', '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn('virtuoso-t', ['+foreground', '+configfile', db('virtuoso.ini')], { cwd: dir, detached: true, stdio: 'ignore' });
  const origin = `http://127.0.0.1:${httpPort}`;
  const sparql = `${origin}/sparql`;
  const isql = (sql: string): string => {
    const out = spawnSync('isql-vt', [String(sqlPort), VIRTUOSO_LOGIN.user, VIRTUOSO_LOGIN.password], { input: sql, encoding: 'utf8' });
    if (out.error || out.status !== 0 || /\*\*\* Error/.test(out.stdout)) throw new Error(`isql-vt failed on ${sql.slice(0, 200)}: ${out.error?.message ?? `${out.stdout.slice(-500)}${out.stderr}`}`);
    return out.stdout;
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + 90_000;
    for (;;) {
      const up = await fetch(`${sparql}?query=${encodeURIComponent('ASK {}')}`).then((r) => r.ok, () => false);
      if (up) break;
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`Virtuoso did not start: ${fs.existsSync(db('virtuoso.log')) ? fs.readFileSync(db('virtuoso.log'), 'utf8').slice(-2000) : 'no log'}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    // SERVICE calls out of Virtuoso's /sparql, and SPARQL Update on it, for the anonymous user (a test instance only).
    isql('grant SPARQL_LOAD_SERVICE_DATA to "SPARQL";\ngrant SPARQL_SPONGE to "SPARQL";\ngrant SPARQL_UPDATE to "SPARQL";\n');
    return { sparql, sparqlAuth: `${origin}/sparql-auth`, graphStoreAuth: `${origin}/sparql-graph-crud-auth`, isql, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
