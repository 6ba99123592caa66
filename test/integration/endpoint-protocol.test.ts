/** The SPARQL 1.1 Protocol query operation: methods, the RDF dataset, and the errors the protocol and the parser decide. */
import { get, request } from './support/http';
import { PEOPLE, PEOPLE_GRAPH, PLACES_GRAPH, config, names, rows, useEndpoint } from './support/endpoint';

const endpoint = useEndpoint();
let base: string;
beforeAll(() => {
  base = endpoint.url();
});

describe('the three query methods of the SPARQL 1.1 Protocol', () => {
  it('answers GET with query=', async () => {
    const r = await get(base, PEOPLE);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/sparql-results\+json/);
    expect(names(r.body)).toEqual(['Alice', 'Bob', 'Carol, "the" third']);
  });

  it('answers POST of a URL-encoded form', async () => {
    const r = await request(`${base}/sparql`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `query=${encodeURIComponent(PEOPLE)}` });
    expect(r.status).toBe(200);
    expect(names(r.body)).toHaveLength(3);
  });

  it('answers POST of the query itself as application/sparql-query', async () => {
    const r = await request(`${base}/sparql`, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query; charset=utf-8' }, body: PEOPLE });
    expect(r.status).toBe(200);
    expect(names(r.body)).toHaveLength(3);
  });

  it('honours default-graph-uri and named-graph-uri', async () => {
    const people = encodeURIComponent('https://w3id.org/cdkg/graph/people');
    const places = encodeURIComponent('https://w3id.org/cdkg/graph/places');
    const onlyPlaces = await get(base, 'SELECT ?s WHERE { ?s a ?type }', undefined, `&default-graph-uri=${places}`);
    expect(JSON.parse(onlyPlaces.body).results.bindings).toHaveLength(2);
    const named = await get(base, 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }', undefined, `&named-graph-uri=${people}`);
    expect(JSON.parse(named.body).results.bindings.map((b: { g: { value: string } }) => b.g.value)).toEqual(['https://w3id.org/cdkg/graph/people']);
  });
});

describe('the RDF dataset: FROM and FROM NAMED in the query, default-graph-uri and named-graph-uri in the request', () => {
  const COUNT = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';
  const count = async (query: string, extra = '') => Number(rows((await get(base, query, undefined, extra)).body)[0].n.value);
  const from = (graph: string) => COUNT.replace('WHERE', `FROM <${graph}> WHERE`);

  it('queries the union of all graphs when neither the query nor the request names a dataset', async () => {
    expect(await count(COUNT)).toBe(18);
  });

  it('honours FROM: the default graph is that graph only, and an unknown graph is empty', async () => {
    expect(await count(from(PLACES_GRAPH))).toBe(4);
    expect(await count(from('http://example.org/no-such-graph'))).toBe(0);
  });

  it('honours FROM NAMED: only those graphs are visible to GRAPH, and the default graph is empty', async () => {
    const r = await get(base, `SELECT DISTINCT ?g FROM NAMED <${PEOPLE_GRAPH}> WHERE { GRAPH ?g { ?s ?p ?o } }`);
    expect(rows(r.body).map((b) => b.g.value)).toEqual([PEOPLE_GRAPH]);
    expect(await count(COUNT.replace('WHERE', `FROM NAMED <${PEOPLE_GRAPH}> WHERE`))).toBe(0);
  });

  it('lets default-graph-uri override the FROM of the query (SPARQL 1.1 Protocol §2.1.4)', async () => {
    expect(await count(from(PLACES_GRAPH), `&default-graph-uri=${encodeURIComponent(PEOPLE_GRAPH)}`)).toBe(14);
  });
});

describe('errors', () => {
  const post = (type: string | undefined, body: string | Buffer, query = '') =>
    request(`${base}/sparql${query}`, { method: 'POST', headers: type ? { 'Content-Type': type } : {}, body });

  it('answers a malformed query with 400, the parser message, line and column', async () => {
    const r = await get(base, 'SELECT *\nWHERE { ?s ?p }');
    expect(r.status).toBe(400);
    expect(r.body).toMatch(/^Query syntax error at line 2, column 15: Parse error on line 2/);
  });

  it.each(['', '   ', '# just a comment', 'PREFIX a: <http://a/>', 'BASE <http://x/>'])('answers the query %j, which has no operation, with 400 "empty query"', async (query) => {
    const r = await get(base, query);
    expect(r.status).toBe(400);
    expect(r.body).toMatch(/empty query/);
  });

  it('answers an empty application/sparql-query body with 400 "empty query"', async () => {
    const r = await post('application/sparql-query', '');
    expect(r.status).toBe(400);
    expect(r.body).toMatch(/empty query/);
  });

  it('refuses SPARQL Update in every form with 400', async () => {
    expect((await request(`${base}/sparql?update=${encodeURIComponent('CLEAR ALL')}`)).status).toBe(400);
    expect((await post('application/x-www-form-urlencoded', 'update=CLEAR%20ALL')).status).toBe(400);
    const direct = await post('application/sparql-update', 'CLEAR ALL');
    expect(direct.status).toBe(400);
    expect(direct.body).toMatch(/read-only/);
    const inQuery = await get(base, 'LOAD <http://example.org/x.ttl>');
    expect(inQuery.status).toBe(400);
    expect(inQuery.body).toMatch(/LOAD/);
  });

  it('refuses SERVICE to an endpoint off the (empty) allowlist with 400 naming the endpoint and the setting', async () => {
    const r = await get(base, 'SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }');
    expect(r.status).toBe(400);
    expect(r.body).toMatch(/SERVICE <https:\/\/query\.wikidata\.org\/sparql> is not allowed: KB_FEDERATION_ALLOW is empty/);
  });

  it('answers several query parameters with 400', async () => {
    expect((await request(`${base}/sparql?query=ASK%20%7B%7D&query=ASK%20%7B%7D`)).status).toBe(400);
  });

  it('answers a method other than GET and POST with 405 and Allow', async () => {
    const r = await request(`${base}/sparql?query=ASK%20%7B%7D`, { method: 'PUT', body: '' });
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('GET, POST, HEAD, OPTIONS');
  });

  it('answers a missing or wrong content type with 415', async () => {
    expect((await post(undefined, 'query=ASK%20%7B%7D')).status).toBe(415);
    expect((await post('text/plain', 'ASK {}')).status).toBe(415);
  });

  it('answers a body that is not UTF-8 with 400', async () => {
    expect((await post('application/sparql-query; charset=UTF-16', Buffer.from('ASK {}', 'utf16le'))).status).toBe(400);
    expect((await post('application/sparql-query', Buffer.from([0x41, 0x53, 0x4b, 0x20, 0xff, 0x7b, 0x7d]))).status).toBe(400);
    expect((await request(`${base}/sparql?query=ASK%FF`)).status).toBe(400);
  });

  it('answers a body over the size limit with 413', async () => {
    const big = `query=${encodeURIComponent(`ASK {} # ${'x'.repeat(config.maxBodyBytes)}`)}`;
    expect((await post('application/x-www-form-urlencoded', big)).status).toBe(413);
  });

  it('answers a malformed Host header with 400', async () => {
    expect((await request(`${base}/health`, { headers: { Host: 'bad host' } })).status).toBe(400);
  });

  it('answers HEAD like GET, without a body', async () => {
    const r = await request(`${base}/health`, { method: 'HEAD' });
    expect(r.status).toBe(200);
    expect(r.body).toBe('');
  });

  it('answers a POST without a query with 400, an unknown path with 404', async () => {
    expect((await post('application/x-www-form-urlencoded', 'default-graph-uri=http%3A%2F%2Fa.org%2F')).status).toBe(400);
    expect((await request(`${base}/nothing-here`)).status).toBe(404);
  });
});
