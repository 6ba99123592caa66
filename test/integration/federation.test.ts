/**
 * Outgoing federated queries: SERVICE in a query sent to CDKG is run through
 * Comunica against a second local CDKG on the allowlist, and refused, without
 * any connection, for every endpoint off the allowlist and for one named by a
 * host that resolves to a loopback address. Redirects are not followed; each
 * remote call has a time limit and a LIMIT. Listeners count the connections
 * they get, so "no connection" is observed, not assumed.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULTS, type Config } from '../../src/config';
import { startServer, type RunningServer } from '../../src/http/server';

const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const US = 'https://w3id.org/cdkg/id/state/united-states';
const PARTY_TO = 'https://w3id.org/cdkg/ontology#partyTo';

/** A local HTTP listener that counts connections and answers with `handler`. */
async function listener(handler: http.RequestListener): Promise<{ url: string; connections: () => number; close: () => Promise<void> }> {
  const server = http.createServer(handler);
  let connections = 0;
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => connections,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

const base: Config = { ...DEFAULTS, port: 0, workers: 1 };
let remote: RunningServer;
let local: RunningServer;
let trap: Awaited<ReturnType<typeof listener>>;
let redirecting: Awaited<ReturnType<typeof listener>>;
let silent: Awaited<ReturnType<typeof listener>>;

beforeAll(async () => {
  trap = await listener((_req, res) => res.end());
  redirecting = await listener((_req, res) => {
    res.writeHead(302, { Location: `${trap.url}/sparql` });
    res.end();
  });
  // Never answers: the time limit must end the call.
  silent = await listener(() => undefined);
  remote = await startServer(base, () => undefined);
  const trapPort = new URL(trap.url).port;
  local = await startServer(
    {
      ...base,
      federationAllow: [`${remote.url}/sparql`, `${redirecting.url}/sparql`, `${silent.url}/sparql`, `http://localhost:${trapPort}/sparql`],
      federationTimeoutMs: 1500,
      federationMaxResults: 2,
    },
    () => undefined,
  );
});
afterAll(async () => {
  await Promise.all([local?.close(), remote?.close(), trap?.close(), redirecting?.close(), silent?.close()]);
});

async function query(server: RunningServer, text: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`${server.url}/sparql`, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json' }, body: text });
  return { status: res.status, body: await res.text() };
}

type Rows = { results: { bindings: Record<string, { type: string; value: string; 'xml:lang'?: string }>[] } };
const sorted = (body: string) => (JSON.parse(body) as Rows).results.bindings.map((b) => JSON.stringify(Object.entries(b).sort())).sort();

describe('SERVICE to an allowlisted CDKG', () => {
  it('joins local data with the remote endpoint and gives the rows the remote gives directly', async () => {
    const federated = await query(local, `SELECT ?instrument ?label WHERE { <${US}> <${PARTY_TO}> ?instrument . SERVICE <${remote.url}/sparql> { ?instrument <${RDFS_LABEL}> ?label } }`);
    expect(federated.status).toBe(200);
    const direct = await query(remote, `SELECT ?instrument ?label WHERE { <${US}> <${PARTY_TO}> ?instrument . ?instrument <${RDFS_LABEL}> ?label }`);
    expect(sorted(federated.body)).toEqual(sorted(direct.body));
    // Language tags survive the remote answer.
    expect((JSON.parse(federated.body) as Rows).results.bindings.every((b) => b.label['xml:lang'] === 'en')).toBe(true);
    expect(sorted(federated.body)).toHaveLength(3);
  });

  it('gives each remote call a LIMIT (KB_FEDERATION_MAX_RESULTS)', async () => {
    const r = await query(local, `SELECT * WHERE { SERVICE <${remote.url}/sparql> { ?s ?p ?o } }`);
    expect(r.status).toBe(200);
    expect(sorted(r.body)).toHaveLength(2);
  });

  it('answers ASK and CONSTRUCT with SERVICE too', async () => {
    const ask = await query(local, `ASK { SERVICE <${remote.url}/sparql> { <${US}> <${RDFS_LABEL}> "United States"@en } }`);
    expect(JSON.parse(ask.body).boolean).toBe(true);
    const res = await fetch(`${local.url}/sparql`, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/n-triples' }, body: `CONSTRUCT { <${US}> <${RDFS_LABEL}> ?l } WHERE { SERVICE <${remote.url}/sparql> { <${US}> <${RDFS_LABEL}> ?l } }` });
    expect(await res.text()).toBe(`<${US}> <${RDFS_LABEL}> "United States"@en .\n`);
  });
});

describe('SERVICE refused', () => {
  it('names the endpoint and KB_FEDERATION_ALLOW when the allowlist is empty, and opens no connection', async () => {
    const before = trap.connections();
    const r = await query(remote, `SELECT * WHERE { SERVICE <${trap.url}/sparql> { ?s ?p ?o } }`);
    expect(r.status).toBe(400);
    expect(r.body).toContain(`SERVICE <${trap.url}/sparql> is not allowed: KB_FEDERATION_ALLOW is empty`);
    expect(trap.connections()).toBe(before);
  });

  it('names the endpoint and the allowlist for an endpoint not on it, and opens no connection', async () => {
    const before = trap.connections();
    const r = await query(local, `SELECT * WHERE { SERVICE <${trap.url}/other> { ?s ?p ?o } }`);
    expect(r.status).toBe(400);
    expect(r.body).toMatch(new RegExp(`SERVICE <${trap.url}/other> is not allowed: it is not among the endpoints KB_FEDERATION_ALLOW names`));
    expect(trap.connections()).toBe(before);
  });

  it('refuses an allowlisted host name that resolves to a loopback address, without connecting', async () => {
    const before = trap.connections();
    const endpoint = `http://localhost:${new URL(trap.url).port}/sparql`;
    const r = await query(local, `SELECT * WHERE { SERVICE <${endpoint}> { ?s ?p ?o } }`);
    expect(r.status).toBe(400);
    expect(r.body).toMatch(/localhost resolves to (127\.0\.0\.1|::1), which is not a public address; name it by its address in KB_FEDERATION_ALLOW/);
    expect(trap.connections()).toBe(before);
  });

  it('refuses a SERVICE with a variable endpoint', async () => {
    const r = await query(local, 'SELECT * WHERE { SERVICE ?e { ?s ?p ?o } }');
    expect(r.status).toBe(400);
    expect(r.body).toMatch(/SERVICE endpoint must be an IRI/);
  });

  it('does not follow a redirect from an allowlisted endpoint to another server (502)', async () => {
    const before = trap.connections();
    const r = await query(local, `SELECT * WHERE { SERVICE <${redirecting.url}/sparql> { ?s ?p ?o } }`);
    expect(r.status).toBe(502);
    expect(r.body).toMatch(/answered with a redirect \(302\).*redirects are not followed/);
    expect(trap.connections()).toBe(before);
  });

  it('stops a remote call at its time limit (502 naming KB_FEDERATION_TIMEOUT_MS)', async () => {
    const r = await query(local, `SELECT * WHERE { SERVICE <${silent.url}/sparql> { ?s ?p ?o } }`);
    expect(r.status).toBe(502);
    expect(r.body).toMatch(/gave no answer within 1500 ms \(KB_FEDERATION_TIMEOUT_MS\)/);
  });
});
