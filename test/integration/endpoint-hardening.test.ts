/**
 * The request limits, each set low here so that a test can pass it: URL length (414), body size (413, for
 * queries and for writes separately), and the per-client rate (429), keyed on the connection's address or,
 * behind a trusted proxy, on the forwarded client.
 */
import { request } from './support/http';
import { config, useEndpoint } from './support/endpoint';
import { ALICE, bearer, useWritableServer } from './support/writable';

const ASK = 'ASK { ?s ?p ?o }';

describe('the request target and body limits', () => {
  const server = useEndpoint({ maxUrlBytes: 300, maxBodyBytes: 200 });

  it('refuses a request target longer than the limit with 414, asking for POST', async () => {
    const r = await request(`${server.url()}/sparql?query=${encodeURIComponent(`${ASK} # ${'x'.repeat(300)}`)}`);
    expect(r.status).toBe(414);
    expect(r.body).toMatch(/longer than the 300 allowed \(KB_MAX_URL_BYTES\); send a long query with POST/);
  });

  it('answers the same query sent with POST when its body is within the body limit', async () => {
    const r = await request(`${server.url()}/sparql`, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json' }, body: ASK });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ head: {}, boolean: true });
  });

  it('refuses a query body past the limit with 413 and closes the connection, as its bytes were not read', async () => {
    const r = await request(`${server.url()}/sparql`, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query' }, body: `${ASK} # ${'x'.repeat(300)}` });
    expect(r.status).toBe(413);
    expect(r.body).toMatch(/larger than 200 bytes/);
    expect(r.headers.connection).toBe('close');
  });

  it('still answers a target exactly at the limit', async () => {
    const base = `${server.url()}/sparql?query=${encodeURIComponent(ASK)}&x=`;
    const target = new URL(base).pathname + new URL(base).search;
    const r = await request(`${base}${'y'.repeat(300 - target.length)}`, { headers: { Accept: 'application/sparql-results+json' } });
    expect(r.status).toBe(200);
  });
});

describe('the write body limit', () => {
  const server = useWritableServer({ maxUpdateBytes: 100, maxBodyBytes: 10_000 });

  it('refuses an update past KB_MAX_UPDATE_BYTES with 413, although it is within the query body limit', async () => {
    const update = `INSERT DATA { <https://example.org/a> <https://example.org/b> "${'z'.repeat(200)}" }`;
    const r = await request(`${server.url()}/update`, { method: 'POST', headers: { ...bearer(ALICE.token), 'Content-Type': 'application/sparql-update' }, body: update });
    expect(r.status).toBe(413);
    expect(r.body).toMatch(/larger than 100 bytes/);
  });
});

describe('the per-client request rate', () => {
  // Nothing exempt, so that this machine's own address is limited; 3 requests at once, then 1 a second.
  const server = useEndpoint({ rateLimit: 1, rateBurst: 3, rateLimitExempt: [], trustedProxies: ['127.0.0.1'] });
  const health = (forwarded: string) => request(`${server.url()}/health`, { headers: { 'X-Forwarded-For': forwarded } });

  it('answers a burst, then refuses the next request with 429 and a Retry-After in seconds', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await health('203.0.113.7')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await health('203.0.113.7');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.body).toMatch(/Too many requests from 203\.0\.113\.7: at most 1 a second/);
  });

  it('counts each forwarded client apart when the connection comes from a trusted proxy', async () => {
    expect((await health('198.51.100.1')).status).toBe(200);
  });

  it('takes the last untrusted hop, so a client cannot pick its bucket by prepending an address', async () => {
    // 203.0.113.7 is out of tokens; the spoofed first entry does not help it.
    expect((await health('198.51.100.99, 203.0.113.7')).status).toBe(429);
  });
});

describe('the default exemption', () => {
  const server = useEndpoint({ rateLimit: 1, rateBurst: 1 });

  it('never limits this machine itself (loopback), by default', async () => {
    expect(config.rateLimitExempt).toEqual(['127.0.0.1', '::1']);
    const statuses = await Promise.all(Array.from({ length: 5 }, async () => (await request(`${server.url()}/health`)).status));
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
  });
});
