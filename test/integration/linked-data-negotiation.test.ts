/** Dereferencing on a real server: content negotiation (q-values, aliases), format suffixes and 404s in the asked format. */
import type * as RDF from '@rdfjs/types';
import { CDKG, OWL, RDFS, RDF as RDFNS } from '../../ontology/namespaces';
import { DOCUMENT_FORMATS } from '../../src/export/linked-data/formats';
import { BROWSER_ACCEPT, STATE_TERM, UNKNOWN, US, US_IRI, has, linkedDataServer, parse } from './support/linked-data';

const get = linkedDataServer();

describe('content negotiation', () => {
  const targets: { name: string; path: string; status: number; check: (quads: RDF.Quad[]) => boolean }[] = [
    { name: 'an entity', path: US, status: 200, check: (q) => has(q, US_IRI, RDFS.label, 'United States') && has(q, US_IRI, CDKG.signatoryOf) },
    // A hash IRI is dereferenced by fetching the document before the '#' (the fragment never reaches the server).
    { name: 'an ontology term', path: '/ontology#State', status: 200, check: (q) => has(q, CDKG.State, RDFNS.type, OWL.Class) && has(q, CDKG.State, RDFS.subClassOf, CDKG.Actor) },
    { name: 'an unknown IRI', path: UNKNOWN, status: 404, check: (q) => q.length === 0 },
  ];
  for (const target of targets) {
    for (const format of DOCUMENT_FORMATS) {
      test(`${target.name} asked for ${format.mediaType} answers ${target.status} in that format with a parseable body`, async () => {
        const res = await get(target.path, { Accept: format.mediaType });
        expect(res.status).toBe(target.status);
        expect(res.headers.get('content-type')).toBe(`${format.mediaType}; charset=utf-8`);
        expect(res.headers.get('vary')).toContain('Accept');
        if (format.mediaType === 'text/html') {
          expect(res.body).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
          expect(res.body).toContain('</html>');
        } else {
          expect(target.check(await parse(res.body, format.mediaType))).toBe(true);
        }
      });
    }
  }

  test('q-values decide between acceptable formats', async () => {
    const res = await get(US, { Accept: 'text/turtle;q=0.5, application/ld+json;q=0.9, text/html;q=0.1' });
    expect(res.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
  });

  test('a browser gets the HTML page', async () => {
    const res = await get(US, { Accept: BROWSER_ACCEPT });
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  test('a client that refuses text/html with q=0 gets RDF, not the page through the application/xhtml+xml alias', async () => {
    const res = await get(US, { Accept: '*/*, text/html;q=0' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
  });

  test('text/plain, the pre-registration N-Triples type that rdflib still sends, gets N-Triples rather than the page', async () => {
    const res = await get(US, { Accept: 'text/plain, */*;q=0.1' });
    expect(res.headers.get('content-type')).toBe('application/n-triples; charset=utf-8');
    expect(has(await parse(res.body, 'application/n-triples'), US_IRI, RDFS.label, 'United States')).toBe(true);
  });

  test('format= takes a suffix or a format name, and an unknown name is a 400 naming the choices', async () => {
    expect((await get(`${US}?format=nt`)).headers.get('content-type')).toBe('application/n-triples; charset=utf-8');
    expect((await get(`${US}?format=ntriples`)).headers.get('content-type')).toBe('application/n-triples; charset=utf-8');
    const bad = await get(`${US}?format=docx`);
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('Unknown format "docx"');
  });

  test('format= naming a known format that documents do not offer (nquads, trig) is a 406 naming the offered formats', async () => {
    for (const format of ['nquads', 'nq', 'trig']) {
      const res = await get(`${US}?format=${format}`);
      expect(res.status).toBe(406);
      expect(res.body).toContain(`Format "${format}" is not offered here`);
      expect(res.body).toContain('ttl (text/turtle)');
      expect(res.body).toContain('jsonld (application/ld+json)');
    }
  });

  test.each([
    ['application/json', 'application/ld+json'],
    ['application/x-turtle', 'text/turtle'],
    ['text/n3', 'text/turtle'],
    ['application/xml', 'application/rdf+xml'],
    ['text/xml', 'application/rdf+xml'],
  ])('the common alias %s gets %s, parseable', async (accept, mediaType) => {
    const res = await get(US, { Accept: accept });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(`${mediaType}; charset=utf-8`);
    expect(has(await parse(res.body, mediaType), US_IRI, RDFS.label, 'United States')).toBe(true);
  });

  test('an Accept header that no format satisfies answers 406', async () => {
    const res = await get(US, { Accept: 'image/png' });
    expect(res.status).toBe(406);
  });

  test('a negotiated answer names its own URL and links its other formats and the VoID description', async () => {
    const res = await get(US, { Accept: 'text/turtle' });
    expect(res.headers.get('content-location')).toBe(`${US}.ttl`);
    expect(res.headers.get('link')).toContain('</.well-known/void>; rel="describedby"');
    expect(res.headers.get('link')).toContain(`<${US}.jsonld>; rel="alternate"; type="application/ld+json"`);
  });

  for (const format of DOCUMENT_FORMATS.filter((f) => f.serialiser)) {
    test(`the lookup of one term in ${format.mediaType} has the term's triples and examples of use from the data`, async () => {
      const res = await get(STATE_TERM, { Accept: format.mediaType });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(`${format.mediaType}; charset=utf-8`);
      const quads = await parse(res.body, format.mediaType);
      expect(has(quads, CDKG.State, RDFS.subClassOf, CDKG.Actor)).toBe(true);
      expect(has(quads, US_IRI, RDFNS.type, CDKG.State)).toBe(true);
      expect(has(quads, CDKG.partyTo, RDFS.domain)).toBe(false);
    });
  }

  test('a browser asking for an ontology term is sent to its anchor on the ontology page', async () => {
    const res = await get(STATE_TERM, { Accept: BROWSER_ACCEPT });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/ontology#State');
  });
});

describe('format suffixes', () => {
  for (const format of DOCUMENT_FORMATS) {
    test(`${US}.${format.suffix} is ${format.mediaType} whatever Accept says`, async () => {
      const res = await get(`${US}.${format.suffix}`, { Accept: 'text/html' });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(`${format.mediaType}; charset=utf-8`);
      if (format.serialiser) expect(has(await parse(res.body, format.mediaType), US_IRI, RDFS.label)).toBe(true);
    });
  }

  test('a malformed path under /id/ is a 404 in the asked format too', async () => {
    const res = await get('/id/state/Not%20A%20Slug%22%3E', { Accept: 'application/ld+json' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect(await parse(res.body, 'application/ld+json')).toEqual([]);
  });

  test('an unknown entity with a suffix is a 404 in that format', async () => {
    const res = await get(`${UNKNOWN}.ttl`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    expect(res.body).toContain(`# CDKG has no data about <https://w3id.org/cdkg/id/state/atlantis>`);
  });
});
