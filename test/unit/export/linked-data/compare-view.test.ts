/** Unit tests of src/export/linked-data/compare-view.ts and compare-table.ts: the matrix of any actors, one row per item, one cell per actor, differing rows first; as CSV and JSON. */
import { parse } from 'csv-parse/sync';
import { DataFactory } from 'n3';
import { entityIri } from '../../../../ontology/namespaces';
import { listActors, matrixView, resolveActor } from '../../../../src/export/linked-data/compare-view';
import { CSV_COLUMNS, matrixCsv, matrixJson } from '../../../../src/export/linked-data/compare-table';
import { link } from '../../../../src/export/linked-data/links';
import { PUBLIC_BASE, fixtureStore } from './support';

const { namedNode, literal } = DataFactory;

const US = entityIri('state', 'united-states');
const EU = entityIri('union', 'european-union');
const UK = entityIri('state', 'united-kingdom');
const AHC = entityIri('process', 'ad-hoc-committee');
const UNTOC = entityIri('instrument', 'untoc');
const LAW = entityIri('instrument', 'cloud-act');
const ATLAS = entityIri('source', 'atlas-us-eu');
const UNODC = entityIri('source', 'unodc-ahc');

const actors = [link(US, 'United States', PUBLIC_BASE), link(EU, 'European Union', PUBLIC_BASE), link(UK, 'United Kingdom', PUBLIC_BASE)];

interface Evidence {
  actor: string;
  relation: string;
  statement: string;
  item?: string;
  itemLabel?: string;
  kind?: string;
  quote?: string;
  source?: string;
  sourceLabel?: string;
  stance?: string;
  start?: string;
  end?: string;
  asOf?: string;
}

const row = (e: Evidence) => ({
  actor: namedNode(e.actor),
  item: namedNode(e.item ?? AHC),
  itemLabel: literal(e.itemLabel ?? 'Ad Hoc Committee'),
  kind: literal(e.kind ?? 'Process'),
  relation: literal(e.relation),
  statement: namedNode(entityIri('statement', e.statement)),
  ...(e.quote ? { quote: literal(e.quote) } : {}),
  ...(e.source ? { source: namedNode(e.source), sourceLabel: literal(e.sourceLabel ?? '') } : {}),
  ...(e.stance ? { stance: literal(e.stance) } : {}),
  ...(e.start ? { start: literal(e.start) } : {}),
  ...(e.end ? { end: literal(e.end) } : {}),
  ...(e.asOf ? { asOf: literal(e.asOf) } : {}),
});

describe('matrixView', () => {
  test('groups rows by item, actor and relation, each statement with its dates, quote and labelled sources', () => {
    const view = matrixView(actors, [
      row({ actor: US, relation: 'participatesIn', statement: 'us-ahc', quote: 'the US has agreed to participate', source: ATLAS, sourceLabel: 'Atlas', stance: 'supporting', asOf: '2021' }),
      row({ actor: US, relation: 'participatesIn', statement: 'us-ahc', quote: 'the US has agreed to participate', source: UNODC, sourceLabel: 'UNODC', asOf: '2021' }),
      row({ actor: US, relation: 'viceChairOf', statement: 'us-vice-chair', start: '2021-05' }),
      row({ actor: EU, relation: 'championing', statement: 'eu-champions', stance: 'championing' }),
    ], '/sparql#query=x', PUBLIC_BASE);
    expect(view.rows).toHaveLength(1);
    const [us, eu, uk] = view.rows[0].cells;
    expect(us.map((r) => [r.symbol, r.text, r.stances])).toEqual([['◆', 'participates in', ['supports']], ['◆', 'vice-chair of', []]]);
    expect(us[0].statements).toEqual([
      { statement: { iri: entityIri('statement', 'us-ahc'), href: '/id/statement/us-ahc', label: 'statement' }, dates: 'as of 2021', asOf: '2021', quote: 'the US has agreed to participate', sources: [link(ATLAS, 'Atlas', PUBLIC_BASE), link(UNODC, 'UNODC', PUBLIC_BASE)] },
    ]);
    expect(us[1].statements[0].dates).toBe('from 2021-05');
    // A stance that repeats the relation's word is left out.
    expect(eu.map((r) => [r.text, r.stances])).toEqual([['champions', []]]);
    expect(uk).toEqual([]);
  });

  test('puts rows where the actors differ first, and writes the item\'s relation to an actor as a sentence', () => {
    const view = matrixView(actors, [
      row({ actor: US, relation: 'partyTo', statement: 'a', item: UNTOC, itemLabel: 'UNTOC', kind: 'Convention' }),
      row({ actor: EU, relation: 'partyTo', statement: 'b', item: UNTOC, itemLabel: 'UNTOC', kind: 'Convention' }),
      row({ actor: UK, relation: 'partyTo', statement: 'c', item: UNTOC, itemLabel: 'UNTOC', kind: 'Convention' }),
      row({ actor: US, relation: '^enactedBy', statement: 'd', item: LAW, itemLabel: 'CLOUD Act', kind: 'DomesticLaw' }),
    ], '/sparql#query=x', PUBLIC_BASE);
    expect(view.rows.map((r) => [r.item.label, r.differs])).toEqual([['CLOUD Act', true], ['UNTOC', false]]);
    expect(view.rows[0].cells[0][0].text).toBe('CLOUD Act enacted by United States');
  });

  test('on a day, gives each relation the status of its statements and compares only what held', () => {
    const view = matrixView(actors.slice(0, 2), [
      row({ actor: US, relation: 'negotiates', statement: 'dated', item: UNTOC, itemLabel: 'UNTOC', start: '2019-10-07', end: '2021-12-15' }),
      row({ actor: US, relation: 'negotiates', statement: 'as-of', item: UNTOC, itemLabel: 'UNTOC', asOf: '2021' }),
      row({ actor: EU, relation: 'negotiates', statement: 'eu', item: UNTOC, itemLabel: 'UNTOC', start: '2023-01-01' }),
    ], '/sparql#query=x', PUBLIC_BASE, {
      date: '2020-06-01',
      statuses: new Map([
        [entityIri('statement', 'dated'), { status: 'holds', superseded: false }],
        [entityIri('statement', 'as-of'), { status: 'unknown', superseded: true }],
        [entityIri('statement', 'eu'), { status: 'not-yet', superseded: false }],
      ]),
    });
    expect(view.date).toBe('2020-06-01');
    expect(view.rows[0].cells.map((c) => c[0].status)).toEqual(['holds', 'not-yet']);
    expect(view.rows[0].differs).toBe(true);
  });

  test('as CSV has one parseable line per statement, a formula-like value defused, and as JSON the same cells', () => {
    const view = matrixView(actors.slice(0, 2), [
      row({ actor: US, relation: 'partyTo', statement: 'a', item: UNTOC, itemLabel: '=HYPERLINK("x")', kind: 'Convention', quote: 'a "quoted", text' }),
      row({ actor: EU, relation: 'promoting', statement: 'b', item: UNTOC, itemLabel: '=HYPERLINK("x")', kind: 'Convention' }),
    ], '/sparql#query=x', PUBLIC_BASE);
    const records = parse(matrixCsv(view), { columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0])).toEqual([...CSV_COLUMNS]);
    expect(records.map((r) => [r.actorLabel, r.relation, r.itemLabel, r.quote])).toEqual([
      ['United States', 'party to', `'=HYPERLINK("x")`, 'a "quoted", text'],
      ['European Union', 'promotes', `'=HYPERLINK("x")`, ''],
    ]);
    const json = JSON.parse(JSON.stringify(matrixJson(view))) as { rows: { cells: { actor: string; relations: { text: string }[] }[] }[] };
    expect(json.rows[0].cells.map((c) => [c.actor, c.relations.map((r) => r.text)])).toEqual([[US, ['party to']], [EU, ['promotes']]]);
  });
});

describe('resolveActor and listActors', () => {
  test('finds a state, a union or a group by its slug, and nothing for an unknown slug', async () => {
    expect((await resolveActor(fixtureStore(), 'united-states', PUBLIC_BASE))?.href).toBe('/id/state/united-states');
    expect((await resolveActor(fixtureStore(), 'eu-member-states', PUBLIC_BASE))?.label).toBe('EU member states');
    expect(await resolveActor(fixtureStore(), 'atlantis', PUBLIC_BASE)).toBeUndefined();
    expect(await resolveActor(fixtureStore(), 'budapest-convention', PUBLIC_BASE)).toBeUndefined();
  });

  test('lists every actor with the slug that resolves back to it', async () => {
    const all = await listActors(fixtureStore(), PUBLIC_BASE);
    expect(all.map((a) => a.slug)).toEqual(expect.arrayContaining(['united-states', 'european-union', 'eu-member-states']));
    for (const a of all) expect((await resolveActor(fixtureStore(), a.slug, PUBLIC_BASE))?.iri).toBe(a.link.iri);
  });
});
