/** Unit tests of src/export/linked-data/results-view.ts: a named query's answer as an HTML table, with links to the same answer in machine formats. */
import { DataFactory } from 'n3';
import { entityIri, XSD } from '../../../../ontology/namespaces';
import { resultsView, type ResultsInput } from '../../../../src/export/linked-data/results-view';
import { PUBLIC_BASE } from './support';

const { namedNode, literal, blankNode, quad } = DataFactory;
const US = entityIri('state', 'united-states');

const input = (result: ResultsInput['result']): ResultsInput => ({
  name: 'actor-profile',
  title: 'Actor profile',
  description: 'Everything about one actor.',
  params: [['actor', 'state:united-states']],
  text: 'SELECT * WHERE { ?s ?p ?o }',
  result,
  publicBase: PUBLIC_BASE,
  formats: [{ name: 'csv', mediaType: 'text/csv' }],
});

describe('resultsView', () => {
  test('turns each row into one value per column: local links for CDKG IRIs, literals with a note worth showing, nothing for unbound', () => {
    const view = resultsView(input({ kind: 'select', variables: ['actor', 'label', 'when', 'missing'], bindings: [{ actor: namedNode(US), label: literal('United States', 'en'), when: literal('2.5', namedNode(XSD.decimal)) }] }));
    expect(view.columns).toEqual(['actor', 'label', 'when', 'missing']);
    expect(view.rows).toEqual([[
      { kind: 'link', link: { iri: US, href: '/id/state/united-states', label: 'state:united-states' } },
      { kind: 'literal', text: 'United States', note: undefined },
      { kind: 'literal', text: '2.5', note: 'xsd:decimal' },
      undefined,
    ]]);
  });

  test('links the machine formats with the same parameters, and the bound query in the editor', () => {
    const view = resultsView(input({ kind: 'ask', value: true }));
    expect(view.ask).toBe(true);
    expect(view.formats).toEqual([{ label: 'csv', href: '/queries/actor-profile?actor=state%3Aunited-states&format=csv', mediaType: 'text/csv' }]);
    expect(view.editorHref).toMatch(/^\/sparql#query=SELECT%20/);
  });

  test('shows a graph answer as subject, predicate and object, blank nodes by label', () => {
    const view = resultsView(input({ kind: 'graph', quads: [quad(blankNode('b0'), namedNode(`${US}#p`), literal('x'))] }));
    expect(view.columns).toEqual(['subject', 'predicate', 'object']);
    expect(view.rows[0][0]).toEqual({ kind: 'literal', text: '_:b0' });
  });
});
