/** Unit tests of src/http/negotiate.ts: Accept parsing and choice by q-value and specificity (RFC 9110 §12.5.1), on which every format choice of the server rests. */
import type { IncomingMessage } from 'node:http';
import { BadRequestError } from '../../../src/errors';
import { HttpError } from '../../../src/http/errors';
import { HTML, choose, htmlChoice, negotiate, negotiateOffer, offerQuality, parseAccept, quality, requestedFormat, type Choice } from '../../../src/http/negotiate';
import type { RequestContext } from '../../../src/http/route';

const OFFERED = ['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values'];

describe('content negotiation', () => {
  it('takes the first offered type when the client states no preference', () => {
    expect(negotiate(undefined, OFFERED)).toBe('application/sparql-results+json');
    expect(negotiate('', OFFERED)).toBe('application/sparql-results+json');
    expect(negotiate('*/*', OFFERED)).toBe('application/sparql-results+json');
  });

  it('follows q-values', () => {
    expect(negotiate('application/sparql-results+json;q=0.5, text/csv', OFFERED)).toBe('text/csv');
    expect(negotiate('text/*;q=0.9, application/sparql-results+xml;q=0.8', OFFERED)).toBe('text/csv');
  });

  it('lets the most specific range decide, so q=0 excludes a type a wildcard would allow', () => {
    expect(negotiate('text/csv;q=0, text/*', OFFERED)).toBe('text/tab-separated-values');
    expect(quality(parseAccept('*/*;q=0.1, text/csv;q=0.7'), 'text/csv')).toBe(0.7);
  });

  it('breaks ties by the server order', () => {
    expect(negotiate('text/tab-separated-values, text/csv', OFFERED)).toBe('text/csv');
  });

  it('answers undefined when nothing offered is acceptable (the caller sends 406)', () => {
    expect(negotiate('image/png', OFFERED)).toBeUndefined();
    expect(negotiate('text/csv;q=0', ['text/csv'])).toBeUndefined();
  });

  it('ignores malformed ranges and parameters other than q', () => {
    expect(parseAccept('garbage, text/html;level=1;q=0.5, */html')).toEqual([{ type: 'text', subtype: 'html', q: 0.5 }]);
    expect(negotiate('nonsense', OFFERED)).toBe('application/sparql-results+json');
  });

  it('matches media types case-insensitively', () => {
    expect(negotiate('Text/CSV', OFFERED)).toBe('text/csv');
  });

  describe('formats named by several media types', () => {
    const HTML = { mediaType: 'text/html', aliases: ['application/xhtml+xml'] };
    const TURTLE = { mediaType: 'text/turtle', aliases: ['application/x-turtle'] };
    const JSON_RESULTS = { mediaType: 'application/sparql-results+json', aliases: ['application/json'] };
    const XML_RESULTS = { mediaType: 'application/sparql-results+xml', aliases: ['application/xml', 'text/xml'] };

    it('never picks a format whose canonical type the client refused with q=0, though an alias matches a wildcard', () => {
      expect(negotiateOffer('*/*, text/html;q=0', [HTML, TURTLE])).toBe(TURTLE);
      expect(negotiateOffer('application/*, application/sparql-results+xml;q=0, application/sparql-results+json;q=0', [JSON_RESULTS, XML_RESULTS])).toBeUndefined();
    });

    it('refuses the canonical type even when an alias is named with a higher q', () => {
      expect(offerQuality(parseAccept('application/json, application/sparql-results+json;q=0'), JSON_RESULTS)).toBe(0);
    });

    it('lets an alias named exactly outrank a wildcard that covers the canonical type', () => {
      expect(offerQuality(parseAccept('*/*;q=0.1, application/json'), JSON_RESULTS)).toBe(1);
      expect(negotiateOffer('application/sparql-results+xml;q=0.5, application/json', [XML_RESULTS, JSON_RESULTS])).toBe(JSON_RESULTS);
    });

    it('does not let a wildcard matching an alias raise the q the client gave the canonical type', () => {
      expect(offerQuality(parseAccept('text/turtle;q=0.5, application/*'), TURTLE)).toBe(0.5);
    });

    it('takes an alias alone when the canonical type matches no range', () => {
      expect(negotiateOffer('application/xhtml+xml', [TURTLE, HTML])).toBe(HTML);
    });
  });
});

describe('choose, the one format rule of every route', () => {
  const ctx = (accept: string | undefined, target = '/x', params: Record<string, string> = {}) =>
    ({ req: { headers: accept === undefined ? {} : { accept } } as IncomingMessage, url: new URL(`http://localhost${target}`), params }) as unknown as RequestContext;
  const OFFERS: Choice<string>[] = [{ mediaType: 'text/turtle', name: 'turtle', suffix: 'ttl', value: 'turtle' }, htmlChoice('page')];

  it('takes a format that an offer names, even one no result format or serialiser has (html)', () => {
    expect(choose(ctx('text/turtle'), OFFERS, 'html')).toBe('page');
  });

  it('takes a format by name, by suffix and by media type', () => {
    expect(choose(ctx(HTML), OFFERS, 'turtle')).toBe('turtle');
    expect(choose(ctx(HTML), OFFERS, 'ttl')).toBe('turtle');
    expect(choose(ctx(HTML), OFFERS, 'text/turtle')).toBe('turtle');
  });

  it('answers a format written elsewhere but not offered here with 406, and an unknown name with 400, both naming the offers', () => {
    expect(() => choose(ctx(undefined), OFFERS, 'nquads')).toThrow(HttpError);
    expect(() => choose(ctx(undefined), OFFERS, 'nquads')).toThrow('Format "nquads" is not offered here; this resource is available as ttl (text/turtle), html (text/html)');
    expect(() => choose(ctx(undefined), OFFERS, 'excel')).toThrow(BadRequestError);
    expect(() => choose(ctx(undefined), OFFERS, 'excel')).toThrow('Unknown format "excel"; this resource is available as ttl (text/turtle), html (text/html)');
  });

  it('falls back to the Accept header, and answers 406 when nothing offered is acceptable', () => {
    expect(choose(ctx('text/html,*/*;q=0.8'), OFFERS, undefined)).toBe('page');
    expect(choose(ctx(undefined), OFFERS, undefined)).toBe('turtle');
    expect(() => choose(ctx('image/png'), OFFERS, undefined)).toThrow(HttpError);
  });

  it('reads the requested format from the path suffix first, then from the format parameter', () => {
    expect(requestedFormat(ctx(undefined, '/x?format=html', { ext: 'ttl' }))).toBe('ttl');
    expect(requestedFormat(ctx(undefined, '/x?format=html'))).toBe('html');
    expect(requestedFormat(ctx(undefined, '/x'))).toBeUndefined();
  });
});
