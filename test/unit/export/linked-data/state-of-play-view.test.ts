import { DataFactory } from 'n3';
import { dayAfter, firstDay, stateOfPlayView } from '../../../../src/export/linked-data/state-of-play-view';

const { namedNode, literal } = DataFactory;
const BASE = 'https://w3id.org/cdkg/';
const CDKG = 'https://w3id.org/cdkg/ontology#';

describe('the state-of-play view', () => {
  test('knows the first day and the day after the last day of a day, a month and a year', () => {
    expect([firstDay('2021'), firstDay('2021-05'), firstDay('2021-05-10')]).toEqual(['2021-01-01', '2021-05-01', '2021-05-10']);
    expect([dayAfter('2021'), dayAfter('2021-12'), dayAfter('2021-12-31'), dayAfter('2024-02-28')]).toEqual(['2022-01-01', '2022-01-01', '2022-01-01', '2024-02-29']);
  });

  test('lets the precisely dated statement of a fact decide, keeps the superseded one beside it, and lists the days of change', () => {
    const fact = { subject: namedNode(`${BASE}id/state/a`), predicate: namedNode(`${CDKG}negotiatingWith`), object: namedNode(`${BASE}id/state/b`), objectLabel: literal('B') };
    const view = stateOfPlayView('2022-01-01', [
      { ...fact, statement: namedNode(`${BASE}id/statement/dated`), status: literal('ended'), superseded: literal('false'), start: literal('2019-10-07'), end: literal('2021-12-15') },
      { ...fact, statement: namedNode(`${BASE}id/statement/as-of`), status: literal('unknown'), superseded: literal('true'), asOf: literal('2021') },
    ], BASE);
    expect(view.groups.map((g) => g.status)).toEqual(['ended']);
    const [f] = view.groups[0].facts;
    expect(f.property.label).toBe('negotiating with');
    expect(f.statements.map((s) => s.statement.href)).toEqual(['/id/statement/dated', '/id/statement/as-of']);
    expect(view.changes).toEqual(['2019-10-07', '2021-12-16']);
  });
});
