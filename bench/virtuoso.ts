/**
 * Virtuoso for the benchmark: the throw-away instance of the tests
 * (test/support/virtuoso.ts) started from Debian's packaged ini, with 40
 * threads and connections (the shipped 10 would queue 32 clients), the
 * buffers the ini suggests for 4 GB free, row limits above CDKG's cap, and
 * the file bulk-loaded into one named graph (docs/performance.md, Virtuoso).
 */
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { VIRTUOSO_LOGIN, packagedIni, startVirtuoso as startInstance } from '../test/support/virtuoso';

export function virtuosoInstalled(): boolean {
  return packagedIni() !== undefined && spawnSync('sh', ['-c', 'command -v virtuoso-t && command -v isql-vt'], { stdio: 'ignore' }).status === 0;
}

export interface RunningVirtuoso {
  readonly url: string;
  readonly pid: number;
  /** Seconds of ld_dir + rdf_loader_run + checkpoint. */
  readonly loadSeconds: number;
  /** The digest-authenticated endpoint and its login (for updates). */
  readonly authUrl: string;
  readonly login: typeof VIRTUOSO_LOGIN;
  stop(): Promise<void>;
}

export async function startVirtuoso(dir: string, file: string, graph: string): Promise<RunningVirtuoso> {
  // CDKG caps each query at KB_MAX_RESULTS + 1 rows (100,001), above the packaged 10,000 rows an answer or a sort may hold (docs/deployment.md).
  const v = await startInstance({ dir, packagedIni: true, threads: 40, buffers: { number: 340000, maxDirty: 250000 }, allowDirs: [path.dirname(file)], maxRows: 2_000_000 });
  try {
    const t0 = performance.now();
    const out = v.isql(`ld_dir('${path.dirname(file)}', '${path.basename(file)}', '${graph}');\nrdf_loader_run();\ncheckpoint;\nselect ll_error from DB.DBA.LOAD_LIST where ll_error is not null;\n`);
    const loadSeconds = (performance.now() - t0) / 1000;
    if (!/0 Rows\./.test(out)) throw new Error(`Virtuoso bulk load reported: ${out}`);
    return { url: v.sparql, pid: v.pid, loadSeconds, authUrl: v.sparqlAuth, login: VIRTUOSO_LOGIN, stop: v.stop };
  } catch (e) {
    await v.stop();
    throw e;
  }
}
