/**
 * A pool of worker threads, each holding its own embedded store, behind the
 * KnowledgeStore interface. One request runs per worker at a time; the rest
 * wait in a queue. A request that runs longer than the time limit cannot be
 * interrupted inside the store (Oxigraph's query loop is synchronous), so its
 * worker is terminated and a fresh one, loading the same files, takes its
 * place; the caller gets a TimeoutError while the other workers keep answering.
 * A worker whose store trapped (ResourceError: WebAssembly memory or stack
 * exhausted) is replaced the same way, as its store can no longer be trusted.
 *
 * Beside the `workers` regular workers there is one reserve worker. It takes
 * a request only when every regular worker is busy, and gives it a quarter of
 * the time limit: as many runaway queries as there are regular workers (or
 * more) then still leave room for short queries and entity pages, instead of
 * making every client wait for the full limit. A request that needs longer
 * than that on the reserve is refused as "busy" (503, retry later).
 *
 * The pool answers as soon as its first worker has loaded; the others start
 * when fill() is called, and load while it answers. The server calls fill()
 * once it listens: loading them all at once, or while the server still
 * checks the quotes, would share the cores with that first load and check
 * (a worker loads on one core; two cores here), and so delay the first
 * answer (docs/performance.md, "Start"). Until they have loaded, the pool
 * answers with fewer workers (see health()).
 *
 * A request never waits without bound: the queue has a length cap, a queued
 * request that finds no free worker within the time limit is refused as
 * busy, and when no worker is left at all (every replacement failed to load)
 * requests are refused at once rather than queued for nobody.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as RDF from '@rdfjs/types';
import { InternalError, ResourceError, TimeoutError } from '../errors';
import type { LoadOptions } from '../store/files';
import type { ResultText } from '../store/result-text';
import type { ChangeSink, KnowledgeStore, QueryOptions, QueryResult, TextQueryOptions } from '../store/types';
import type { GraphChange } from '../store/writes/change';
import { errorFromWire, type RequestBody, type WorkerReply, type WorkerRequest } from './worker-messages';
import { fromWire, resultFromWire, type WireResult, type WireTerm } from './wire';

export interface PoolOptions extends LoadOptions {
  readonly workers: number;
  readonly queryTimeoutMs: number;
  /** Requests that may wait for a worker; beyond, a request is refused as busy. */
  readonly maxQueued: number;
}

interface Task {
  readonly body: RequestBody;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  /** Refuses the request if it is still queued when the time limit has passed. */
  readonly waitTimer: NodeJS.Timeout;
}

/** What /health reports: how many workers exist, how many have loaded, how many are busy, how many requests wait. */
export interface PoolHealth {
  readonly workers: number;
  readonly ready: number;
  readonly busy: number;
  readonly queued: number;
}

interface Slot {
  worker: Worker;
  /** The reserve worker (see the module comment). */
  readonly reserve: boolean;
  ready: boolean;
  task?: Task & { readonly id: number; readonly timer: NodeJS.Timeout };
}

const ENTRY = path.join(__dirname, 'worker.js');

export class WorkerPool implements KnowledgeStore, ChangeSink {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  private filled?: Promise<void>;

  private constructor(private readonly options: PoolOptions) {}

  /** Starts the first worker; resolves once it has loaded the store (or rejects with its load error). See fill() for the others. */
  static async start(options: PoolOptions): Promise<WorkerPool> {
    const pool = new WorkerPool(options);
    try {
      await pool.spawn(false);
    } catch (e) {
      await pool.close();
      throw e;
    }
    return pool;
  }

  /**
   * Starts the other regular workers and the reserve, once (a later call returns the same promise); resolves once
   * every one has loaded, and rejects with the first that could not (that worker is dropped, the others answer).
   */
  fill(): Promise<void> {
    // A closed pool starts nothing more (a server that failed its start closes the pool before it would fill).
    if (!this.filled && !this.closed) {
      const rest = [...Array.from({ length: this.options.workers - 1 }, () => this.spawn(false)), this.spawn(true)];
      this.filled = Promise.all(rest).then(() => undefined);
      // Nobody need await it: the server answers from the workers that have loaded.
      this.filled.catch(() => undefined);
    }
    return this.filled ?? Promise.resolve();
  }

  async query(sparql: string, options: QueryOptions = {}): Promise<QueryResult> {
    return resultFromWire((await this.submit({ op: 'query', sparql, options })) as WireResult);
  }
  async queryText(sparql: string, options: TextQueryOptions): Promise<ResultText> {
    return (await this.submit({ op: 'queryText', sparql, options })) as ResultText;
  }
  async quads(graph?: string | null): Promise<readonly RDF.Quad[]> {
    return ((await this.submit({ op: 'quads', graph: graph ?? null })) as WireTerm[]).map((q) => fromWire(q) as RDF.Quad);
  }
  async graphs(): Promise<readonly string[]> {
    return (await this.submit({ op: 'graphs' })) as string[];
  }
  async size(): Promise<number> {
    return (await this.submit({ op: 'size' })) as number;
  }

  /** Writes applied since the pool started (KnowledgeStore.version). */
  private applied = 0;
  get version(): number {
    return this.applied;
  }

  /**
   * Posts a committed write to every worker, loading ones included. A worker handles its messages in order, so
   * every request dispatched after this returns sees the write; a worker that starts later loads it from the
   * journal (src/store/writes), which has it before this is called.
   */
  async applyChanges(changes: readonly GraphChange[]): Promise<void> {
    for (const slot of this.slots) slot.worker.postMessage({ id: 0, op: 'apply', changes } satisfies WorkerRequest);
    this.applied++;
  }

  health(): PoolHealth {
    return {
      workers: this.slots.length,
      ready: this.slots.filter((s) => s.ready).length,
      busy: this.slots.filter((s) => s.task).length,
      queued: this.queue.length,
    };
  }

  /** Terminates every worker; queued and running requests are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const stopped = new ResourceError('The query service is shutting down', { code: 'POOL_CLOSED' });
    for (const task of this.queue.splice(0)) {
      clearTimeout(task.waitTimer);
      task.reject(stopped);
    }
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        if (slot.task) {
          clearTimeout(slot.task.timer);
          slot.task.reject(stopped);
        }
        return slot.worker.terminate();
      }),
    );
  }

  private submit(body: RequestBody): Promise<unknown> {
    if (this.closed) return Promise.reject(new ResourceError('The query service is shutting down', { code: 'POOL_CLOSED' }));
    if (this.slots.length === 0) return Promise.reject(new ResourceError('No query worker is available (none could load the data); see the server log', { code: 'UNAVAILABLE' }));
    const cap = this.options.maxQueued;
    if (this.queue.length >= cap) return Promise.reject(new ResourceError(`The server is busy: ${cap} requests are already waiting; retry later`, { code: 'BUSY' }));
    return new Promise((resolve, reject) => {
      const task: Task = {
        body,
        resolve,
        reject,
        waitTimer: setTimeout(() => {
          const index = this.queue.indexOf(task);
          if (index < 0) return;
          this.queue.splice(index, 1);
          reject(new ResourceError(`The server is busy: no query worker became free within ${this.options.queryTimeoutMs} ms; retry later`, { code: 'BUSY' }));
        }, this.options.queryTimeoutMs),
      };
      this.queue.push(task);
      this.dispatch();
    });
  }

  /** The time a request may run on the reserve worker. */
  private get reserveLimitMs(): number {
    return Math.max(1, Math.floor(this.options.queryTimeoutMs / 4));
  }

  /** Gives queued requests to idle workers, regular ones first: the reserve only gets a request when no regular worker is free. */
  private dispatch(): void {
    const order = [...this.slots.filter((s) => !s.reserve), ...this.slots.filter((s) => s.reserve)];
    for (const slot of order) {
      if (!slot.ready || slot.task || this.queue.length === 0) continue;
      const task = this.queue.shift() as Task;
      clearTimeout(task.waitTimer);
      const id = this.nextId++;
      const timer = setTimeout(() => this.timeOut(slot), slot.reserve ? this.reserveLimitMs : this.options.queryTimeoutMs);
      slot.task = { ...task, id, timer };
      slot.worker.postMessage({ ...task.body, id });
    }
  }

  private timeOut(slot: Slot): void {
    const task = slot.task;
    if (!task) return;
    slot.task = undefined;
    const regular = this.slots.filter((s) => !s.reserve).length;
    task.reject(
      slot.reserve
        ? new ResourceError(`The server is busy with long queries (all ${regular} regular query workers occupied); this query did not finish within the ${this.reserveLimitMs} ms the reserve worker gives; retry later`, { code: 'BUSY' })
        : new TimeoutError(this.options.queryTimeoutMs),
    );
    this.replace(slot);
  }

  /** Terminates a worker and puts a freshly loading one in its place. */
  private replace(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (!this.closed) this.spawn(slot.reserve).catch((e: unknown) => this.failQueue(e));
  }

  /** A replacement that cannot load (the files changed on disk and no longer parse) leaves nobody to answer when it was the last one. */
  private failQueue(e: unknown): void {
    if (this.slots.length > 0) return;
    const error = e instanceof Error ? e : new InternalError(String(e));
    for (const task of this.queue.splice(0)) {
      clearTimeout(task.waitTimer);
      task.reject(error);
    }
  }

  private spawn(reserve: boolean): Promise<void> {
    // A worker needs only what loading takes, not the whole server configuration.
    const { dataDir, ontologyDir, loadOntology, graphNames } = this.options;
    const workerData: LoadOptions = { dataDir, ontologyDir, loadOntology, graphNames };
    const worker = new Worker(ENTRY, { workerData });
    const slot: Slot = { worker, reserve, ready: false };
    this.slots.push(slot);
    return new Promise((resolve, reject) => {
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'ready') {
          slot.ready = true;
          resolve();
          this.dispatch();
        } else if (reply.type === 'failed') {
          this.drop(slot);
          reject(errorFromWire(reply.error));
        } else if (slot.task && reply.id === slot.task.id) {
          const task = slot.task;
          clearTimeout(task.timer);
          slot.task = undefined;
          if (reply.ok) task.resolve(reply.value);
          else {
            const error = errorFromWire(reply.error);
            task.reject(error);
            // After a trap the worker's store is no longer sound: it answers nothing more.
            if (error instanceof ResourceError) {
              this.replace(slot);
              return;
            }
          }
          this.dispatch();
        }
      });
      // A worker that ends without an error event (it should never exit by itself) is replaced the same way.
      worker.on('exit', (code) => {
        if (this.slots.includes(slot)) worker.emit('error', new InternalError(`worker exited with code ${code}`));
      });
      worker.on('error', (e) => {
        const task = slot.task;
        if (task) {
          clearTimeout(task.timer);
          slot.task = undefined;
          task.reject(new InternalError(`A query worker failed: ${e.message}`, { cause: e }));
        }
        if (!slot.ready) {
          this.drop(slot);
          reject(e);
        } else this.replace(slot);
      });
    });
  }

  private drop(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
  }
}
