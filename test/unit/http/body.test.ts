/** Unit tests of src/http/body.ts: request bodies are decoded strictly, so a malformed form or charset is a 400 naming what is wrong, never a silently altered query. */
import { BadRequestError } from '../../../src/errors';
import { parseForm, utf8 } from '../../../src/http/body';

describe('request bodies', () => {
  it('parses URL-encoded forms, keeping repeated names', () => {
    expect(parseForm('query=ASK+%7B%7D&default-graph-uri=http%3A%2F%2Fa&default-graph-uri=http%3A%2F%2Fb&flag')).toEqual([
      ['query', 'ASK {}'],
      ['default-graph-uri', 'http://a'],
      ['default-graph-uri', 'http://b'],
      ['flag', ''],
    ]);
  });

  it('refuses percent-escapes that are not UTF-8, naming the parameter', () => {
    expect(() => parseForm('query=%FF')).toThrow(/Parameter "query" is not valid percent-encoded UTF-8/);
  });

  it('decodes UTF-8 and refuses other charsets and invalid bytes', () => {
    expect(utf8(Buffer.from('ASK { ?s ?p "é" }'), { mediaType: 'application/sparql-query' })).toBe('ASK { ?s ?p "é" }');
    expect(() => utf8(Buffer.from('ASK {}', 'utf16le'), { mediaType: 'application/sparql-query', charset: 'utf-16' })).toThrow(/not charset=utf-16/);
    expect(() => utf8(Buffer.from([0x41, 0xff, 0xfe]), { mediaType: 'application/sparql-query' })).toThrow(BadRequestError);
  });
});
