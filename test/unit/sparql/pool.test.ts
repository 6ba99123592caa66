import path from 'node:path';
import { QuerySyntaxError, TimeoutError } from '../../../src/errors';
import { WorkerPool } from '../../../src/sparql/pool';

const DATA = path.join(__dirname, '../../fixtures/endpoint/data');
const RUNAWAY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }';

describe('WorkerPool', () => {
  let pool: WorkerPool;
  beforeAll(async () => {
    pool = await WorkerPool.start({ dataDir: DATA, ontologyDir: '', loadOntology: false, workers: 2, queryTimeoutMs: 1500 });
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

  it('fails to start with the loader error when a data file is malformed', async () => {
    const bad = path.join(__dirname, '../../fixtures/endpoint/bad-data');
    await expect(WorkerPool.start({ dataDir: bad, ontologyDir: '', loadOntology: false, workers: 1, queryTimeoutMs: 1000 })).rejects.toThrow(/broken\.ttl:2/);
  });
});
