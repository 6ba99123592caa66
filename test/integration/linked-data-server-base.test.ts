/**
 * The absolute URLs of the dataset and service descriptions (void:sparqlEndpoint,
 * void:dataDump, dcat:downloadURL, dcat:accessURL, sd:endpoint) come from the
 * configured server base, or the address the server listens on, and never from
 * the request's Host header: any client can set that, and a shared cache would
 * replay its URLs to every later reader.
 */
import path from 'node:path';
import type * as RDF from '@rdfjs/types';
import { DCAT, SD, VOID } from '../../ontology/namespaces';
import { DEFAULTS, type Config } from '../../src/config';
import { startServer, type RunningServer } from '../../src/http/server';
import { parseRdf } from '../../src/store/oxigraph';
import { request } from './support/http';

const config: Config = { ...DEFAULTS, dataDir: path.join(__dirname, '../fixtures/linked-data/data'), port: 0, workers: 1 };
const SERVER_BASE = 'https://cdkg.example.org/kb/';

/** Every absolute URL the descriptions give for the endpoint and the dumps. */
const URL_PREDICATES: readonly string[] = [VOID.sparqlEndpoint, VOID.dataDump, DCAT.downloadURL, DCAT.accessURL, DCAT.endpointURL, SD.endpoint];

async function describedUrls(url: string, pathname: string): Promise<string[]> {
  const res = await request(`${url}${pathname}`, { headers: { Accept: 'text/turtle', Host: 'evil.example' } });
  expect(res.status).toBe(200);
  expect(res.body).not.toContain('evil.example');
  const quads: RDF.Quad[] = parseRdf(res.body, { format: 'text/turtle' });
  return quads.filter((q) => URL_PREDICATES.includes(q.predicate.value)).map((q) => q.object.value);
}

describe('without a configured server base', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(config, () => undefined);
  });
  afterAll(() => server.close());

  test('the VoID and DCAT URLs are under the address the server listens on, whatever Host the client sends', async () => {
    const urls = await describedUrls(server.url, '/void');
    expect(urls).toContain(`${server.url}/sparql`);
    expect(urls).toContain(`${server.url}/dumps/cdkg.nt.gz`);
    for (const u of urls) expect(u.startsWith(`${server.url}/`)).toBe(true);
  });

  test('the service description names the endpoint at the address the server listens on, whatever Host the client sends', async () => {
    expect(new Set(await describedUrls(server.url, '/sparql'))).toEqual(new Set([`${server.url}/sparql`]));
  });
});

describe('with a configured server base (KB_SERVER_BASE)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ ...config, serverBase: SERVER_BASE }, () => undefined);
  });
  afterAll(() => server.close());

  test('the VoID and DCAT URLs are under the server base', async () => {
    const urls = await describedUrls(server.url, '/.well-known/void');
    expect(urls).toContain(`${SERVER_BASE}sparql`);
    expect(urls).toContain(`${SERVER_BASE}dumps/cdkg.ttl.gz`);
    for (const u of urls) expect(u.startsWith(SERVER_BASE)).toBe(true);
  });

  test('the service description names the endpoint under the server base', async () => {
    expect(new Set(await describedUrls(server.url, '/sparql'))).toEqual(new Set([`${SERVER_BASE}sparql`]));
  });
});
