/** Unit tests of the linked-data internal queries (src/export/linked-data/queries): parameters are bound as terms, so no value can change a query. */
import fs from 'node:fs';
import path from 'node:path';
import { DataFactory } from 'n3';
import { Parser } from 'sparqljs';
import { entityIri } from '../../../../ontology/namespaces';
import { LINKED_DATA_QUERIES, type QueryName } from '../../../../src/export/linked-data/queries';
import { fixtureStore } from './support';

const DIR = path.join(__dirname, '../../../../src/export/linked-data/queries');

describe('the linked-data internal queries', () => {
  const names = fs.readdirSync(DIR).filter((f) => f.endsWith('.rq')).map((f) => path.basename(f, '.rq') as QueryName);

  test.each(names)('%s parses with the shared prefix table and generates valid SPARQL', (name) => {
    const text = LINKED_DATA_QUERIES.text(name);
    expect(new Parser().parse(text).type).toBe('query');
  });

  test('a parameter is bound by a VALUES row in the syntax tree', () => {
    const text = LINKED_DATA_QUERIES.text('describe-entity', { entity: DataFactory.namedNode(entityIri('state', 'united-states')) });
    expect(text).toMatch(/WHERE \{\s*VALUES \?entity \{\s*state:united-states\s*\}/);
  });

  test('binding does not change the cached query for later calls', () => {
    LINKED_DATA_QUERIES.text('describe-entity', { entity: DataFactory.namedNode(entityIri('state', 'united-states')) });
    expect(LINKED_DATA_QUERIES.text('describe-entity')).not.toContain('VALUES');
  });

  test('a value written to break out of the query stays one literal', async () => {
    const slug = 'united-states" } UNION { ?actor ?p ?o } #';
    const rows = await LINKED_DATA_QUERIES.select(fixtureStore(), 'resolve-actor', { slug: DataFactory.literal(slug) });
    expect(rows).toEqual([]);
  });

  test('resolve-actor finds an actor by slug across kinds', async () => {
    const rows = await LINKED_DATA_QUERIES.select(fixtureStore(), 'resolve-actor', { slug: DataFactory.literal('european-union') });
    expect(rows[0].actor.value).toBe(entityIri('union', 'european-union'));
    expect(rows[0].label.value).toBe('European Union');
  });
});
