/**
 * SPARQL 1.1 Update at /update on foreign data (no ontology, an empty data folder): graph management over the
 * whole Graph Store, the changes graph kept out of it, and the protocol's dataset parameters (§2.2.3).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULTS } from '../../src/config';
import { startServer, type RunningServer } from '../../src/http/server';
import { request } from './support/http';
import { ALICE, bearer } from './support/writable';

const CHANGES = 'https://w3id.org/cdkg/graph/changes';
let server: RunningServer;
let root: string;
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'cdkg-update-dataset-'));
  fs.mkdirSync(path.join(root, 'data'));
  fs.mkdirSync(path.join(root, 'sources'));
  server = await startServer({ ...DEFAULTS, dataDir: path.join(root, 'data'), loadOntology: false, port: 0, workers: 1, adminTokens: [ALICE] }, () => undefined);
});
afterAll(async () => {
  await server.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const update = (text: string, query = '') =>
  request(`${server.url}/update${query}`, { method: 'POST', headers: { 'Content-Type': 'application/sparql-update', ...bearer(ALICE.token) }, body: text });
const graphs = async () => {
  const q = 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g';
  const res = await request(`${server.url}/sparql?query=${encodeURIComponent(q)}`, { headers: { Accept: 'application/sparql-results+json' } });
  return (JSON.parse(res.body) as { results: { bindings: { g: { value: string } }[] } }).results.bindings.map((b) => b.g.value);
};
const DATA = 'INSERT DATA { GRAPH <urn:g:1> { <urn:d1> a <urn:Doc> } GRAPH <urn:g:2> { <urn:d2> a <urn:Doc> } <urn:d0> a <urn:Doc> }';

describe('/update over the whole Graph Store', () => {
  test('DROP ALL drops every data graph and keeps the changes graph, which records the drop too', async () => {
    expect((await update(DATA)).status).toBe(200);
    expect(await graphs()).toEqual([CHANGES, 'urn:g:1', 'urn:g:2']);
    const res = await update('DROP ALL');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ removed: 3 });
    expect(await graphs()).toEqual([CHANGES]);
    const changes = JSON.parse((await request(`${server.url}/changes`, { headers: { Accept: 'application/json' } })).body) as { changes: { update?: string }[] };
    expect(changes.changes.map((c) => c.update)).toEqual(['DROP ALL', DATA]);
  });

  test('an update that writes into the changes graph is refused, and changes nothing', async () => {
    const res = await update(`INSERT DATA { GRAPH <${CHANGES}> { <urn:a> <urn:b> <urn:c> } }`);
    expect(res.status).toBe(400);
    expect(res.body).toMatch(/is written by the server alone/);
    expect(await graphs()).toEqual([CHANGES]);
  });

  test('using-graph-uri in the URL of a direct POST is the WHERE clause\'s default graph (Protocol §2.2.3)', async () => {
    expect((await update(DATA)).status).toBe(200);
    const copy = 'INSERT { GRAPH <urn:out> { ?s a <urn:Seen> } } WHERE { ?s a <urn:Doc> }';
    expect((await update(copy, `?using-graph-uri=${encodeURIComponent('urn:g:2')}`)).status).toBe(200);
    const q = 'SELECT ?s WHERE { GRAPH <urn:out> { ?s a <urn:Seen> } }';
    const res = await request(`${server.url}/sparql?query=${encodeURIComponent(q)}`, { headers: { Accept: 'application/sparql-results+json' } });
    expect((JSON.parse(res.body) as { results: { bindings: { s: { value: string } }[] } }).results.bindings.map((b) => b.s.value)).toEqual(['urn:d2']);
  });

  test('using-named-graph-uri in a form body, with USING in the update too, is a 400 naming the conflict', async () => {
    const body = `update=${encodeURIComponent('INSERT { <urn:a> <urn:b> <urn:c> } USING <urn:g:1> WHERE { ?s ?p ?o }')}&using-named-graph-uri=${encodeURIComponent('urn:g:2')}`;
    const res = await request(`${server.url}/update`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...bearer(ALICE.token) }, body });
    expect(res.status).toBe(400);
    expect(res.body).toMatch(/USING, USING NAMED or WITH/);
  });

  test('a dataset parameter that is not an absolute IRI is a 400 naming it', async () => {
    const res = await update('DELETE WHERE { ?s ?p ?o }', '?using-graph-uri=g1');
    expect(res.status).toBe(400);
    expect(res.body).toMatch(/^using-graph-uri must be an absolute IRI, not "g1"/);
  });
});
