/**
 * A throw-away Virtuoso (Debian package virtuoso-opensource) for the tests:
 * its own folder and ini written here (nothing read from /etc), free local
 * ports, SERVICE calls allowed for the anonymous SPARQL user, stopped with
 * its process group. A missing virtuoso-t is an error naming the package.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface Virtuoso {
  /** Its SPARQL endpoint. */
  readonly sparql: string;
  stop(): Promise<void>;
}

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

export async function startVirtuoso(): Promise<Virtuoso> {
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
      '[Parameters]', `ServerPort = 127.0.0.1:${sqlPort}`, 'DisableUnixSocket = 1', 'NumberOfBuffers = 10000', 'MaxDirtyBuffers = 6000', `DirsAllowed = ${dir}`,
      '[HTTPServer]', `ServerPort = 127.0.0.1:${httpPort}`, 'ServerThreads = 4',
      '[SPARQL]', 'ResultSetMaxRows = 10000', 'MaxQueryExecutionTime = 60', '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn('virtuoso-t', ['+foreground', '+configfile', db('virtuoso.ini')], { cwd: dir, detached: true, stdio: 'ignore' });
  const sparql = `http://127.0.0.1:${httpPort}/sparql`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
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
    // SERVICE calls out of Virtuoso's /sparql (a test instance only).
    const grant = spawnSync('isql-vt', [String(sqlPort), 'dba', 'dba', 'exec=grant SPARQL_LOAD_SERVICE_DATA to "SPARQL"; grant SPARQL_SPONGE to "SPARQL";'], { encoding: 'utf8' });
    if (grant.error || grant.status !== 0) throw new Error(`isql-vt could not grant SERVICE to SPARQL: ${grant.error?.message ?? grant.stderr}`);
    return { sparql, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
