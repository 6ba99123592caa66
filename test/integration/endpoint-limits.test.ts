/** What keeps the endpoint answering under heavy queries: time limit, reserve worker, result cap. */
import { get, request } from './support/http';
import { PEOPLE, RUNAWAY, config, useEndpoint, turtle } from './support/endpoint';

const endpoint = useEndpoint();
let base: string;
beforeAll(() => {
  base = endpoint.url();
});

describe('the time limit', () => {
  it('stops a runaway query with 503 while a concurrent simple query is still answered', async () => {
    const finished: string[] = [];
    const runaway = get(base, RUNAWAY).then((r) => {
      finished.push('runaway');
      return r;
    });
    const simple = await get(base, 'ASK { ?s ?p ?o }');
    finished.push('simple');
    expect(simple.status).toBe(200);
    const slow = await runaway;
    expect(slow.status).toBe(503);
    expect(slow.body).toMatch(/Query stopped after 2000 ms/);
    expect(finished).toEqual(['simple', 'runaway']);
    // The replaced worker answers again.
    expect((await get(base, 'ASK { ?s ?p ?o }')).status).toBe(200);
  });
});

describe('the reserve worker', () => {
  // A server of its own, all workers loaded and idle, and a limit long enough that a worker thread
  // started on a loaded test machine is ready well before the regular runaways are stopped.
  const reserve = useEndpoint({ queryTimeoutMs: 6000 });

  it('still answers a simple query while as many runaway queries as workers + 1 run, refusing the extra one as busy', async () => {
    const settled: string[] = [];
    const runaways = Array.from({ length: config.workers + 1 }, () => get(reserve.url(), RUNAWAY).then((r) => (settled.push(r.body), r)));
    const simple = await get(reserve.url(), 'ASK { ?s ?p ?o }');
    expect(simple.status).toBe(200);
    expect(JSON.parse(simple.body).boolean).toBe(true);
    // Answered by the reserve worker before any runaway reached the time limit.
    expect(settled.filter((b) => /Query stopped after/.test(b))).toEqual([]);
    const answers = await Promise.all(runaways);
    expect(answers.map((r) => r.status)).toEqual(answers.map(() => 503));
    expect(answers.filter((r) => /Query stopped after 6000 ms/.test(r.body))).toHaveLength(config.workers);
    expect(answers.filter((r) => /busy with long queries.*retry later/.test(r.body))).toHaveLength(1);
    expect((await get(reserve.url(), 'ASK { ?s ?p ?o }')).status).toBe(200);
  }, 20_000);
});

describe('query size and nesting', () => {
  it('refuses a query nested 5000 levels deep with 400 naming the limit, while /health keeps answering', async () => {
    const deep = `SELECT * WHERE ${'{'.repeat(5000)}?s ?p ?o${'}'.repeat(5000)}`;
    const [refused, health] = await Promise.all([
      request(`${base}/sparql`, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query' }, body: deep }),
      request(`${base}/health`),
    ]);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatch(/nested too deeply: more than 128 levels .* at most 128/);
    expect(health.status).toBe(200);
  });

  it('refuses the deeply nested FILTER that used to trap the store, and keeps answering afterwards', async () => {
    const filter = `SELECT * WHERE { ?s ?p ?o FILTER(${'('.repeat(2000)}1${')'.repeat(2000)}) } LIMIT 1`;
    const r = await request(`${base}/sparql`, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query' }, body: filter });
    expect(r.status).toBe(400);
    expect(r.body).not.toMatch(/syntax error/i);
    const after = await Promise.all(Array.from({ length: 4 }, () => get(base, 'ASK { ?s ?p ?o }')));
    expect(after.map((a) => a.status)).toEqual([200, 200, 200, 200]);
  });
});

describe('truncation', () => {
  it('cuts a SELECT answer at the limit and says so in headers', async () => {
    const r = await get(base, 'SELECT * WHERE { ?s ?p ?o }');
    expect(JSON.parse(r.body).results.bindings).toHaveLength(10);
    expect(r.headers['cdkg-results-truncated']).toBe('true');
    expect(r.headers['cdkg-results-limit']).toBe('10');
    expect(r.headers['access-control-expose-headers']).toMatch(/CDKG-Results-Truncated/);
  });

  it('cuts a CONSTRUCT answer and says so in a Turtle comment too', async () => {
    const r = await get(base, 'CONSTRUCT WHERE { ?s ?p ?o }');
    expect(r.body.startsWith('# Truncated: only the first 10 triples')).toBe(true);
    expect(turtle(r.body)).toHaveLength(10);
  });

  it('leaves complete answers unmarked', async () => {
    const r = await get(base, PEOPLE);
    expect(r.headers['cdkg-results-truncated']).toBeUndefined();
  });
});
