/**
 * One query worker thread: it bulk-loads its own embedded store from the
 * same files as every other worker, then answers requests one at a time. A query
 * runs synchronously here, so a runaway query blocks only this thread, which
 * the pool terminates (see ./pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InternalError } from '../errors';
import type { LoadOptions } from '../store/files';
import { loadStore } from '../store/load';
import type { EmbeddedStore } from '../store/oxigraph';
import { applyChanges } from '../store/writes/replay';
import { resultToWire, toWire } from './wire';
import { errorToWire, type WorkerReply, type WorkerRequest } from './worker-messages';

const port = parentPort;
if (!port) throw new InternalError('src/sparql/worker.ts must run as a worker thread (see WorkerPool)');

function answer(store: EmbeddedStore, request: WorkerRequest): unknown {
  switch (request.op) {
    case 'query':
      return resultToWire(store.querySync(request.sparql, request.options));
    case 'queryText':
      // A string crosses the thread boundary as one copy, however many rows it holds.
      return store.queryTextSync(request.sparql, request.options);
    case 'quads':
      return store.quadsSync(request.graph).map(toWire);
    case 'graphs':
      return store.graphsSync();
    case 'size':
      return store.sizeSync;
    case 'apply':
      return null; // handled before answering, see below
  }
}

let store: EmbeddedStore;
try {
  store = loadStore(workerData as LoadOptions).store;
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
} catch (e) {
  port.postMessage({ type: 'failed', error: errorToWire(e) } satisfies WorkerReply);
  process.exit(1);
}

port.on('message', (request: WorkerRequest) => {
  // A write that does not apply would leave this store behind the others: the thread ends, and the pool replaces it
  // with one that loads the current files and journal.
  if (request.op === 'apply') {
    applyChanges(store, request.changes);
    return;
  }
  try {
    port.postMessage({ type: 'answer', id: request.id, ok: true, value: answer(store, request) } satisfies WorkerReply);
  } catch (e) {
    port.postMessage({ type: 'answer', id: request.id, ok: false, error: errorToWire(e) } satisfies WorkerReply);
  }
});
