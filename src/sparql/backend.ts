/**
 * The store the server answers from, as configured (KB_STORE): the worker
 * pool of embedded stores (the default), or a remote SPARQL store
 * (src/store/remote). Both are a KnowledgeStore and a ChangeSink; the server
 * needs nothing else of them but their health and a way to stop.
 */
import { sourcesDirOf, type Config } from '../config';
import type { ChangeSink, KnowledgeStore } from '../store/types';
import type { WriteService } from '../store/writes/writer';
import { WorkerPool, type PoolHealth } from './pool';

export interface Backend extends KnowledgeStore, ChangeSink {
  health(): PoolHealth;
  /** Brings the backend to full strength (starts the other workers; a remote store has nothing to start) and resolves once it is there. */
  fill(): Promise<void>;
  close(): Promise<void>;
}

/** The stores a server opens: the write path (with admin tokens only) and the backend, still loading. */
export interface OpeningStores {
  readonly writes?: WriteService;
  readonly opening: Promise<Backend>;
}

/**
 * Opens the stores before anything else of the server is read, so the first worker loads the data in its own
 * thread while the main thread requires the HTTP layer. The write path and the remote store are required only
 * when configured: most servers use neither, and their modules (n3's Store with readable-stream, SHACL validation)
 * cost a start-up.
 */
export function openStores(config: Config): OpeningStores {
  // With an admin token, the write path opens first: it locks the data folder and writes an earlier run's journal
  // into the files, which the query workers then load (src/store/writes, docs/writes.md).
  const writes = config.adminTokens.length
    ? (require('../store/writes/writer') as typeof import('../store/writes/writer')).WriteService.open({
        ...config,
        sourcesDir: sourcesDirOf(config),
        baseIri: new URL('update', config.publicBase).href,
      })
    : undefined;
  return { writes, opening: openBackend(config) };
}

async function openBackend(config: Config): Promise<Backend> {
  if (config.store === 'sparql' && config.sparql) {
    const { RemoteStore } = require('../store/remote/store') as typeof import('../store/remote/store');
    const remote = await RemoteStore.open({ sparql: config.sparql, queryTimeoutMs: config.queryTimeoutMs });
    // Nothing local to load: the remote store holds everything; closing ends its kept-alive connections.
    return Object.assign(remote, { fill: async () => undefined, close: async () => remote.http.close() });
  }
  return WorkerPool.start(config);
}
