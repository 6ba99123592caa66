/**
 * A throw-away Virtuoso (Debian virtuoso-opensource 7.2.5) for the benchmark:
 * the packaged ini copied into a temp folder with free ports, the database
 * there, 40 threads and connections (the shipped 10 would queue 32 clients),
 * row limits above CDKG's cap, the file bulk-loaded into one named graph (docs/performance.md, Virtuoso).
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The packaged virtuoso.ini, found through dpkg; undefined when the package is not installed. */
function packagedIni(): string | undefined {
  const listed = spawnSync('dpkg-query', ['-L', 'virtuoso-opensource-7'], { encoding: 'utf8' });
  if (listed.status !== 0) return undefined;
  return listed.stdout.split('\n').find((f) => f.endsWith('/virtuoso.ini') && fs.existsSync(f));
}

export function virtuosoInstalled(): boolean {
  return packagedIni() !== undefined && spawnSync('sh', ['-c', 'command -v virtuoso-t && command -v isql-vt'], { stdio: 'ignore' }).status === 0;
}

export interface RunningVirtuoso {
  readonly url: string;
  readonly pid: number;
  /** Seconds of ld_dir + rdf_loader_run + checkpoint. */
  readonly loadSeconds: number;
  stop(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, seconds: number): Promise<void> {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`virtuoso-t exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Virtuoso did not answer at ${url} within ${seconds} s`);
}

export async function startVirtuoso(dir: string, file: string, graph: string, sqlPort: number, httpPort: number): Promise<RunningVirtuoso> {
  fs.mkdirSync(dir, { recursive: true });
  const ini = fs
    .readFileSync(packagedIni() as string, 'utf8')
    // The database, its log, lock and transaction files in the temp folder, under their packaged names.
    .replace(/^(DatabaseFile|ErrorLogFile|LockFile|TransactionFile|xa_persistent_file)(\s*)=.*\/([^/\n]+)$/gm, `$1$2= ${dir}/$3`)
    .replace(/^ServerPort(\s*)=\s*1111$/m, `ServerPort$1= ${sqlPort}`)
    .replace(/^ServerPort(\s*)=\s*8890$/m, `ServerPort$1= ${httpPort}`)
    .replace(/^DirsAllowed(\s*)=.*$/m, `DirsAllowed$1= ., ${path.dirname(file)}`)
    .replace(/^MaxClientConnections(\s*)=.*$/gm, 'MaxClientConnections$1= 40')
    .replace(/^ServerThreads(\s*)=.*$/m, 'ServerThreads$1= 40')
    .replace(/^MaxKeepAlives(\s*)=.*$/m, 'MaxKeepAlives$1= 40')
    .replace(/^NumberOfBuffers(\s*)=.*$/m, 'NumberOfBuffers$1= 340000')
    .replace(/^MaxDirtyBuffers(\s*)=.*$/m, 'MaxDirtyBuffers$1= 250000')
    // CDKG caps each query at KB_MAX_RESULTS + 1 rows (100,001), above the packaged 10,000 rows an answer or a sort may hold (docs/deployment.md).
    .replace(/^ResultSetMaxRows(\s*)=.*$/m, 'ResultSetMaxRows$1= 2000000')
    .replace(/^\[Parameters\]$/m, '[Parameters]\nMaxSortedTopRows = 2000000');
  fs.writeFileSync(path.join(dir, 'virtuoso.ini'), ini);
  const child = spawn('virtuoso-t', ['+foreground', '+configfile', 'virtuoso.ini'], { cwd: dir, stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${httpPort}/sparql`;
  try {
    await waitFor(url, child, 120);
    const t0 = performance.now();
    const sql = `ld_dir('${path.dirname(file)}', '${path.basename(file)}', '${graph}');\nrdf_loader_run();\ncheckpoint;\nselect ll_error from DB.DBA.LOAD_LIST where ll_error is not null;\n`;
    const out = execFileSync('isql-vt', [String(sqlPort), 'dba', 'dba'], { input: sql, encoding: 'utf8' });
    const loadSeconds = (performance.now() - t0) / 1000;
    if (/\*\*\* Error|0 Rows\./.test(out) === false) throw new Error(`Virtuoso bulk load reported: ${out}`);
    if (/\*\*\* Error/.test(out)) throw new Error(`Virtuoso bulk load failed: ${out}`);
    return {
      url,
      pid: child.pid as number,
      loadSeconds,
      stop: () =>
        new Promise((resolve) => {
          child.once('exit', () => {
            fs.rmSync(dir, { recursive: true, force: true });
            resolve();
          });
          process.kill(-(child.pid as number), 'SIGTERM');
        }),
    };
  } catch (e) {
    process.kill(-(child.pid as number), 'SIGKILL');
    throw e;
  }
}
