/** The fixture server and shared helpers of the endpoint tests (endpoint-*.test.ts), one server per test file. */
import path from 'node:path';
import { Parser as N3Parser } from 'n3';
import { DEFAULTS, type Config } from '../../../src/config';
import { startServer, type RunningServer } from '../../../src/http/server';

export const ROOT = path.join(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures');

export const config: Config = {
  ...DEFAULTS,
  dataDir: path.join(FIXTURES, 'endpoint/data'),
  queriesDir: path.join(FIXTURES, 'queries'),
  loadOntology: false,
  port: 0,
  workers: 2,
  queryTimeoutMs: 2000,
  maxResults: 10,
};

export const PEOPLE = 'SELECT ?person ?name WHERE { ?person a <http://example.org/Person> ; <http://example.org/name> ?name } ORDER BY ?name';
export const CITIES = 'CONSTRUCT { ?c a <http://example.org/City> ; <http://example.org/name> ?n } WHERE { ?c a <http://example.org/City> ; <http://example.org/name> ?n }';
export const RUNAWAY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }';
export const SD = 'http://www.w3.org/ns/sparql-service-description#';
export const PEOPLE_GRAPH = 'https://w3id.org/cdkg/graph/people';
export const PLACES_GRAPH = 'https://w3id.org/cdkg/graph/places';

/** Starts the fixture server before the file's tests and stops it after them; `url()` is its base URL. */
export function useEndpoint(overrides: Partial<Config> = {}): { url: () => string } {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startServer({ ...config, ...overrides }, () => undefined);
    // Tests of the reserve worker and of concurrency need every worker, not just the first one that loaded.
    await server.whenLoaded();
  });
  afterAll(() => server?.close());
  return { url: () => (server as RunningServer).url };
}

export const names = (body: string) => (JSON.parse(body) as { results: { bindings: { name: { value: string } }[] } }).results.bindings.map((b) => b.name.value);
export const turtle = (body: string, format = 'text/turtle') => new N3Parser({ format }).parse(body);
export const rows = (body: string) => (JSON.parse(body) as { results: { bindings: Record<string, { value: string }>[] } }).results.bindings;
