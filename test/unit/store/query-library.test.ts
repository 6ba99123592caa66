/** Unit tests of src/store/query-library.ts: internal .rq files load by name with the shared prefixes, and parameters are bound as terms, never spliced into text. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataFactory } from 'n3';
import { BadRequestError, InternalError } from '../../../src/errors';
import { EmbeddedStore } from '../../../src/store/oxigraph';
import { QueryLibrary } from '../../../src/store/query-library';

const { namedNode, literal, quad } = DataFactory;

describe('QueryLibrary', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdkg-rq-'));
  fs.writeFileSync(path.join(dir, 'labels.rq'), 'SELECT ?s ?label WHERE { ?s rdfs:label ?label }');
  fs.writeFileSync(path.join(dir, 'copy.rq'), 'CONSTRUCT { ?s rdfs:label ?label } WHERE { ?s rdfs:label ?label }');
  fs.writeFileSync(path.join(dir, 'broken.rq'), 'SELECT ?s WHERE { ?s');
  const library = new QueryLibrary<'labels' | 'copy' | 'broken' | 'missing'>(dir);

  const store = new EmbeddedStore();
  const label = namedNode('http://www.w3.org/2000/01/rdf-schema#label');
  // The same triple in two graphs: the union default graph yields it twice.
  store.addAll([
    quad(namedNode('http://example.org/a'), label, literal('A', 'en'), namedNode('http://example.org/g1')),
    quad(namedNode('http://example.org/a'), label, literal('A', 'en'), namedNode('http://example.org/g2')),
    quad(namedNode('http://example.org/b'), label, literal('B', 'en'), namedNode('http://example.org/g1')),
  ]);

  test('queries are parsed with the shared prefix table, so files need no PREFIX lines', () => {
    expect(library.text('labels')).toContain('PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>');
  });

  test('a parameter is bound as a term in a VALUES row and the cached query stays unbound', async () => {
    const rows = await library.select(store, 'labels', { s: namedNode('http://example.org/b') });
    expect(rows.map((r) => r.label.value)).toEqual(['B']);
    expect(library.text('labels')).not.toContain('VALUES');
  });

  test('a literal that tries to break out of the query stays one literal', async () => {
    const rows = await library.select(store, 'labels', { label: literal('A" } UNION { ?s ?p ?o } #') });
    expect(rows).toEqual([]);
  });

  test('construct returns each triple once although two graphs hold it', async () => {
    const quads = await library.construct(store, 'copy');
    expect(quads).toHaveLength(2);
  });

  test('a malformed or missing file is an internal error naming the file', () => {
    expect(() => library.text('broken')).toThrow(InternalError);
    expect(() => library.text('broken')).toThrow(/broken\.rq/);
    expect(() => library.text('missing')).toThrow(/missing\.rq/);
  });

  test('running a SELECT file as CONSTRUCT, or the reverse, is refused before the store is asked', async () => {
    await expect(library.construct(store, 'labels')).rejects.toThrow(/not a CONSTRUCT query/);
    await expect(library.select(store, 'copy')).rejects.toThrow(/not a SELECT query/);
  });

  test('tells the store the form of the query it runs', async () => {
    const seen: (string | undefined)[] = [];
    const recording = { ...store, query: (text: string, options?: { form?: string }) => (seen.push(options?.form), store.query(text, options as never)) } as unknown as EmbeddedStore;
    await library.select(recording, 'labels');
    await library.construct(recording, 'copy');
    expect(seen).toEqual(['select', 'construct']);
  });
  test('refuses to bind a named node that is not an absolute IRI, so no raw text reaches the generated query', () => {
    for (const bad of ['relative/path', 'http://x/ y', 'http://x/> } ; DROP ALL', '']) {
      expect(() => library.text('labels', { s: namedNode(bad) })).toThrow(BadRequestError);
    }
    expect(() => library.text('labels', { s: namedNode('http://x/>') })).toThrow('Parameter ?s of query labels: "http://x/>" is not an absolute IRI');
    expect(library.text('labels', { s: namedNode('http://example.org/a') })).toContain('<http://example.org/a>');
  });
});
