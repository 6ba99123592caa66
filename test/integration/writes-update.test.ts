/** SPARQL 1.1 Update at /update: tokens, validation, provenance and read-your-writes, on a copy of the data. */
import { Parser as N3Parser } from 'n3';
import { request } from './support/http';
import { ALICE, BOB, bearer, filesOf, useWritableServer } from './support/writable';

const server = useWritableServer();
const US = 'https://w3id.org/cdkg/id/state/united-states';
const ACTORS = 'https://w3id.org/cdkg/graph/actors';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const comment = (text: string) => `INSERT DATA { GRAPH <${ACTORS}> { <${US}> <${RDFS}comment> ${JSON.stringify(text)}@en } }`;
const update = (text: string, headers: Record<string, string> = bearer(ALICE.token)) =>
  request(`${server.url()}/update`, { method: 'POST', headers: { 'Content-Type': 'application/sparql-update', ...headers }, body: text });
const ask = async (query: string) => {
  const res = await request(`${server.url()}/sparql?query=${encodeURIComponent(query)}`, { headers: { Accept: 'application/sparql-results+json' } });
  return (JSON.parse(res.body) as { boolean: boolean }).boolean;
};

describe('POST /update', () => {
  test('an update without a token is a 401 with WWW-Authenticate, and changes nothing', async () => {
    const before = filesOf(server.dataDir);
    const res = await update(comment('anonymous'), {});
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer /);
    expect(await ask(`ASK { <${US}> <${RDFS}comment> "anonymous"@en }`)).toBe(false);
    expect(filesOf(server.dataDir)).toEqual(before);
  });

  test('a wrong token is a 401 that does not echo the token', async () => {
    const res = await update(comment('wrong'), bearer('not-a-valid-token-at-all'));
    expect(res.status).toBe(401);
    expect(res.body).not.toContain('not-a-valid-token-at-all');
  });

  test('an authorised update is acknowledged, and the next query sees it at once', async () => {
    const res = await update(comment('first write'));
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as { change: string; added: number; removed: number; graphs: string[] };
    expect(body).toMatchObject({ added: 1, removed: 0, graphs: [ACTORS] });
    expect(body.change).toMatch(/^https:\/\/w3id\.org\/cdkg\/change\//);
    expect(await ask(`ASK { GRAPH <${ACTORS}> { <${US}> <${RDFS}comment> "first write"@en } }`)).toBe(true);
  });

  test('the form encoding with update= is accepted too', async () => {
    const res = await request(`${server.url()}/update`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...bearer(BOB.token) },
      body: `update=${encodeURIComponent(comment('form write'))}`,
    });
    expect(res.status).toBe(200);
    expect(await ask(`ASK { <${US}> <${RDFS}comment> "form write"@en }`)).toBe(true);
  });

  test('an update that breaks a shape is refused whole with the report as JSON; store and files stay as they were', async () => {
    const before = filesOf(server.dataDir);
    const text = `PREFIX cdkg: <https://w3id.org/cdkg/ontology#>
INSERT DATA { GRAPH <${ACTORS}> { <${US}> <${RDFS}comment> "half of a bad write"@en . <${US}> cdkg:signatoryOf "not an instrument" } }`;
    const res = await update(text);
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const report = JSON.parse(res.body) as { violations: { focusNode: string; path: string; message: string }[] };
    expect(report.violations).toEqual(expect.arrayContaining([expect.objectContaining({ focusNode: US, path: 'https://w3id.org/cdkg/ontology#signatoryOf' })]));
    expect(report.violations[0].message).toMatch(/Instrument/);
    expect(await ask(`ASK { <${US}> <${RDFS}comment> "half of a bad write"@en }`)).toBe(false);
    expect(filesOf(server.dataDir)).toEqual(before);
  });

  test('a syntax error is a 400 naming line and column', async () => {
    const res = await update('INSERT DATA { <a> <b> }');
    expect(res.status).toBe(400);
    expect(res.body).toMatch(/line 1/);
  });

  test('LOAD is refused: the store fetches nothing', async () => {
    const res = await update('LOAD <http://example.org/data.ttl>');
    expect(res.status).toBe(400);
  });

  test('each committed write is in the changes graph and in /changes, newest first, with the token name and never the token', async () => {
    const res = await request(`${server.url()}/changes`, { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(200);
    const { changes } = JSON.parse(res.body) as { changes: { agent: string; added: number; operation: string; update?: string; time: string }[] };
    expect(changes.map((c) => c.agent)).toEqual(['bob', 'alice']);
    expect(changes[0].update).toContain('form write');
    expect(changes[0].time >= changes[1].time).toBe(true);
    expect(res.body).not.toContain(ALICE.token);
    const feed = await request(`${server.url()}/changes/feed.json`);
    expect((JSON.parse(feed.body) as { items: unknown[] }).items).toHaveLength(2);
    const html = await request(`${server.url()}/changes`, { headers: { Accept: 'text/html' } });
    expect(html.body).toContain('form write');
  });

  test('the page of an entity a write touched says when and by whom it last changed, linked to the change log; others do not', async () => {
    const { changes } = JSON.parse((await request(`${server.url()}/changes`, { headers: { Accept: 'application/json' } })).body) as { changes: { id: string; time: string }[] };
    const page = await request(`${server.url()}/id/state/united-states`, { headers: { Accept: 'text/html' } });
    expect(page.body).toContain(`Last changed <time datetime="${changes[0].time}">${changes[0].time}</time> by bob`);
    expect(page.body).toContain(`href="/changes#${changes[0].id}"`);
    const untouched = await request(`${server.url()}/id/union/european-union`, { headers: { Accept: 'text/html' } });
    expect(untouched.status).toBe(200);
    expect(untouched.body).not.toContain('Last changed');
  });

  test('the service description lists /update as a SPARQL 1.1 Update service and /graphs as a Graph Store', async () => {
    const res = await request(`${server.url()}/sparql`, { headers: { Accept: 'text/turtle' } });
    const quads = new N3Parser({ baseIRI: `${server.url()}/sparql` }).parse(res.body);
    const has = (s: string, p: string, o: string) => quads.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);
    expect(has(`${server.url()}/update`, 'http://www.w3.org/ns/sparql-service-description#supportedLanguage', 'http://www.w3.org/ns/sparql-service-description#SPARQL11Update')).toBe(true);
    expect(has(`${server.url()}/graphs`, 'http://purl.org/dc/terms/conformsTo', 'https://www.w3.org/TR/sparql11-http-rdf-update/')).toBe(true);
  });

  test('the journal holds the writes until a snapshot, and never a token', async () => {
    const journal = filesOf(server.dataDir)['.journal'];
    expect(journal.trim().split('\n')).toHaveLength(2);
    expect(journal).not.toContain(ALICE.token);
    expect(journal).not.toContain(BOB.token);
  });
});

describe('a write into the default graph', () => {
  test('is written to data/graphs.trig when the server stops, beside the ontology graph, which stays in its generated file', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const { startServer } = await import('../../src/http/server');
    const { writableConfig, copyOfData } = await import('./support/writable');
    const copy = copyOfData();
    const s = await startServer(writableConfig(copy.dataDir, copy.sourcesDir), () => undefined);
    const text = 'INSERT DATA { <https://example.org/thing> <http://www.w3.org/2000/01/rdf-schema#label> "in the default graph"@en }';
    try {
      const res = await request(`${s.url}/update`, { method: 'POST', headers: { 'Content-Type': 'application/sparql-update', ...bearer(ALICE.token) }, body: text });
      expect(res.status).toBe(200);
    } finally {
      await s.close();
    }
    const trig = fs.readFileSync(path.join(copy.dataDir, 'graphs.trig'), 'utf8');
    const quads = new N3Parser({ format: 'TriG' }).parse(trig);
    expect(quads.map((q) => [q.subject.value, q.object.value, q.graph.termType])).toEqual([['https://example.org/thing', 'in the default graph', 'DefaultGraph']]);
    fs.rmSync(copy.root, { recursive: true, force: true });
  });
});

describe('a server without tokens', () => {
  test('refuses writes with 403 saying writes are disabled', async () => {
    const { startServer } = await import('../../src/http/server');
    const { writableConfig, copyOfData } = await import('./support/writable');
    const copy = copyOfData();
    const s = await startServer(writableConfig(copy.dataDir, copy.sourcesDir, { adminTokens: [] }), () => undefined);
    try {
      const res = await request(`${s.url}/update`, { method: 'POST', headers: { 'Content-Type': 'application/sparql-update', ...bearer(ALICE.token) }, body: comment('x') });
      expect(res.status).toBe(403);
      expect(res.body).toMatch(/disabled/);
    } finally {
      await s.close();
    }
  });
});

