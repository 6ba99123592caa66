/**
 * The named query state-of-play on the real data: what held on a day. The
 * expected answers are written here from the sources, not from the query:
 * the US and Australia announced negotiations for a CLOUD Act agreement on
 * 7 October 2019 and signed it on 15 December 2021 (Covington, Inside
 * Privacy, "U.S. and Australia Sign CLOUD Act Agreement"); the US became
 * party to the Budapest Convention on 1 January 2007 (Council of Europe
 * treaty office, chart of signatures and ratifications of treaty 185).
 */
import { DEFAULTS } from '../../src/config';
import { entityIri, CDKG } from '../../ontology/namespaces';
import { loadNamedQueries } from '../../src/sparql/named';
import { parseQuery } from '../../src/sparql/parse';
import { SparqlService } from '../../src/sparql/service';
import { loadKb } from './kb-data';

const service = new SparqlService(loadKb(), { maxResults: 10_000, baseIri: `${DEFAULTS.publicBase}/sparql`, storeParses: true });
const named = loadNamedQueries(DEFAULTS.queriesDir, (text) => parseQuery(text));

type Row = Record<string, string>;

async function stateOn(date: string | undefined, entity = 'state:united-states'): Promise<Row[]> {
  const params: [string, string][] = [['entity', entity]];
  if (date) params.push(['date', date]);
  const { result } = await service.run(named.bind('state-of-play', params));
  if (result.kind !== 'select') throw new Error('state-of-play is not a SELECT query');
  return result.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}

const US = entityIri('state', 'united-states');
const AUSTRALIA = entityIri('state', 'australia');
const AGREEMENT = entityIri('instrument', 'us-australia-cloud-act-agreement');
const BUDAPEST = entityIri('instrument', 'budapest-convention');

/** The statuses of the statements of one fact that are not superseded by a precisely dated one. */
function statusOf(rows: readonly Row[], predicate: string, object: string): string[] {
  return [...new Set(rows.filter((r) => r.subject === US && r.predicate === predicate && r.object === object && r.superseded === 'false').map((r) => r.status))];
}

describe('the state of play', () => {
  let june2020: Row[];
  let newYear2022: Row[];
  beforeAll(async () => {
    [june2020, newYear2022] = await Promise.all([stateOn('2020-06-01'), stateOn('2022-01-01')]);
  });

  it('on 1 June 2020 has the US negotiating with Australia and the agreement not yet concluded', () => {
    expect(statusOf(june2020, CDKG.negotiatingWith, AUSTRALIA)).toEqual(['holds']);
    expect(statusOf(june2020, CDKG.negotiates, AGREEMENT)).toEqual(['holds']);
    expect(statusOf(june2020, CDKG.concluded, AGREEMENT)).toEqual(['not-yet']);
    expect(statusOf(june2020, CDKG.concludedWith, AUSTRALIA)).toEqual(['not-yet']);
  });

  it('on 1 January 2022 has the agreement concluded and the negotiations over', () => {
    expect(statusOf(newYear2022, CDKG.concluded, AGREEMENT)).toEqual(['holds']);
    expect(statusOf(newYear2022, CDKG.concludedWith, AUSTRALIA)).toEqual(['holds']);
    expect(statusOf(newYear2022, CDKG.negotiatingWith, AUSTRALIA)).toEqual(['ended']);
    expect(statusOf(newYear2022, CDKG.negotiates, AGREEMENT)).toEqual(['ended']);
  });

  it('gives the days the negotiations began and ended as the sources date them', () => {
    const row = june2020.find((r) => r.predicate === CDKG.negotiatingWith && r.superseded === 'false') as Row;
    expect([row.start, row.end]).toEqual(['2019-10-07', '2021-12-15']);
  });

  it('counts the last day of a period as held: on 15 December 2021 the negotiations still hold and the agreement is concluded', async () => {
    const rows = await stateOn('2021-12-15');
    expect(statusOf(rows, CDKG.negotiatingWith, AUSTRALIA)).toEqual(['holds']);
    expect(statusOf(rows, CDKG.concludedWith, AUSTRALIA)).toEqual(['holds']);
  });

  it('has the US party to the Budapest Convention from 1 January 2007, not before', async () => {
    expect(statusOf(await stateOn('2006-12-31'), CDKG.partyTo, BUDAPEST)).toEqual(['not-yet']);
    expect(statusOf(await stateOn('2007-01-01'), CDKG.partyTo, BUDAPEST)).toEqual(['holds']);
  });

  it('never counts an undated fact as holding: the US observer status at the Council of Europe is undated on any day', () => {
    const coe = entityIri('organisation', 'council-of-europe');
    expect(statusOf(june2020, CDKG.observerOf, coe)).toEqual(['undated']);
    expect(statusOf(newYear2022, CDKG.observerOf, coe)).toEqual(['undated']);
  });

  it('reports a fact only a source of 2021 gives as reported in 2021 and as unknown in other years', async () => {
    const interpol = entityIri('organisation', 'interpol');
    expect(statusOf(await stateOn('2021-03-01'), CDKG.memberOf, interpol)).toEqual(['reported']);
    expect(statusOf(june2020, CDKG.memberOf, interpol)).toEqual(['unknown']);
  });

  it('marks the as-of statement of a fact that another statement dates precisely as superseded', () => {
    const atlas = june2020.find((r) => r.statement === entityIri('statement', 'us-negotiating-with-australia')) as Row;
    expect(atlas).toMatchObject({ superseded: 'true', asOf: '2021' });
  });

  it('dates an event by its own day: the agreement was signed on 15 December 2021', async () => {
    const rows = await stateOn('2020-06-01', `<${AGREEMENT}>`);
    const signed = rows.find((r) => r.predicate === CDKG.signedOn) as Row;
    expect(signed).toMatchObject({ object: '2021-12-15', status: 'not-yet' });
  });

  it('takes today when no date is given', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const rows = await stateOn(undefined);
    expect(new Set(rows.map((r) => r.on))).toEqual(new Set([today]));
  });

  it('refuses a day that is not in the calendar, naming the parameter', () => {
    expect(() => named.bind('state-of-play', [['date', '2021-02-30']])).toThrow(/Parameter "date" must be a date YYYY-MM-DD/);
  });
});
