/** Unit tests of src/export/linked-data/compare-view.ts: the comparison of two actors groups rows by item and relation, each relation with its own quotes. */
import { DataFactory } from 'n3';
import { entityIri } from '../../../../ontology/namespaces';
import { compareView, resolveActor } from '../../../../src/export/linked-data/compare-view';
import { link } from '../../../../src/export/linked-data/links';
import { PUBLIC_BASE, fixtureStore } from './support';

const { namedNode, literal } = DataFactory;

describe('compareView', () => {
  const a = link(entityIri('state', 'united-states'), 'United States', PUBLIC_BASE);
  const b = link(entityIri('union', 'european-union'), 'European Union', PUBLIC_BASE);

  const US = entityIri('state', 'united-states');
  const EU = entityIri('union', 'european-union');
  const AHC = entityIri('process', 'ad-hoc-committee');
  const ATLAS = entityIri('source', 'atlas-us-eu');
  const UNODC = entityIri('source', 'unodc-ahc');
  const evidence = (side: string, actor: string, relation: string, quote: string, source: string, sourceLabel: string, stance?: string, item = AHC) => ({
    item: namedNode(item),
    itemLabel: literal(item === AHC ? 'Ad Hoc Committee' : 'Other'),
    kind: literal('Process'),
    side: literal(side),
    actor: namedNode(actor),
    relation: literal(relation),
    quote: literal(quote),
    source: namedNode(source),
    sourceLabel: literal(sourceLabel),
    ...(stance ? { stance: literal(stance) } : {}),
  });

  test('groups the rows by item, actor and relation, each relation with its own quotes and labelled sources', () => {
    const view = compareView(a, b, [
      evidence('a', US, 'participatesIn', 'the US has agreed to participate', ATLAS, 'Atlas', 'supporting'),
      evidence('a', US, 'participatesIn', 'the US has agreed to participate', UNODC, 'UNODC'),
      evidence('a', US, 'viceChairOf', 'the US elected a Vice-Chair', UNODC, 'UNODC'),
      evidence('b', EU, 'representedBy EU member states', 'represented by its Member States', ATLAS, 'Atlas'),
      evidence('b', EU, 'championing', 'an early champion', ATLAS, 'Atlas', 'championing'),
    ], '/sparql#query=x', PUBLIC_BASE);
    const atlas = { iri: ATLAS, href: '/id/source/atlas-us-eu', label: 'Atlas' };
    const unodc = { iri: UNODC, href: '/id/source/unodc-ahc', label: 'UNODC' };
    expect(view.rows).toEqual([
      {
        item: { iri: AHC, href: '/id/process/ad-hoc-committee', label: 'Ad Hoc Committee' },
        kind: 'process',
        a: { relations: [
          { relation: 'participates in', stances: ['supports'], evidence: [{ quote: 'the US has agreed to participate', sources: [atlas, unodc] }] },
          { relation: 'vice-chair of', stances: [], evidence: [{ quote: 'the US elected a Vice-Chair', sources: [unodc] }] },
        ] },
        b: { relations: [
          { relation: 'represented by EU member states', stances: [], evidence: [{ quote: 'represented by its Member States', sources: [atlas] }] },
          // A stance that repeats the relation's word is left out.
          { relation: 'champions', stances: [], evidence: [{ quote: 'an early champion', sources: [atlas] }] },
        ] },
      },
    ]);
  });

  test('leaves a side without relations where only the other actor has rows', () => {
    const view = compareView(a, b, [evidence('b', EU, 'participatesIn (EU member states)', 'q', ATLAS, 'Atlas')], '/sparql#query=x', PUBLIC_BASE);
    expect(view.rows[0].a).toEqual({ relations: [] });
    expect(view.rows[0].b.relations.map((r) => r.relation)).toEqual(['participates in (EU member states)']);
  });

  test('puts rows where both actors have something recorded before rows of one actor only', () => {
    const OTHER = entityIri('instrument', 'untoc');
    const view = compareView(a, b, [
      evidence('a', US, 'partyTo', 'party to UNTOC', ATLAS, 'Atlas', undefined, OTHER),
      evidence('a', US, 'participatesIn', 'the US has agreed to participate', ATLAS, 'Atlas'),
      evidence('b', EU, 'representedBy EU member states', 'represented by its Member States', ATLAS, 'Atlas'),
    ], '/sparql#query=x', PUBLIC_BASE);
    expect(view.rows.map((r) => r.item.iri)).toEqual([AHC, OTHER]);
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
