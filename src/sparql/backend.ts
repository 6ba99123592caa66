/**
 * The store the server answers from, as configured (KB_STORE): the worker
 * pool of embedded stores (the default), or a remote SPARQL store
 * (src/store/remote). Both are a KnowledgeStore and a ChangeSink; the server
 * needs nothing else of them but their health and a way to stop.
 */
import type { Config } from '../config';
import { RemoteStore } from '../store/remote/store';
import type { ChangeSink, KnowledgeStore } from '../store/types';
import { WorkerPool, type PoolHealth } from './pool';

export interface Backend extends KnowledgeStore, ChangeSink {
  health(): PoolHealth;
  /** Resolves once the backend answers at full strength (every worker loaded; a remote store at once). */
  whenLoaded(): Promise<void>;
  close(): Promise<void>;
}

export async function openBackend(config: Config): Promise<Backend> {
  if (config.store === 'sparql' && config.sparql) {
    const remote = await RemoteStore.open({ sparql: config.sparql, queryTimeoutMs: config.queryTimeoutMs });
    // Nothing local to load: the remote store holds everything; closing ends its kept-alive connections.
    return Object.assign(remote, { whenLoaded: async () => undefined, close: async () => remote.http.close() });
  }
  return WorkerPool.start(config);
}
