import { DataFactory } from 'n3';
import { eventKind, timelineView, yearsOf, LINE } from '../../../../src/export/linked-data/timeline-view';

const { namedNode, literal } = DataFactory;
const BASE = 'https://w3id.org/cdkg/';
const CDKG = 'https://w3id.org/cdkg/ontology#';

const event = (statement: string, date: string, dateKind: string, predicate: string, label: string) => ({
  statement: namedNode(`${BASE}id/statement/${statement}`),
  date: literal(date),
  dateKind: literal(dateKind),
  predicate: namedNode(`${CDKG}${predicate}`),
  event: literal(label),
  subject: namedNode(`${BASE}id/state/a`),
  subjectLabel: literal('A'),
});

describe('the timeline view', () => {
  test('names the kind of an event from its date and the relation dated', () => {
    expect(eventKind('adoptedOn', `${CDKG}adoptedOn`)).toBe('adoption');
    expect(eventKind('depositedOn', `${CDKG}partyTo`)).toBe('ratification');
    expect(eventKind('validFrom', `${CDKG}partyTo`)).toBe('in-force');
    expect(eventKind('validFrom', `${CDKG}negotiatingWith`)).toBe('negotiation');
    expect(eventKind('pointInTime', `${CDKG}signatoryOf`)).toBe('signature');
    expect(eventKind('pointInTime', `${CDKG}opposes`)).toBe('position');
    expect(eventKind('startDate', `${CDKG}startDate`)).toBe('session');
  });

  test('places dates of any precision on one scale', () => {
    expect(yearsOf('2019')).toBe(2019);
    expect(yearsOf('2020-07')).toBeCloseTo(2020 + 182 / 366, 5);
    expect(yearsOf('2019-10-07')).toBeGreaterThan(yearsOf('2019-10'));
  });

  test('puts events one per line in time order, each dot further right the later it is, and gives the same picture for the same rows in any order', () => {
    const rows = [
      event('b', '2021-12-15', 'pointInTime', 'concluded', 'B signed'),
      event('a', '2019-10-07', 'validFrom', 'negotiatingWith', 'A negotiated'),
      event('a', '2019-10-07', 'validFrom', 'negotiatingWith', 'A negotiated'),
      event('c', '2001', 'adoptedOn', 'adoptedOn', 'C adopted'),
    ];
    const view = timelineView('T', rows, BASE);
    expect(view.events.map((e) => [e.date, e.kind, e.role])).toEqual([['2001', 'adoption', undefined], ['2019-10-07', 'negotiation', 'from'], ['2021-12-15', 'signature', 'on']]);
    expect(view.events[1].y - view.events[0].y).toBe(LINE);
    expect(view.events[0].x).toBeLessThan(view.events[1].x);
    expect(view.events[1].x).toBeLessThan(view.events[2].x);
    expect(view.kinds).toEqual(['adoption', 'signature', 'negotiation']);
    expect(timelineView('T', [...rows].reverse(), BASE)).toEqual(view);
  });
});
