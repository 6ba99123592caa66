/** Unit tests of src/search/matcher.ts on hand-made entries: exact label first, then other names, then typos; type filters. */
import { Matcher, type Entry } from '../../../src/search/matcher';

const CONVENTION = 'http://example.org/Convention';
const INSTRUMENT = 'http://example.org/Instrument';
const PROCESS = 'http://example.org/Process';

const entries: Entry[] = [
  { iri: 'http://example.org/coc', label: 'Convention on Cybercrime', names: [{ text: 'Convention on Cybercrime', kind: 'label' }, { text: 'Budapest Convention', kind: 'alternative' }, { text: 'ETS No. 185', kind: 'notation' }], types: [CONVENTION], classes: [CONVENTION, INSTRUMENT] },
  { iri: 'http://example.org/res', label: 'UN General Assembly resolution 74/247', names: [{ text: 'UN General Assembly resolution 74/247', kind: 'label' }, { text: 'A/RES/74/247', kind: 'notation' }], types: [INSTRUMENT], classes: [INSTRUMENT] },
  { iri: 'http://example.org/oewg1', label: 'OEWG 2019', names: [{ text: 'OEWG 2019', kind: 'label' }, { text: 'OEWG', kind: 'alternative' }], types: [PROCESS], classes: [PROCESS] },
  { iri: 'http://example.org/oewg2', label: 'OEWG 2021', names: [{ text: 'OEWG 2021', kind: 'label' }, { text: 'OEWG', kind: 'alternative' }], types: [PROCESS], classes: [PROCESS] },
  { iri: 'http://example.org/wiki', label: 'Wikipedia: Budapest Convention', names: [{ text: 'Wikipedia: Budapest Convention', kind: 'label' }], types: [], classes: [] },
];
const matcher = new Matcher(entries);
const ids = (hits: { entry: Entry }[]) => hits.map((h) => h.entry.iri.slice('http://example.org/'.length));

describe('Matcher.search', () => {
  it('scores the exact label 100 and an exact alternative name 95', () => {
    expect(matcher.search('convention on cybercrime')[0]).toMatchObject({ score: 100, exact: true, name: { kind: 'label' } });
    expect(matcher.search('BUDAPEST CONVENTION')[0]).toMatchObject({ entry: entries[0], score: 95, exact: true });
  });

  it('ranks an exact alternative name above a label that contains it', () => {
    expect(ids(matcher.search('Budapest Convention'))).toEqual(['coc', 'wiki']);
  });

  it('finds names with typos and in another word order, below the exact scores', () => {
    const [hit] = matcher.search('Budapst Convnetion');
    expect(hit.entry).toBe(entries[0]);
    expect(hit.exact).toBe(false);
    expect(hit.score).toBeLessThan(95);
    expect(matcher.search('Cybercrime Convention on')[0].entry).toBe(entries[0]);
  });

  it('finds a document symbol by a part of its words ("74/247")', () => {
    expect(ids(matcher.search('74/247'))).toEqual(['res']);
  });

  it('gives several entities the exact score when they share a name', () => {
    expect(matcher.search('OEWG').filter((h) => h.exact).map((h) => h.entry.label)).toEqual(['OEWG 2019', 'OEWG 2021']);
  });

  it('keeps only entities of the asked types, superclasses included', () => {
    expect(ids(matcher.search('Budapest Convention', { types: [INSTRUMENT] }))).toEqual(['coc']);
    expect(matcher.search('Budapest Convention', { types: [PROCESS] })).toEqual([]);
    expect(ids(matcher.search('Convention', { types: [CONVENTION, INSTRUMENT], allTypes: true }))).toEqual(['coc']);
  });

  it('finds nothing for a name unlike any and for an empty query', () => {
    expect(matcher.search('Kyoto Protocol')).toEqual([]);
    expect(matcher.search(' ?! ')).toEqual([]);
  });

  it('returns at most the limit', () => {
    expect(matcher.search('OEWG', { limit: 1 })).toHaveLength(1);
  });
});

describe('Matcher.complete', () => {
  it('completes an unfinished word of a name', () => {
    expect(ids(matcher.complete('budap'))).toEqual(['coc', 'wiki']);
    expect(ids(matcher.complete('convention on cyb'))).toEqual(['coc']);
  });
});
