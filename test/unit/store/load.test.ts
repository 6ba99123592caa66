/** Unit tests of src/store/load.ts: each data file goes into its own named graph, and a malformed one fails the whole load with its position. */
import path from 'node:path';
import { graphIri } from '../../../ontology/namespaces';
import { DEFAULTS } from '../../../src/config';
import { ParseError } from '../../../src/errors';
import { loadStore } from '../../../src/store/load';
import { EmbeddedStore } from '../../../src/store/oxigraph';

const MALFORMED = path.join(__dirname, '..', '..', 'fixtures', 'malformed');

describe('loadStore', () => {
  afterEach(() => jest.restoreAllMocks());

  test('a malformed Turtle file fails the load with its file, line and column, and nothing is loaded', () => {
    const addAll = jest.spyOn(EmbeddedStore.prototype, 'addAll');
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
    // The ontology and the valid file parsed before the broken one, yet none of their triples reached a store.
    expect(addAll).not.toHaveBeenCalled();
  });

  test('each data file is loaded into a named graph of its own, beside the ontology', async () => {
    const { store, files } = loadStore({ dataDir: path.join(__dirname, '..', '..', 'fixtures', 'shacl', 'valid'), ontologyDir: DEFAULTS.ontologyDir, loadOntology: true });
    expect(await store.graphs()).toEqual([graphIri('annotations'), graphIri('facts'), graphIri('ontology')]);
    expect(files.map((f) => f.graph)).toEqual([graphIri('ontology'), graphIri('annotations'), graphIri('facts')]);
    expect(await store.size()).toBe(files.reduce((n, f) => n + f.triples, 0));
  });
});
