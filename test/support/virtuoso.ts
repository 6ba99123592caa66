/**
 * A throw-away Virtuoso (Debian package virtuoso-opensource) for the tests
 * and the benchmark (bench/virtuoso.ts): its own folder, an ini written there
 * (by default from nothing read in /etc; the benchmark starts from the
 * packaged one), free local ports, SERVICE calls and SPARQL Update allowed
 * for the anonymous SPARQL user (a test instance only), stopped with its
 * process group. A missing virtuoso-t is an error naming the package.
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
  /** The virtuoso-t process (for its memory). */
  readonly pid: number;
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
  /** The folder to run in (created; removed on stop); default a new temporary one. */
  readonly dir?: string;
  /** Folders bulk loading may read ([Parameters] DirsAllowed), besides its own. */
  readonly allowDirs?: readonly string[];
  /** HTTP threads, client connections and keep-alives ([HTTPServer]; 4, and the defaults, unless given). */
  readonly threads?: number;
  /** [Parameters] NumberOfBuffers and MaxDirtyBuffers (10000 and 6000 unless given). */
  readonly buffers?: { readonly number: number; readonly maxDirty: number };
  /** Start from the ini the Debian package ships (its other settings kept) instead of a minimal one. */
  readonly packagedIni?: boolean;
}

/** The packaged virtuoso.ini, found through dpkg; undefined when the package is not installed. */
export function packagedIni(): string | undefined {
  const listed = spawnSync('dpkg-query', ['-L', 'virtuoso-opensource-7'], { encoding: 'utf8' });
  if (listed.status !== 0) return undefined;
  return listed.stdout.split('\n').find((f) => f.endsWith('/virtuoso.ini') && fs.existsSync(f));
}

/** The ini's text: `sections` set key by key, in the packaged file (keys replaced where present, else added to their section) or alone. */
function iniText(sections: Record<string, Record<string, string>>, packaged: boolean): string {
  if (!packaged) return `${Object.entries(sections).map(([name, keys]) => [`[${name}]`, ...Object.entries(keys).map(([k, v]) => `${k} = ${v}`)].join('\n')).join('\n')}\n`;
  const file = packagedIni();
  if (!file) throw new Error(`the packaged virtuoso.ini was not found: ${MISSING}`);
  let text = fs.readFileSync(file, 'utf8');
  for (const [name, keys] of Object.entries(sections)) {
    const at = text.search(new RegExp(`^\\[${name}\\]\\s*$`, 'm'));
    if (at < 0) {
      text += `\n[${name}]\n${Object.entries(keys).map(([k, v]) => `${k} = ${v}`).join('\n')}\n`;
      continue;
    }
    const next = text.slice(at + 1).search(/^\[/m);
    const end = next < 0 ? text.length : at + 1 + next;
    let section = text.slice(at, end);
    for (const [k, v] of Object.entries(keys)) {
      const line = new RegExp(`^${k}\\s*=.*$`, 'm');
      section = line.test(section) ? section.replace(line, `${k} = ${v}`) : section.replace(/\n/, `\n${k} = ${v}\n`);
    }
    text = text.slice(0, at) + section + text.slice(end);
  }
  return text;
}

export async function startVirtuoso(options: VirtuosoOptions = {}): Promise<Virtuoso> {
  if (spawnSync('virtuoso-t', ['+help']).error) throw new Error(`virtuoso-t could not run: ${MISSING}`);
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cdkg-virtuoso-'));
  fs.mkdirSync(dir, { recursive: true });
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  const db = (name: string) => path.join(dir, name);
  const rows = String(options.maxRows ?? 10000);
  const threads: Record<string, string> = options.threads ? { ServerThreads: String(options.threads), MaxClientConnections: String(options.threads), MaxKeepAlives: String(options.threads) } : { ServerThreads: '4' };
  fs.writeFileSync(
    db('virtuoso.ini'),
    iniText(
      {
        Database: { DatabaseFile: db('virtuoso.db'), ErrorLogFile: db('virtuoso.log'), LockFile: db('virtuoso.lck'), TransactionFile: db('virtuoso.trx'), xa_persistent_file: db('virtuoso.pxa'), TempStorage: 'TempDatabase' },
        TempDatabase: { DatabaseFile: db('virtuoso-temp.db'), TransactionFile: db('virtuoso-temp.trx') },
        Parameters: {
          ServerPort: `127.0.0.1:${sqlPort}`, DisableUnixSocket: '1', NumberOfBuffers: String(options.buffers?.number ?? 10000), MaxDirtyBuffers: String(options.buffers?.maxDirty ?? 6000),
          DirsAllowed: [dir, ...(options.allowDirs ?? [])].join(', '), MaxSortedTopRows: rows,
          ...(options.threads ? { MaxClientConnections: String(options.threads) } : {}),
        },
        HTTPServer: { ServerPort: `127.0.0.1:${httpPort}`, ...threads },
        SPARQL: { ResultSetMaxRows: rows, MaxQueryExecutionTime: '60' },
      },
      options.packagedIni ?? false,
    ),
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
    return { sparql, sparqlAuth: `${origin}/sparql-auth`, graphStoreAuth: `${origin}/sparql-graph-crud-auth`, isql, pid: child.pid as number, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
