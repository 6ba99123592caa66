/** Result and RDF formats of /sparql, chosen by Accept or `format`, each parsed back by a real parser. */
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import jsonld from 'jsonld';
import * as rdflib from 'rdflib';
import { documentLoader } from '../../src/export';
import { get } from './support/http';
import { CITIES, PEOPLE, useEndpoint, turtle } from './support/endpoint';

const endpoint = useEndpoint();
let base: string;
beforeAll(() => {
  base = endpoint.url();
});

describe('result formats, each parsed back by a real parser', () => {
  it('writes SELECT results as SPARQL XML', async () => {
    const r = await get(base, PEOPLE, 'application/sparql-results+xml');
    expect(r.headers['content-type']).toMatch(/^application\/sparql-results\+xml/);
    const doc = new DOMParser().parseFromString(r.body, 'application/xml');
    expect(doc.getElementsByTagName('result')).toHaveLength(3);
    expect(doc.getElementsByTagName('literal')[0].textContent).toBe('Alice');
  });

  it('writes SELECT results as CSV and TSV', async () => {
    const csv = await get(base, PEOPLE, 'text/csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parseCsv(csv.body, { columns: true }) as { person: string; name: string }[];
    expect(rows.map((x) => x.name)).toEqual(['Alice', 'Bob', 'Carol, "the" third']);
    const tsv = await get(base, PEOPLE, 'text/tab-separated-values');
    const lines = tsv.body.trim().split('\n').map((l) => l.split('\t'));
    expect(lines[0]).toEqual(['?person', '?name']);
    expect(lines[1]).toEqual(['<http://example.org/alice>', '"Alice"']);
  });

  it('writes ASK results as JSON and XML', async () => {
    expect(JSON.parse((await get(base, 'ASK { ?s ?p ?o }')).body).boolean).toBe(true);
    const xml = await get(base, 'ASK { ?s <http://example.org/nothing> ?o }', 'application/sparql-results+xml');
    expect(new DOMParser().parseFromString(xml.body, 'application/xml').getElementsByTagName('boolean')[0].textContent).toBe('false');
  });

  it('writes CONSTRUCT results as Turtle by default', async () => {
    const r = await get(base, CITIES);
    expect(r.headers['content-type']).toMatch(/^text\/turtle/);
    expect(turtle(r.body)).toHaveLength(4);
  });

  it.each([
    ['application/n-triples', 'N-Triples'],
    ['application/n-quads', 'N-Quads'],
    ['application/trig', 'TriG'],
  ])('writes CONSTRUCT results as %s', async (type, format) => {
    const r = await get(base, CITIES, type);
    expect(r.headers['content-type']).toMatch(new RegExp(`^${type}`));
    expect(turtle(r.body, format)).toHaveLength(4);
  });

  it('writes CONSTRUCT results as JSON-LD', async () => {
    const r = await get(base, CITIES, 'application/ld+json');
    const quads = (await jsonld.toRDF(JSON.parse(r.body), { format: 'application/n-quads', documentLoader } as jsonld.Options.ToRdf)) as unknown as string;
    expect(quads.trim().split('\n')).toHaveLength(4);
  });

  it('writes CONSTRUCT results as RDF/XML', async () => {
    const r = await get(base, CITIES, 'application/rdf+xml');
    const store = rdflib.graph();
    rdflib.parse(r.body, store, 'http://example.org/', 'application/rdf+xml');
    expect(store.statements).toHaveLength(4);
  });

  it('follows q-values, and the format parameter over Accept', async () => {
    expect((await get(base, PEOPLE, 'application/sparql-results+json;q=0.2, text/csv;q=0.9')).headers['content-type']).toMatch(/^text\/csv/);
    expect((await get(base, PEOPLE, 'text/csv', '&format=xml')).headers['content-type']).toMatch(/^application\/sparql-results\+xml/);
    expect((await get(base, CITIES, undefined, '&format=ntriples')).headers['content-type']).toMatch(/^application\/n-triples/);
  });

  it('answers the common aliases for a graph result: application/json with JSON-LD, application/x-turtle and text/n3 with Turtle, application/xml with RDF/XML', async () => {
    const json = await get(base, CITIES, 'application/json');
    expect(json.headers['content-type']).toMatch(/^application\/ld\+json/);
    const nquads = (await jsonld.toRDF(JSON.parse(json.body), { format: 'application/n-quads', documentLoader } as jsonld.Options.ToRdf)) as unknown as string;
    expect(nquads.trim().split('\n')).toHaveLength(4);
    for (const type of ['application/x-turtle', 'text/n3']) {
      const r = await get(base, CITIES, type);
      expect(r.headers['content-type']).toMatch(/^text\/turtle/);
      expect(turtle(r.body)).toHaveLength(4);
    }
    const xml = await get(base, CITIES, 'application/xml');
    expect(xml.headers['content-type']).toMatch(/^application\/rdf\+xml/);
    const store = rdflib.graph();
    rdflib.parse(xml.body, store, 'http://example.org/', 'application/rdf+xml');
    expect(store.statements).toHaveLength(4);
  });

  it('still answers application/json and application/xml with SPARQL results for SELECT', async () => {
    expect((await get(base, PEOPLE, 'application/json')).headers['content-type']).toMatch(/^application\/sparql-results\+json/);
    expect((await get(base, PEOPLE, 'application/xml')).headers['content-type']).toMatch(/^application\/sparql-results\+xml/);
  });

  it('never sends a result format the client refused with q=0, even when its alias matches a wildcard', async () => {
    const r = await get(base, PEOPLE, 'application/*, application/sparql-results+xml;q=0, application/sparql-results+json;q=0, text/csv;q=0.1');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/csv/);
    expect((await get(base, PEOPLE, 'application/*, application/sparql-results+xml;q=0, application/sparql-results+json;q=0')).status).toBe(406);
  });

  it('refuses with 406 SPARQL XML results holding a character XML 1.0 cannot carry, naming the variable and row, while JSON carries it', async () => {
    const query = 'SELECT ?x WHERE { VALUES ?x { "fine" "a\\u0001b" } }';
    const xml = await get(base, query, 'application/sparql-results+xml');
    expect(xml.status).toBe(406);
    expect(xml.body).toMatch(/cannot carry the value of \?x in row 2: its literal holds U\+0001.*JSON, CSV or TSV/);
    const json = await get(base, query, 'application/sparql-results+json');
    expect(json.status).toBe(200);
    expect(JSON.parse(json.body).results.bindings[1].x.value).toBe('a\u0001b');
  });

  it('answers 406 when nothing acceptable exists, and 400 for an unknown format name', async () => {
    expect((await get(base, PEOPLE, 'image/png')).status).toBe(406);
    expect((await get(base, CITIES, 'application/sparql-results+json')).status).toBe(406);
    expect((await get(base, 'ASK {}', undefined, '&format=csv')).status).toBe(406);
    const bad = await get(base, PEOPLE, undefined, '&format=excel');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatch(/Unknown format "excel"/);
  });
});
