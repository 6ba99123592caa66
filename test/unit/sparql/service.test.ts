/** Unit tests of src/sparql/service.ts and src/sparql/description.ts: queries are checked before the store sees them, answers are capped, and the service describes itself. */
import path from 'node:path';
import { FORMATS, graphIri } from '../../../ontology/namespaces';
import { QuerySyntaxError, UnsupportedError } from '../../../src/errors';
import { serviceDescription } from '../../../src/sparql/description';
import { storeStats } from '../../../src/store/stats';
import { SparqlService } from '../../../src/sparql/service';
import { loadStore } from '../../../src/store/load';
import type { ResultText } from '../../../src/store/result-text';
import type { KnowledgeStore, QueryOptions, QueryResult, TextQueryOptions } from '../../../src/store/types';

const DATA = path.join(__dirname, '../../fixtures/endpoint/data');
const { store } = loadStore({ dataDir: DATA, ontologyDir: '', loadOntology: false });
const BASE = 'http://example.org/sparql';

/** A store that records what it is asked, to show the service depends on the interface only. */
class RecordingStore implements KnowledgeStore {
  readonly seen: { sparql: string; options?: QueryOptions }[] = [];
  async query(sparql: string, options?: QueryOptions): Promise<QueryResult> {
    this.seen.push({ sparql, options });
    return store.query(sparql, options);
  }
  async queryText(sparql: string, options: TextQueryOptions): Promise<ResultText> {
    this.seen.push({ sparql, options });
    return store.queryText(sparql, options);
  }
  quads = () => store.quads();
  graphs = () => store.graphs();
  size = () => store.size();
}

describe('SparqlService', () => {
  it('answers through any KnowledgeStore, passing the dataset, its base IRI and the query form', async () => {
    const recording = new RecordingStore();
    const service = new SparqlService(recording, { maxResults: 100, baseIri: BASE, storeParses: false });
    const dataset = { defaultGraphs: ['https://w3id.org/cdkg/graph/places'], namedGraphs: [] };
    const out = await service.query('SELECT ?c WHERE { ?c a <http://example.org/City> }', dataset);
    expect(out.result.kind === 'select' && out.result.bindings).toHaveLength(2);
    expect(recording.seen[0].options).toEqual({ dataset, baseIri: BASE, form: 'select' });
  });

  it('refuses malformed queries and updates before they reach the store', async () => {
    const recording = new RecordingStore();
    const service = new SparqlService(recording, { maxResults: 100, baseIri: BASE, storeParses: false });
    await expect(service.query('SELECT * WHERE {')).rejects.toBeInstanceOf(QuerySyntaxError);
    await expect(service.query('DROP ALL')).rejects.toBeInstanceOf(UnsupportedError);
    expect(recording.seen).toHaveLength(0);
  });

  it('cuts a SELECT answer at maxResults and says so, asking the store for one row more only', async () => {
    const recording = new RecordingStore();
    const service = new SparqlService(recording, { maxResults: 3, baseIri: BASE, storeParses: false });
    const out = await service.query('SELECT * WHERE { ?s ?p ?o }');
    expect(out.truncated).toBe(true);
    expect(out.result.kind === 'select' && out.result.bindings).toHaveLength(3);
    expect(recording.seen[0].sparql).toMatch(/LIMIT 4\s*$/);
  });

  it('appends the cap to the text as sent, after a final comment, and rewrites the query only when a LIMIT or trailing VALUES is in the way', async () => {
    const recording = new RecordingStore();
    const service = new SparqlService(recording, { maxResults: 3, baseIri: BASE, storeParses: false });
    await service.query('SELECT * WHERE { ?s ?p ?o } OFFSET 1 # the rest');
    expect(recording.seen[0].sparql).toBe('SELECT * WHERE { ?s ?p ?o } OFFSET 1 # the rest\nLIMIT 4');
    await service.query('SELECT * WHERE { ?s ?p ?o } LIMIT 50');
    expect(recording.seen[1].sparql).toMatch(/LIMIT 4\s*$/);
    const values = await service.query('SELECT * WHERE { ?s ?p ?o } VALUES ?s { <http://example.org/bob> }');
    expect(recording.seen[2].sparql).toMatch(/LIMIT 4\s*VALUES/);
    expect(values.result.kind === 'select' && values.result.bindings.length).toBeGreaterThan(0);
  });

  it('checks a query text once: the same text again is the same checked query, a refused one is refused again', () => {
    const service = new SparqlService(store, { maxResults: 3, baseIri: BASE, storeParses: false });
    const text = 'SELECT * WHERE { ?s ?p ?o }';
    expect(service.parse(text)).toBe(service.parse(text));
    expect(() => service.parse('SELECT * WHERE {')).toThrow(QuerySyntaxError);
    expect(() => service.parse('SELECT * WHERE {')).toThrow(QuerySyntaxError);
  });

  it('answers a SELECT as the text the store writes, cut at maxResults and marked', async () => {
    const recording = new RecordingStore();
    const service = new SparqlService(recording, { maxResults: 3, baseIri: BASE, storeParses: false });
    const { answer } = await service.runText(service.parse('SELECT * WHERE { ?s ?p ?o }'), 'text/tab-separated-values');
    expect(answer.truncated).toBe(true);
    expect(answer.text.split('\n').filter(Boolean)).toHaveLength(4);
    expect(recording.seen[0].options).toMatchObject({ mediaType: 'text/tab-separated-values', maxResults: 3, baseIri: BASE, form: 'select' });
  });

  it('keeps a smaller LIMIT of the query and does not flag a complete answer', async () => {
    const service = new SparqlService(store, { maxResults: 3, baseIri: BASE, storeParses: false });
    const out = await service.query('SELECT * WHERE { ?s ?p ?o } LIMIT 2');
    expect(out.truncated).toBe(false);
    expect(out.query.text).toBe('SELECT * WHERE { ?s ?p ?o } LIMIT 2');
  });

  it('cuts a CONSTRUCT answer at maxResults triples', async () => {
    const service = new SparqlService(store, { maxResults: 5, baseIri: BASE, storeParses: false });
    const out = await service.query('CONSTRUCT WHERE { ?s ?p ?o }');
    expect(out.truncated).toBe(true);
    expect(out.result.kind === 'graph' && out.result.quads).toHaveLength(5);
  });

  it('resolves relative IRIs against the endpoint', async () => {
    const service = new SparqlService(store, { maxResults: 5, baseIri: BASE, storeParses: false });
    const out = await service.query('CONSTRUCT { <s> <p> 1 } WHERE {}');
    expect(out.result.kind === 'graph' && out.result.quads[0].subject.value).toBe('http://example.org/s');
  });
});

describe('SparqlService with the store as the parser of simple queries', () => {
  const service = (recording: RecordingStore, maxResults = 100) => new SparqlService(recording, { maxResults, baseIri: BASE, storeParses: true });

  it('sends a simple query to the store unparsed, and parses its tree only when a caller asks for it', async () => {
    const recording = new RecordingStore();
    const s = service(recording);
    const parsed = s.parse('SELECT ?c WHERE { ?c a <http://example.org/City> }');
    expect(parsed).toMatchObject({ checked: false, form: 'select', services: [], trailingValues: false });
    const out = await s.run(parsed);
    expect(out.result.kind === 'select' && out.result.bindings).toHaveLength(2);
    expect(recording.seen[0].sparql).toBe('SELECT ?c WHERE { ?c a <http://example.org/City> }\nLIMIT 101');
    expect(parsed.variables).toEqual(['c']);
  });

  it.each([
    ['FROM', 'SELECT ?c FROM <https://w3id.org/cdkg/graph/places> WHERE { ?c ?p ?o }'],
    ['SERVICE', 'SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }'],
    ['a trailing VALUES', 'SELECT * WHERE { ?s ?p ?o } VALUES ?s { <http://example.org/a> }'],
    ['a LIMIT above the cap', 'SELECT * WHERE { ?s ?p ?o } LIMIT 5000'],
  ])('parses a query with %s fully, as its tree decides how it runs', (_what, text) => {
    expect(service(new RecordingStore()).parse(text).checked).toBe(true);
  });

  it("gives sparqljs's syntax error, with line and column, for a simple query the store's parser refused, and forgets the text", async () => {
    const recording = new RecordingStore();
    const s = service(recording);
    const text = 'SELECT * WHERE {\n  ?s ?p }';
    const error = await s.query(text).catch((e: unknown) => e);
    expect(recording.seen).toHaveLength(1);
    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect((error as QuerySyntaxError).position.line).toBe(2);
    // The message sparqljs gives, as with the store left out (checked by the full path here).
    const full = await new SparqlService(new RecordingStore(), { maxResults: 100, baseIri: BASE, storeParses: false }).query(text).catch((e: unknown) => e);
    expect((error as Error).message).toBe((full as Error).message);
    await s.query(text).catch(() => undefined);
    expect(recording.seen).toHaveLength(2);
  });

  it('keeps a LIMIT at or under the cap as it is, and refuses updates by name without the store', async () => {
    const recording = new RecordingStore();
    const s = service(recording, 3);
    await s.query('SELECT * WHERE { ?s ?p ?o } LIMIT 2');
    expect(recording.seen[0].sparql).toBe('SELECT * WHERE { ?s ?p ?o } LIMIT 2');
    await expect(s.query('DROP ALL')).rejects.toThrow('SPARQL Update (DROP) is not accepted');
    expect(recording.seen).toHaveLength(1);
  });
});

describe('the service description', () => {
  it('states the endpoint, language, each format once, union default graph and VoID statistics', async () => {
    const stats = await storeStats(store);
    expect(stats).toMatchObject({ triples: 18, distinctSubjects: 5, graphs: [{ graph: graphIri('people'), triples: 14 }, { graph: graphIri('places'), triples: 4 }] });
    const quads = serviceDescription('http://localhost/sparql', [FORMATS.SPARQL_Results_JSON, FORMATS.Turtle, FORMATS.Turtle], stats, { federation: false });
    const has = (p: string, o: string) => quads.some((q) => q.predicate.value.endsWith(p) && q.object.value === o);
    expect(has('#endpoint', 'http://localhost/sparql')).toBe(true);
    expect(has('#supportedLanguage', 'http://www.w3.org/ns/sparql-service-description#SPARQL11Query')).toBe(true);
    expect(has('#resultFormat', 'http://www.w3.org/ns/formats/SPARQL_Results_JSON')).toBe(true);
    expect(quads.filter((q) => q.predicate.value.endsWith('#resultFormat') && q.object.value === FORMATS.Turtle)).toHaveLength(1);
    expect(has('#feature', 'http://www.w3.org/ns/sparql-service-description#UnionDefaultGraph')).toBe(true);
    expect(has('#triples', '18')).toBe(true);
    expect(has('#name', 'https://w3id.org/cdkg/graph/places')).toBe(true);
    expect(has('#feature', 'http://www.w3.org/ns/sparql-service-description#BasicFederatedQuery')).toBe(false);
    expect(has('#supportedLanguage', 'http://www.w3.org/ns/sparql-service-description#SPARQL11Update')).toBe(false);
  });

  it('adds federation, the update service and the Graph Store as the configuration offers them', async () => {
    const quads = serviceDescription('http://localhost/sparql', [], await storeStats(store), { federation: true, updateEndpoint: 'http://localhost/update', graphStore: 'http://localhost/graphs' });
    const has = (s: string, p: string, o: string) => quads.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);
    const SDNS = 'http://www.w3.org/ns/sparql-service-description#';
    expect(has('http://localhost/sparql', `${SDNS}feature`, `${SDNS}BasicFederatedQuery`)).toBe(true);
    expect(has('http://localhost/update', `${SDNS}endpoint`, 'http://localhost/update')).toBe(true);
    expect(has('http://localhost/update', `${SDNS}supportedLanguage`, `${SDNS}SPARQL11Update`)).toBe(true);
    expect(has('http://localhost/graphs', 'http://purl.org/dc/terms/conformsTo', 'https://www.w3.org/TR/sparql11-http-rdf-update/')).toBe(true);
    expect(has('http://localhost/graphs', 'http://www.w3.org/ns/dcat#endpointURL', 'http://localhost/graphs')).toBe(true);
  });
});
