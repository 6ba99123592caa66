/**
 * Every named query of queries/ runs on the real data through the query layer
 * the endpoint uses (SparqlService over the embedded store), its parameters
 * bound by the named-query binder (src/sparql/named.ts), and gives the
 * expected answer.
 */
import fs from 'node:fs';
import { DataFactory } from 'n3';
import { CDKG, PREFIXES, XSD, entityIri } from '../../ontology/namespaces';
import type { Binding } from '../../src/store/types';
import { DEFAULTS } from '../../src/config';
import { loadNamedQueries } from '../../src/sparql/named';
import { parseQuery } from '../../src/sparql/parse';
import { SparqlService } from '../../src/sparql/service';
import { dataQuads, loadKb, statementNodes } from './kb-data';

// No named query comes near this many rows, so no answer is cut.
const service = new SparqlService(loadKb(), { maxResults: 10_000, baseIri: `${DEFAULTS.publicBase}/sparql`, storeParses: true });
const named = loadNamedQueries(DEFAULTS.queriesDir, (text) => parseQuery(text));

type Row = Record<string, string>;

/** Runs a named query with parameters and returns its rows as RDF terms. */
async function runTerms(name: string, params: Record<string, string> = {}): Promise<readonly Binding[]> {
  const { result, truncated } = await service.run(named.bind(name, Object.entries(params)));
  if (result.kind !== 'select') throw new Error(`${name} is not a SELECT query`);
  expect(truncated).toBe(false);
  return result.bindings;
}

/** Runs a named query with parameters and returns its rows as plain values. */
async function run(name: string, params: Record<string, string> = {}): Promise<Row[]> {
  return (await runTerms(name, params)).map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}

const xsdDate = (value: string) => DataFactory.literal(value, DataFactory.namedNode(XSD.date));

const US = entityIri('state', 'united-states');
const EU = entityIri('union', 'european-union');
const BUDAPEST = entityIri('instrument', 'budapest-convention');
const UNTOC = entityIri('instrument', 'untoc');
const OAS_A55 = entityIri('instrument', 'oas-a-55');
const RES_74_247 = entityIri('instrument', 'unga-resolution-74-247');
const AD_HOC = entityIri('process', 'ad-hoc-committee');
const ATLAS = entityIri('source', 'atlas-us-eu');

describe('named queries', () => {
  it('are the .rq files of queries/, each with a title and a description', () => {
    const all = named.list();
    const files = fs.readdirSync(DEFAULTS.queriesDir).filter((f) => f.endsWith('.rq'));
    expect(files).toHaveLength(14);
    expect(all.map((q) => `${q.name}.rq`).sort()).toEqual(files.sort());
    for (const q of all) {
      expect(q.title).not.toBe('');
      expect(q.description).not.toBe('');
    }
  });

  it.each(named.list().map((q) => [q.name, q.example ?? ''] as const))('%s runs with its example parameters and returns rows', async (name, example) => {
    expect((await run(name, Object.fromEntries(new URLSearchParams(example)))).length).toBeGreaterThan(0);
  });
});

describe('instruments-of-actor', () => {
  let rows: Row[] = [];
  beforeAll(async () => {
    rows = await run('instruments-of-actor', { actor: US });
  });
  const has = (instrument: string, relation: string) => rows.some((r) => r.instrument === instrument && r.relation === relation);

  it('lists for the US the Budapest Convention (signatory and party), UNTOC and OAS A-55', () => {
    expect(has(BUDAPEST, CDKG.signatoryOf)).toBe(true);
    expect(has(BUDAPEST, CDKG.partyTo)).toBe(true);
    expect(has(UNTOC, CDKG.partyTo)).toBe(true);
    expect(has(OAS_A55, CDKG.partyTo)).toBe(true);
    expect(rows.every((r) => r.actor === US)).toBe(true);
  });

  it('gives the sources behind each relation', () => {
    const untoc = rows.find((r) => r.instrument === UNTOC && r.relation === CDKG.partyTo);
    expect(untoc?.sources).toContain('Cyber Diplomacy Atlas');
    expect(untoc?.sources).toContain('US Department of State');
  });

  describe('dates', () => {
    let terms: readonly Binding[] = [];
    beforeAll(async () => {
      terms = await runTerms('instruments-of-actor', { actor: US });
    });
    const DATE_COLUMNS = ['signedOn', 'ratifiedOn', 'depositedOn', 'validFrom', 'validUntil'] as const;
    /** The date columns of one relation, as terms; a column no source fills is absent. */
    const datesOf = (instrument: string, relation: string) => {
      const row = terms.find((b) => b.instrument?.value === instrument && b.relation?.value === relation);
      return Object.fromEntries(DATE_COLUMNS.flatMap((c) => (row?.[c] ? [[c, row[c]]] : [])));
    };

    it('keep the deposit of the US ratification of UNTOC apart from the day the US became party, each an xsd:date', () => {
      expect(datesOf(UNTOC, CDKG.partyTo)).toEqual({ depositedOn: xsdDate('2005-11-03'), validFrom: xsdDate('2005-12-03') });
      expect(datesOf(BUDAPEST, CDKG.partyTo)).toEqual({ depositedOn: xsdDate('2006-09-29'), validFrom: xsdDate('2007-01-01') });
    });

    it('give the ratification and the deposit of OAS A-55 in their own columns', () => {
      expect(datesOf(OAS_A55, CDKG.partyTo)).toEqual({ ratifiedOn: xsdDate('2001-01-05'), depositedOn: xsdDate('2001-05-25') });
    });

    it('give the day of signature of each convention the US signed', () => {
      expect(datesOf(BUDAPEST, CDKG.signatoryOf)).toEqual({ signedOn: xsdDate('2001-11-23') });
      expect(datesOf(UNTOC, CDKG.signatoryOf)).toEqual({ signedOn: xsdDate('2000-12-13') });
      expect(datesOf(OAS_A55, CDKG.signatoryOf)).toEqual({ signedOn: xsdDate('1995-01-10') });
    });

    it('give the negotiations with Australia a start and an end, and its conclusion a day of signature', () => {
      const australia = entityIri('instrument', 'us-australia-cloud-act-agreement');
      expect(datesOf(australia, CDKG.negotiates)).toEqual({ validFrom: xsdDate('2019-10-07'), validUntil: xsdDate('2021-12-15') });
      expect(datesOf(australia, CDKG.concluded)).toEqual({ signedOn: xsdDate('2021-12-15') });
    });

    it('are each named and explained in the query description', () => {
      const meta = named.list().find((q) => q.name === 'instruments-of-actor');
      expect(DATE_COLUMNS.filter((c) => !meta?.description.includes(c))).toEqual([]);
    });
  });

  it('keeps the agreement with Australia both as negotiated and as concluded', () => {
    const australia = entityIri('instrument', 'us-australia-cloud-act-agreement');
    expect(has(australia, CDKG.negotiates)).toBe(true);
    expect(has(australia, CDKG.concluded)).toBe(true);
  });
});

describe('stances', () => {
  it('shows the US opposing resolution 74/247 in 2019 and promoting the Budapest Convention early', async () => {
    const rows = await run('stances', { actor: US });
    expect(rows).toContainEqual(expect.objectContaining({ target: RES_74_247, stanceName: 'opposing', when: '2019' }));
    expect(rows).toContainEqual(expect.objectContaining({ target: BUDAPEST, stanceName: 'promoting', early: 'true' }));
  });

  it('filters by stance: the EU is the early champion of the Budapest Convention', async () => {
    const rows = await run('stances', { stance: CDKG.championing });
    expect(rows.map((r) => [r.actor, r.target, r.early])).toEqual([[EU, BUDAPEST, 'true']]);
  });

  it('gives the US no stance towards the Ad Hoc Committee, in which it only agreed to take part', async () => {
    expect((await run('stances', { actor: US })).filter((r) => r.target === AD_HOC)).toEqual([]);
    expect((await run('stances', { stance: CDKG.supporting }))).toEqual([]);
  });

  it('without parameters covers the US, the EU and the EU member states', async () => {
    const actors = new Set((await run('stances')).map((r) => r.actor));
    expect(actors).toEqual(new Set([US, EU, entityIri('group', 'eu-member-states')]));
  });
});

describe('process-participants', () => {
  let rows: Row[] = [];
  beforeAll(async () => {
    rows = await run('process-participants', { process: AD_HOC });
  });
  const of = (actor: string) => rows.find((r) => r.actor === actor);

  it('shows the US taking part in the Ad Hoc Committee as a Vice-Chair seeking a balanced, inclusive, consensus-based process', () => {
    expect(of(US)?.roles.split(', ').sort()).toEqual(['participatesIn', 'viceChairOf']);
    expect(of(US)?.priorities.split(', ').sort()).toEqual(['balanced', 'consensus-based', 'inclusive']);
  });

  it('shows the EU represented by its member states and its four priorities', () => {
    expect(of(EU)?.representedBy).toBe('EU member states');
    expect(of(EU)?.priorities.split(', ').sort()).toEqual([
      'committed to legal consistency',
      'consistent with the progress of the UN GGE and OEWG processes',
      'inclusive',
      'transparent',
    ]);
  });
});

describe('fact-provenance', () => {
  it('gives the two statements behind "the US is party to UNTOC" with source, URL, quote and dates', async () => {
    const rows = await run('fact-provenance', { subject: US, predicate: CDKG.partyTo, object: UNTOC });
    expect(rows.map((r) => r.source).sort()).toEqual([ATLAS, entityIri('source', 'us-state-department-2005-untoc')]);
    const atlas = rows.find((r) => r.source === ATLAS);
    expect(atlas).toEqual(expect.objectContaining({ asOf: '2021', engagementLevel: CDKG.multilateral, url: 'https://eucyberdirect.eu/atlas/country/united-states/compare/european-union' }));
    expect(atlas?.quote).toContain('party to the UN Convention against Transnational Organised Crime (UNTOC)');
    expect(rows.find((r) => r.source !== ATLAS)).toEqual(expect.objectContaining({ validFrom: '2005-12-03', depositedOn: '2005-11-03', confidence: 'high' }));
    // The State Department page's text is not stored: its statement has the curator's note, and no quote.
    const reference = rows.find((r) => r.source !== ATLAS);
    expect(reference?.quote).toBeUndefined();
    expect(reference?.curatorNote).toBe('ratification deposited 3 Nov 2005; party from 3 Dec 2005');
    expect(atlas?.curatorNote).toBeUndefined();
  });

  it('keeps the US ratification of A-55 apart from the deposit of its instrument', async () => {
    const rows = await run('fact-provenance', { subject: US, predicate: CDKG.partyTo, object: OAS_A55 });
    expect(rows).toContainEqual(expect.objectContaining({ ratifiedOn: '2001-01-05', depositedOn: '2001-05-25', source: entityIri('source', 'oas-a-55-signatories') }));
  });

  it('gives the note that says why an Atlas reading has confidence "medium"', async () => {
    const rows = await run('fact-provenance', { subject: entityIri('group', 'eu-member-states'), predicate: CDKG.opposes, object: RES_74_247 });
    expect(rows).toEqual([expect.objectContaining({ source: ATLAS, confidence: 'medium', note: expect.stringContaining('names no resolution') })]);
  });

  it('ties the Vice-Chair elections to the organisational session of the Ad Hoc Committee', async () => {
    const rows = await run('fact-provenance', { subject: US, predicate: CDKG.viceChairOf, object: AD_HOC });
    expect(rows).toEqual([expect.objectContaining({ atSession: entityIri('event', 'ad-hoc-committee-organisational-session'), pointInTime: '2021-05' })]);
  });
});

describe('compare-actors', () => {
  let rows: Row[] = [];
  beforeAll(async () => {
    rows = await run('compare-actors', { a: US, b: EU });
  });
  const of = (item: string, side: 'a' | 'b', relation?: string) => rows.filter((r) => r.item === item && r.side === side && (relation === undefined || r.relation === relation));
  const relations = (item: string, side: 'a' | 'b') => [...new Set(of(item, side).map((r) => r.relation))];

  it('ties each quote on the Budapest Convention to the relation it backs, for both actors', () => {
    expect(relations(BUDAPEST, 'a')).toEqual(expect.arrayContaining(['signatoryOf', 'partyTo', 'promotes']));
    expect(relations(BUDAPEST, 'b')).toEqual(expect.arrayContaining(['champions', 'promotes']));
    expect(of(BUDAPEST, 'b', 'champions').map((r) => r.stance)).toContain('championing');
    expect(of(BUDAPEST, 'a', 'signatoryOf').map((r) => r.quote)).toContain('The US is a signatory and an early proponent of the Budapest Convention');
    expect(of(BUDAPEST, 'b', 'champions').map((r) => r.quote)).toContain('The EU has been an early champion of the Budapest Convention');
  });

  it('gives each quote its source with the source\'s label', () => {
    expect(rows.every((r) => r.source && r.sourceLabel)).toBe(true);
    expect(of(BUDAPEST, 'b', 'champions').find((r) => r.source === ATLAS)?.sourceLabel).toMatch(/^Cyber Diplomacy Atlas/);
  });

  it('credits the EU with what its member states do, and names them', () => {
    expect(relations(RES_74_247, 'a')).toEqual(['opposes']);
    expect(relations(RES_74_247, 'b')).toEqual(['opposes (EU member states)']);
  });

  it('shows how each actor takes part in the Ad Hoc Committee', () => {
    expect(relations(AD_HOC, 'a')).toContain('participatesIn');
    expect(relations(AD_HOC, 'b')).toContain('representedBy EU member states');
  });

  it('leaves a side empty where only one actor relates to the item', () => {
    expect(relations(UNTOC, 'a')).toContain('partyTo');
    expect(relations(UNTOC, 'b')).toEqual([]);
    expect(rows.every((r) => r.a === US && r.b === EU && r.actor === (r.side === 'a' ? US : EU))).toBe(true);
  });
});

describe('actor-profile', () => {
  it('gathers the statements in which the EU is subject or object', async () => {
    const rows = await run('actor-profile', { actor: EU });
    expect(rows).toContainEqual(expect.objectContaining({ role: 'subject', predicate: CDKG.champions, other: BUDAPEST }));
    expect(rows).toContainEqual(expect.objectContaining({ role: 'subject', predicate: CDKG.representedBy, inProcess: AD_HOC }));
    expect(rows).toContainEqual(expect.objectContaining({ role: 'object', predicate: CDKG.memberStatesOf }));
  });
});

describe('timeline', () => {
  let rows: Row[] = [];
  beforeAll(async () => {
    rows = await run('timeline');
  });

  it('lists dated events in time order', () => {
    const dates = rows.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('1992-05-23');
  });

  it('keeps the US negotiating with Australia from 2019 and the signature of December 2021', async () => {
    const us = await run('timeline', { subject: US });
    expect(us.every((r) => r.subject === US)).toBe(true);
    const australia = entityIri('instrument', 'us-australia-cloud-act-agreement');
    expect(us).toContainEqual(expect.objectContaining({ date: '2019-10-07', dateKind: 'validFrom', predicate: CDKG.negotiates, object: australia }));
    expect(us).toContainEqual(expect.objectContaining({ date: '2021-12-15', dateKind: 'pointInTime', predicate: CDKG.concluded, object: australia }));
  });

  it('tells the opening of the Budapest Convention for signature from the US signature on the same day', () => {
    const onTheDay = rows.filter((r) => r.date === '2001-11-23');
    expect(onTheDay).toContainEqual(expect.objectContaining({ dateKind: 'openedForSignatureOn', subject: BUDAPEST }));
    expect(onTheDay).toContainEqual(expect.objectContaining({ dateKind: 'pointInTime', subject: US, predicate: CDKG.signatoryOf, object: BUDAPEST }));
    expect(onTheDay.filter((r) => r.dateKind === 'signedOn')).toEqual([]);
  });

  it('gives the US ratification and deposit for A-55, and the dates of the UN Convention against Cybercrime and of the organisational session', () => {
    const kinds = (date: string) => rows.filter((r) => r.date === date).map((r) => r.dateKind);
    expect(kinds('2001-01-05')).toEqual(['ratifiedOn']);
    expect(kinds('2001-05-25')).toEqual(['depositedOn']);
    expect(kinds('2025-10-25')).toEqual(['openedForSignatureOn']);
    expect(kinds('2026-12-31')).toEqual(['openForSignatureUntil']);
    expect(kinds('2021-05-10')).toEqual(['startDate']);
    expect(kinds('2021-05-12')).toEqual(['endDate']);
  });
});

describe('wikidata-links', () => {
  it('lists the ten linked entities, each also owl:sameAs', async () => {
    const rows = await run('wikidata-links');
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.sameAs === 'true' && r.wikidata.startsWith(PREFIXES.wd))).toBe(true);
    expect(rows).toContainEqual(expect.objectContaining({ entity: US, wikidata: `${PREFIXES.wd}Q30` }));
  });
});

describe('engagement', () => {
  it('shows the bilateral engagement of the US: the UK agreement, the CLOUD Act and Australia', async () => {
    const rows = await run('engagement', { actor: US, level: CDKG.bilateral });
    const objects = new Set(rows.map((r) => r.object));
    for (const slug of ['us-uk-data-access-agreement', 'cloud-act', 'us-australia-cloud-act-agreement']) expect(objects).toContain(entityIri('instrument', slug));
    expect(objects).toContain(entityIri('state', 'united-kingdom'));
  });

  it('shows the multilateral engagement of the US as the source frames it: UNTOC, OAS A-55 and Interpol', async () => {
    const rows = await run('engagement', { actor: US, level: CDKG.multilateral });
    expect(new Set(rows.map((r) => r.object))).toEqual(new Set([UNTOC, OAS_A55, entityIri('organisation', 'interpol')]));
  });
});

describe('resolutions-and-votes', () => {
  it('gives resolution 74/247 with its symbol, date, recorded vote, sponsor and the committee it established', async () => {
    const rows = await run('resolutions-and-votes');
    expect(rows.find((r) => r.resolution === RES_74_247)).toEqual(
      expect.objectContaining({ symbol: 'A/RES/74/247', adoptedOn: '2019-12-27', inFavour: '79', against: '60', abstentions: '33', sponsors: 'Russia' }),
    );
    expect(rows.find((r) => r.resolution === RES_74_247)?.established).toContain('Ad Hoc Committee');
    expect(rows.find((r) => r.resolution === RES_74_247)?.adoptionMode).toBe('recordedVote');
  });

  it('gives resolution 75/282 as adopted without a recorded vote after three amendments, from a draft built on Russian and US texts', async () => {
    const rows = await run('resolutions-and-votes');
    expect(rows.find((r) => r.resolution === entityIri('instrument', 'unga-resolution-75-282'))).toEqual(
      expect.objectContaining({ adoptionMode: 'withoutRecordedVote', amendments: '3', adoptedOn: '2021-05-26' }),
    );
    expect(rows.find((r) => r.resolution === entityIri('instrument', 'draft-resolution-a-75-l-87-rev-1'))?.builtOnTextsOf.split(', ').sort()).toEqual(['Russia', 'United States']);
  });

  it('gives resolution 55/25, which adopted UNTOC, with its symbol', async () => {
    const rows = await run('resolutions-and-votes');
    expect(rows.find((r) => r.resolution === entityIri('instrument', 'unga-resolution-55-25'))).toEqual(expect.objectContaining({ symbol: 'A/RES/55/25' }));
  });
});

describe('entities-by-class', () => {
  it('lists the four conventions with the source\'s wording as alternative labels', async () => {
    const rows = await run('entities-by-class', { class: CDKG.Convention });
    expect(rows.map((r) => r.entity).sort()).toEqual([BUDAPEST, OAS_A55, entityIri('instrument', 'un-convention-against-cybercrime'), UNTOC].sort());
    expect(rows.find((r) => r.entity === OAS_A55)?.altLabels).toContain('Inter-American Convention on Mutual Legal Assistance');
  });
});

describe('statements-of-source', () => {
  it('lists every Atlas statement of the data files once per quote, each with the Atlas URL', async () => {
    const rows = await run('statements-of-source', { source: ATLAS });
    const atlas = statementNodes(dataQuads()).filter((n) => n.sources.includes(ATLAS));
    expect(atlas.length).toBeGreaterThan(30);
    expect(rows.map((r) => `${r.statement} ${r.quote}`).sort()).toEqual(atlas.flatMap((n) => n.quotes.map((q) => `${n.iri} ${q}`)).sort());
    expect(rows.every((r) => r.quote.length > 0 && r.url.startsWith('https://eucyberdirect.eu/'))).toBe(true);
  });
});
