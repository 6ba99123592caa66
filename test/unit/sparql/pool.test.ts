/** Unit tests of src/sparql/pool.ts: worker threads answer queries, runaway or trapping queries are stopped and their worker replaced, and the pool keeps answering. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QuerySyntaxError, ResourceError, TimeoutError } from '../../../src/errors';
import { WorkerPool } from '../../../src/sparql/pool';

const DATA = path.join(__dirname, '../../fixtures/endpoint/data');
const RUNAWAY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }';

describe('WorkerPool', () => {
  let pool: WorkerPool;
  beforeAll(async () => {
    pool = await WorkerPool.start({ dataDir: DATA, ontologyDir: '', loadOntology: false, workers: 2, queryTimeoutMs: 1500, maxQueued: 32 });
    await pool.fill();
  });
  afterAll(() => pool.close());

  it('answers queries from worker threads with n3 terms', async () => {
    const result = await pool.query('SELECT ?n WHERE { <http://example.org/bob> <http://example.org/name> ?n }');
    expect(result.kind).toBe('select');
    const n = result.kind === 'select' ? result.bindings[0].n : undefined;
    expect(n?.termType).toBe('Literal');
    expect(n?.equals).toBeInstanceOf(Function);
    expect(n && 'language' in n && n.language).toBe('en');
    expect(await pool.size()).toBe(18);
    expect(await pool.graphs()).toEqual(['https://w3id.org/cdkg/graph/people', 'https://w3id.org/cdkg/graph/places']);
    expect(await pool.quads('https://w3id.org/cdkg/graph/places')).toHaveLength(4);
  });

  it('passes the store errors back with their class and position', async () => {
    await expect(pool.query('SELECT * WHERE { ?s ?p }')).rejects.toBeInstanceOf(QuerySyntaxError);
  });

  it('stops a runaway query with a TimeoutError while the other worker keeps answering, then recovers', async () => {
    const runaway = pool.query(RUNAWAY);
    const quick = await pool.query('ASK { ?s ?p ?o }');
    expect(quick).toEqual({ kind: 'ask', value: true });
    await expect(runaway).rejects.toBeInstanceOf(TimeoutError);
    // The terminated worker's replacement loads the same files and answers again.
    const again = await Promise.all([pool.query('ASK { ?s ?p ?o }'), pool.query('ASK { ?s ?p ?o }'), pool.size()]);
    expect(again).toEqual([{ kind: 'ask', value: true }, { kind: 'ask', value: true }, 18]);
  });

  it('answers a query that traps the store with a ResourceError, not a syntax error, and replaces that worker', async () => {
    // 2000 nested brackets exhaust the WebAssembly stack of Oxigraph inside a worker (parse.ts refuses such a query before it gets here).
    const deep = `SELECT * WHERE { ?s ?p ?o FILTER(${'('.repeat(2000)}1${')'.repeat(2000)}) } LIMIT 1`;
    const error = await pool.query(deep).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ResourceError);
    expect(error).not.toBeInstanceOf(QuerySyntaxError);
    expect((error as Error).message).toMatch(/exhausted the store's memory or stack/);
    // Had the trapped worker stayed in the pool, some of these would land on its broken store.
    const answers = await Promise.all(Array.from({ length: 6 }, () => pool.query('ASK { ?s ?p ?o }')));
    expect(answers).toEqual(Array.from({ length: 6 }, () => ({ kind: 'ask', value: true })));
  });

  it('still answers a simple query while more runaway queries than regular workers run, refusing the extra runaway as busy', async () => {
    // A pool of its own, so that every worker is loaded and idle when the runaways arrive, and a limit long
    // enough that a reserve worker started on a loaded test machine is ready well before the regular runaways stop.
    const fresh = await WorkerPool.start({ dataDir: DATA, ontologyDir: '', loadOntology: false, workers: 2, queryTimeoutMs: 6000, maxQueued: 32 });
    await fresh.fill();
    // Closed whatever happens: a failed expectation must not leave worker threads that keep Jest from exiting.
    try {
      const runaways = Array.from({ length: 3 }, () =>
        fresh.query(RUNAWAY).then(
          () => undefined,
          (e: unknown) => e,
        ),
      );
      let regularRunawaysSettled = false;
      void Promise.all([runaways[0], runaways[1]]).then(() => (regularRunawaysSettled = true));
      const ask = await fresh.query('ASK { ?s ?p ?o }');
      expect(ask).toEqual({ kind: 'ask', value: true });
      // The simple query was answered by the reserve worker while both regular workers were still held by runaways.
      expect(regularRunawaysSettled).toBe(false);
      const [first, second, third] = await Promise.all(runaways);
      expect(first).toBeInstanceOf(TimeoutError);
      expect(second).toBeInstanceOf(TimeoutError);
      expect(third).toBeInstanceOf(ResourceError);
      expect((third as ResourceError).code).toBe('BUSY');
      expect(await fresh.query('ASK { ?s ?p ?o }')).toEqual({ kind: 'ask', value: true });
    } finally {
      await fresh.close();
    }
  }, 20_000);

  it('refuses a request at once as busy when as many requests wait as the queue setting allows, instead of queueing without bound', async () => {
    const fresh = await WorkerPool.start({ dataDir: DATA, ontologyDir: '', loadOntology: false, workers: 1, queryTimeoutMs: 3000, maxQueued: 5 });
    await fresh.fill();
    const settle = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);
    // Two runaways hold the regular worker and the reserve; five quick queries fill the queue (maxQueued: 5).
    const held = [settle(fresh.query(RUNAWAY)), settle(fresh.query(RUNAWAY))];
    const queued = Array.from({ length: 5 }, () => settle(fresh.query('ASK { ?s ?p ?o }')));
    try {
      const refused = await settle(fresh.query('ASK { ?s ?p ?o }'));
      expect(refused).toBeInstanceOf(ResourceError);
      expect((refused as ResourceError).code).toBe('BUSY');
      expect(fresh.health()).toMatchObject({ workers: 2, queued: 5 });
    } finally {
      await fresh.close();
    }
    await Promise.all([...held, ...queued]);
  }, 20_000);

  it('refuses requests at once when no worker is left because replacements cannot load the data', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdkg-pool-'));
    for (const f of fs.readdirSync(DATA)) fs.copyFileSync(path.join(DATA, f), path.join(dir, f));
    const fresh = await WorkerPool.start({ dataDir: dir, ontologyDir: '', loadOntology: false, workers: 1, queryTimeoutMs: 800, maxQueued: 32 });
    await fresh.fill();
    // The files break after start: a worker replaced after a timeout cannot load them.
    fs.writeFileSync(path.join(dir, 'zz-broken.ttl'), '<http://example.org/a> <http://example.org/b> .\n');
    const settle = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);
    try {
      await Promise.all([settle(fresh.query(RUNAWAY)), settle(fresh.query(RUNAWAY))]);
      // Wait until both replacements have failed to load.
      while (fresh.health().workers > 0) await new Promise((resolve) => setTimeout(resolve, 50));
      const refused = await settle(fresh.query('ASK { ?s ?p ?o }'));
      expect(refused).toBeInstanceOf(ResourceError);
      expect((refused as ResourceError).code).toBe('UNAVAILABLE');
    } finally {
      await fresh.close();
    }
  }, 20_000);

  it('answers from its first worker alone, and starts the others (two regular, one reserve) only when filled', async () => {
    const fresh = await WorkerPool.start({ dataDir: DATA, ontologyDir: '', loadOntology: false, workers: 2, queryTimeoutMs: 3000, maxQueued: 32 });
    expect(fresh.health()).toMatchObject({ workers: 1, ready: 1 });
    expect(await fresh.query('ASK { ?s ?p ?o }')).toEqual({ kind: 'ask', value: true });
    const filling = fresh.fill();
    expect(fresh.fill()).toBe(filling);
    expect(fresh.health()).toMatchObject({ workers: 3, ready: 1 });
    await filling;
    expect(fresh.health()).toMatchObject({ workers: 3, ready: 3 });
    await fresh.close();
  });

  it('starts nothing more when filled after it was closed', async () => {
    const fresh = await WorkerPool.start({ dataDir: DATA, ontologyDir: '', loadOntology: false, workers: 2, queryTimeoutMs: 3000, maxQueued: 32 });
    await fresh.close();
    await fresh.fill();
    expect(fresh.health()).toMatchObject({ workers: 0, ready: 0 });
  });

  it('fails to start with the loader error when a data file is malformed', async () => {
    const bad = path.join(__dirname, '../../fixtures/endpoint/bad-data');
    await expect(WorkerPool.start({ dataDir: bad, ontologyDir: '', loadOntology: false, workers: 1, queryTimeoutMs: 1000, maxQueued: 32 })).rejects.toThrow(/broken\.ttl:2/);
  });
});
