/** Unit tests of src/store/load.ts: each data file goes into its own named graph, and a malformed one fails the whole load with its position. */
import fs from 'node:fs';
import path from 'node:path';
import { DataFactory, Parser as N3Parser, Store as N3Store } from 'n3';
import { graphIri } from '../../../ontology/namespaces';
import { DEFAULTS } from '../../../src/config';
import { ParseError } from '../../../src/errors';
import { loadStore } from '../../../src/store/load';
import { EmbeddedStore } from '../../../src/store/oxigraph';

const MALFORMED = path.join(__dirname, '..', '..', 'fixtures', 'malformed');

describe('loadStore', () => {
  afterEach(() => jest.restoreAllMocks());

  test('a malformed Turtle file fails the load with its file, line and column, and no store is handed out', () => {
    const load = jest.spyOn(EmbeddedStore.prototype, 'load');
    let error: unknown;
    try {
      loadStore({ dataDir: MALFORMED, ontologyDir: DEFAULTS.ontologyDir, loadOntology: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ParseError);
    const { position, message } = error as ParseError;
    expect(position.file).toBe(path.relative(process.cwd(), path.join(MALFORMED, 'broken.ttl')));
    expect(position.line).toBe(4);
    expect(position.column).toBeGreaterThan(0);
    expect(message).toMatch(/^test\/fixtures\/malformed\/broken\.ttl:4:\d+: /);
    // The ontology and the valid file loaded before the broken one, into a store that nobody gets.
    expect(load.mock.calls.map(([, options]) => path.basename(options.file ?? ''))).toEqual(['cdkg.ttl', 'a-valid.ttl', 'broken.ttl']);
  });

  test('each data file is loaded into a named graph of its own, beside the ontology', async () => {
    const { store, files } = loadStore({ dataDir: path.join(__dirname, '..', '..', 'fixtures', 'shacl', 'valid'), ontologyDir: DEFAULTS.ontologyDir, loadOntology: true });
    expect(await store.graphs()).toEqual([graphIri('annotations'), graphIri('facts'), graphIri('ontology')]);
    expect(files.map((f) => f.graph)).toEqual([graphIri('ontology'), graphIri('annotations'), graphIri('facts')]);
    // The count of an independent parser (n3), each file's triples in its graph.
    const expected = new N3Store(files.flatMap((f) => new N3Parser({ baseIRI: f.graph }).parse(fs.readFileSync(f.file, 'utf8')).map((q) => DataFactory.quad(q.subject, q.predicate, q.object, DataFactory.namedNode(f.graph)))));
    expect(await store.size()).toBe(expected.size);
  });
});
