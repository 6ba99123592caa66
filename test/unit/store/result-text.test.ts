/** Unit tests of src/store/result-text.ts: an answer the store wrote is cut after the cap at a row boundary, in its own syntax, and read back by independent parsers. */
import { parse as parseCsv } from 'csv-parse/sync';
import { DOMParser } from '@xmldom/xmldom';
import { EmbeddedStore } from '../../../src/store/oxigraph';
import { capResultText, RESULT_MEDIA_TYPES, type ResultMediaType } from '../../../src/store/result-text';

const store = new EmbeddedStore();
/** Five rows, one a literal with a line break, a comma and a quote, one with ?b unbound. */
const QUERY = 'SELECT ?a ?b WHERE { VALUES (?a ?b) { (1 "x") (2 "line\\nbreak, \\"quoted\\"") (3 UNDEF) (4 <http://example.org/four>) (5 "five"@en) } }';
const text = (mediaType: ResultMediaType) => store.queryTextSync(QUERY, { mediaType, maxResults: 100 }).text;

/** How many rows each format holds, read by a parser of its own. */
const ROWS: Record<ResultMediaType, (t: string) => number> = {
  'application/sparql-results+json': (t) => (JSON.parse(t) as { results: { bindings: unknown[] } }).results.bindings.length,
  'application/sparql-results+xml': (t) => new DOMParser().parseFromString(t, 'text/xml').getElementsByTagName('result').length,
  'text/csv': (t) => (parseCsv(t, { relaxQuotes: false }) as string[][]).length - 1,
  'text/tab-separated-values': (t) => t.split('\n').filter((l) => l !== '').length - 1,
};

describe('capResultText', () => {
  it.each(RESULT_MEDIA_TYPES)('cuts %s after the cap, whole rows only, and says so', (mediaType) => {
    const whole = text(mediaType);
    expect(ROWS[mediaType](whole)).toBe(5);
    for (const max of [0, 1, 2, 4]) {
      const cut = capResultText(mediaType, whole, max);
      expect(cut.truncated).toBe(true);
      expect(ROWS[mediaType](cut.text)).toBe(max);
      expect(whole.startsWith(cut.text.slice(0, Math.min(cut.text.length, whole.length) - 30))).toBe(true);
    }
  });

  it.each(RESULT_MEDIA_TYPES)('passes %s on unchanged when it holds no more rows than the cap', (mediaType) => {
    const whole = text(mediaType);
    expect(capResultText(mediaType, whole, 5)).toEqual({ mediaType, text: whole, truncated: false });
    expect(capResultText(mediaType, whole, 1000)).toEqual({ mediaType, text: whole, truncated: false });
  });

  it('keeps an ASK answer whole', () => {
    const ask = store.queryTextSync('ASK {}', { mediaType: 'application/sparql-results+json', maxResults: 0 });
    expect(ask).toEqual({ mediaType: 'application/sparql-results+json', text: expect.stringContaining('"boolean":true'), truncated: false });
  });
});
