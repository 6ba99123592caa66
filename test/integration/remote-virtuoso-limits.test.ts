/**
 * A Virtuoso whose row limit (ResultSetMaxRows) is below what CDKG asks for: an answer it cuts is never taken as
 * whole. Text answers are marked truncated; answers CDKG needs whole (pages, counts, dumps) are a 503 naming the
 * setting. See docs/deployment.md.
 */
import { REMOTE_GRAPHS } from '../../ontology/namespaces';
import { ResourceError } from '../../src/errors';
import { RemoteStore } from '../../src/store/remote/store';
import { startVirtuoso, type Virtuoso } from '../support/virtuoso';

let virtuoso: Virtuoso;
let store: RemoteStore;
beforeAll(async () => {
  virtuoso = await startVirtuoso({ maxRows: 5 });
  store = new RemoteStore({ sparql: { queryUrl: virtuoso.sparql, updateUrl: virtuoso.sparql }, queryTimeoutMs: 10_000 });
  // Twenty triples in CDKG's default graph, which every query's dataset holds.
  await store.update(`INSERT DATA { GRAPH <${REMOTE_GRAPHS.defaultGraph}> { ${Array.from({ length: 20 }, (_, i) => `<http://example.org/s${i}> <http://example.org/p> ${i} .`).join(' ')} } }`);
}, 120_000);
afterAll(() => virtuoso?.stop());

const ALL = 'SELECT ?s ?o WHERE { ?s <http://example.org/p> ?o }';

describe('a Virtuoso that cuts answers at 5 rows', () => {
  test('a text answer it cut is marked truncated, though below CDKG\'s own cap', async () => {
    const answer = await store.queryText(ALL, { mediaType: 'application/sparql-results+json', maxResults: 100 });
    expect(answer.truncated).toBe(true);
    expect((JSON.parse(answer.text) as { results: { bindings: unknown[] } }).results.bindings).toHaveLength(5);
  });

  test('an answer needed whole is refused with a ResourceError naming ResultSetMaxRows', async () => {
    const e = await store.query(ALL, { form: 'select' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ResourceError);
    expect((e as Error).message).toMatch(/cut its answer at 5 rows .*ResultSetMaxRows/);
  });

  test('an answer within the limit is whole and not marked', async () => {
    const answer = await store.queryText(`${ALL} LIMIT 3`, { mediaType: 'application/sparql-results+json', maxResults: 100 });
    expect(answer.truncated).toBe(false);
    const result = await store.query(`${ALL} LIMIT 3`, { form: 'select' });
    expect(result.kind === 'select' && result.bindings.length).toBe(3);
  });
});
