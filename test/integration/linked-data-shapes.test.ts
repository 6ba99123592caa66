/** The SHACL shapes IRI (SHAPES_IRI, linked from the ontology by rdfs:seeAlso) dereferences like /ontology. */
import { RDF as RDFNS, SH, SHAPES_IRI, SHAPES_NS, OWL } from '../../ontology/namespaces';
import { DOCUMENT_FORMATS } from '../../src/export/linked-data/formats';
import { BROWSER_ACCEPT, has, linkedDataServer, parse } from './support/linked-data';

const get = linkedDataServer();

describe('the SHACL shapes at /shapes', () => {
  for (const format of DOCUMENT_FORMATS.filter((f) => f.serialiser)) {
    test(`asked for ${format.mediaType} (and by the .${format.suffix} suffix) it answers the shapes in that format, parseable`, async () => {
      for (const res of [await get('/shapes', { Accept: format.mediaType }), await get(`/shapes.${format.suffix}`)]) {
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe(`${format.mediaType}; charset=utf-8`);
        const quads = await parse(res.body, format.mediaType);
        expect(has(quads, SHAPES_IRI, RDFNS.type, OWL.Ontology)).toBe(true);
        expect(has(quads, `${SHAPES_NS}Statement`, RDFNS.type, SH.NodeShape)).toBe(true);
      }
    });
  }

  test('a browser gets the shapes as Turtle in a page of the site layout, with links to every format', async () => {
    const res = await get('/shapes', { Accept: BROWSER_ACCEPT });
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<main id="main"');
    expect(res.body).toContain('<nav aria-label="Site">');
    expect(res.body).toContain('href="/shapes.ttl"');
    expect(res.body).toContain('https://w3id.org/cdkg/shapes#Statement');
    expect(res.headers.get('content-location')).toBe('/shapes.html');
  });

  test('the ontology page links the shapes', async () => {
    const res = await get('/ontology', { Accept: 'text/html' });
    expect(res.body).toContain('<a href="/shapes">SHACL shapes</a>');
  });

  test('the shapes answer conditional requests like every document', async () => {
    const first = await get('/shapes.ttl');
    expect((await get('/shapes.ttl', { 'If-None-Match': first.headers.get('etag') as string })).status).toBe(304);
  });
});
