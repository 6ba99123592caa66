import { DataFactory } from 'n3';
import { entityIri } from '../../../../ontology/namespaces';
import { compareView, resolveActor } from '../../../../src/export/linked-data/compare-view';
import { link } from '../../../../src/export/linked-data/links';
import { PUBLIC_BASE, fixtureStore } from './support';

const { namedNode, literal } = DataFactory;

describe('compareView', () => {
  const a = link(entityIri('state', 'united-states'), 'United States', PUBLIC_BASE);
  const b = link(entityIri('union', 'european-union'), 'European Union', PUBLIC_BASE);

  test('turns the query\'s aggregated columns into the ontology\'s words, one list per actor', () => {
    const view = compareView(a, b, [
      {
        item: namedNode(entityIri('process', 'ad-hoc-committee')),
        itemLabel: literal('Ad Hoc Committee'),
        kind: literal('Process'),
        aRelations: literal('participatesIn'),
        aStances: literal('supporting'),
        aQuotes: literal('the US has agreed to participate | a second quote'),
        aSources: literal(`${entityIri('source', 'atlas-us-eu')} ${entityIri('source', 'unodc-ahc')}`),
        bRelations: literal('representedBy EU member states, participatesIn (EU member states)'),
      },
    ], '/sparql#query=x', PUBLIC_BASE);
    expect(view.rows).toEqual([
      {
        item: { iri: entityIri('process', 'ad-hoc-committee'), href: '/id/process/ad-hoc-committee', label: 'Ad Hoc Committee' },
        kind: 'process',
        a: { relations: ['participates in'], stances: ['supports'], quotes: ['the US has agreed to participate', 'a second quote'], sources: [
          { iri: entityIri('source', 'atlas-us-eu'), href: '/id/source/atlas-us-eu', label: 'source:atlas-us-eu' },
          { iri: entityIri('source', 'unodc-ahc'), href: '/id/source/unodc-ahc', label: 'source:unodc-ahc' },
        ] },
        b: { relations: ['represented by EU member states', 'participates in (EU member states)'], stances: [], quotes: [], sources: [] },
      },
    ]);
  });
});

describe('resolveActor', () => {
  test('finds a state, a union or a group by its slug, and nothing for an unknown slug', async () => {
    expect((await resolveActor(fixtureStore(), 'united-states', PUBLIC_BASE))?.href).toBe('/id/state/united-states');
    expect((await resolveActor(fixtureStore(), 'eu-member-states', PUBLIC_BASE))?.label).toBe('EU member states');
    expect(await resolveActor(fixtureStore(), 'atlantis', PUBLIC_BASE)).toBeUndefined();
    expect(await resolveActor(fixtureStore(), 'budapest-convention', PUBLIC_BASE)).toBeUndefined();
  });
});
