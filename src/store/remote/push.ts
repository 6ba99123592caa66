/**
 * `kb push`: the knowledge base as the files hold it (ontology, data, and
 * the journal's acknowledged writes) written into a remote store, graph by
 * graph, each graph replaced whole: with the Graph Store Protocol's PUT
 * (one request per graph) when its endpoint is configured, else with
 * DROP SILENT GRAPH and INSERT DATA in chunks. The registry of CDKG's graphs
 * is written last, and graphs an earlier push wrote that are gone now are
 * dropped, so pushing twice leaves the same triples.
 */
import { REMOTE_GRAPHS } from '../../../ontology/namespaces';
import type { LoadOptions } from '../files';
import { loadStore } from '../load';
import { graphsOf, quadsOfLines } from '../writes/replay';
import { RemoteStore, UPDATE_CHUNK, registryQuads } from './store';
import { chunks, insertText, tripleLines } from './sparql-text';

/** A push may move much more than a query: each of its requests gets this long at least. */
const PUSH_TIMEOUT_MS = 600_000;

export interface PushReport {
  readonly graphs: readonly { readonly graph: string; readonly triples: number }[];
  /** Graphs of an earlier push that the files no longer hold, dropped. */
  readonly dropped: readonly string[];
  /** How the graphs were written. */
  readonly method: 'graph-store' | 'update';
}

export async function push(store: RemoteStore, options: LoadOptions & { readonly gspUrl?: string; readonly queryTimeoutMs: number }): Promise<PushReport> {
  const local = loadStore(options).store;
  const timeoutMs = Math.max(PUSH_TIMEOUT_MS, options.queryTimeoutMs);
  const before = await store.graphs();
  const written: { graph: string; triples: number }[] = [];
  for (const graph of graphsOf(local)) {
    const remote = graph ?? REMOTE_GRAPHS.defaultGraph;
    const quads = quadsOfLines(local.graphLines(graph));
    if (options.gspUrl) {
      const url = new URL(options.gspUrl);
      url.searchParams.set('graph', remote);
      // N-Triples is Turtle; text/turtle is the one syntax every Graph Store endpoint takes (Virtuoso's among them).
      await store.http.send({ url: url.href, method: 'PUT', body: `${tripleLines(quads).join('\n')}\n`, contentType: 'text/turtle', timeoutMs, what: `graph upload of <${remote}>`, idempotent: true });
    } else {
      await store.update(`DROP SILENT GRAPH <${remote}>`, timeoutMs);
      for (const chunk of chunks(quads, UPDATE_CHUNK)) await store.update(insertText(remote, chunk), timeoutMs);
    }
    written.push({ graph: remote, triples: quads.length });
  }
  const now = new Set(written.map((w) => w.graph));
  const dropped = before.filter((g) => !now.has(g));
  if (!now.has(REMOTE_GRAPHS.defaultGraph)) await store.update(`DROP SILENT GRAPH <${REMOTE_GRAPHS.defaultGraph}>`, timeoutMs);
  for (const g of dropped) await store.update(`DROP SILENT GRAPH <${g}>`, timeoutMs);
  const named = written.map((w) => w.graph).filter((g) => g !== REMOTE_GRAPHS.defaultGraph);
  await store.update(`DROP SILENT GRAPH <${REMOTE_GRAPHS.registry}> ;\n${insertText(REMOTE_GRAPHS.registry, registryQuads(named))}`, timeoutMs);
  store.forgetGraphs();
  return { graphs: written, dropped, method: options.gspUrl ? 'graph-store' : 'update' };
}
