/**
 * Every CDKG IRI dereferences, on a real server: the dataset IRI (303 to its
 * description), the ontology's version IRI and the named-graph IRIs, each by
 * content negotiation, with a 404 in the asked format for what does not exist.
 */
import { BASE, ONTOLOGY_IRI, OWL, RDFS, RDF as RDFNS, VOID, graphIri } from '../../ontology/namespaces';
import { VERSION_IRI } from '../../ontology/owl';
import { DOCUMENT_FORMATS } from '../../src/export/linked-data/formats';
import { BROWSER_ACCEPT, US_IRI, has, linkedDataServer, parse } from './support/linked-data';

const get = linkedDataServer();
const VERSION_PATH = `/${VERSION_IRI.slice(BASE.length)}`;

describe('the dataset IRI', () => {
  test('/dataset answers 303 See Other to the VoID description, which describes the dataset', async () => {
    const res = await get('/dataset', { Accept: 'text/turtle' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/.well-known/void');
    const description = await get(res.headers.get('location') as string, { Accept: 'text/turtle' });
    expect(has(await parse(description.body, 'text/turtle'), 'https://w3id.org/cdkg/dataset', RDFNS.type, VOID.Dataset)).toBe(true);
  });
});

describe('the ontology version IRI', () => {
  test(`${VERSION_PATH} serves the ontology that names it as owl:versionIRI`, async () => {
    const res = await get(VERSION_PATH, { Accept: 'text/turtle' });
    expect(res.status).toBe(200);
    expect(has(await parse(res.body, 'text/turtle'), ONTOLOGY_IRI, OWL.versionIRI, VERSION_IRI)).toBe(true);
    expect(res.headers.get('content-location')).toBe(`${VERSION_PATH}.ttl`);
  });

  test('takes a format suffix after the version and gives a browser the ontology page', async () => {
    expect((await get(`${VERSION_PATH}.nt`)).headers.get('content-type')).toBe('application/n-triples; charset=utf-8');
    const page = await get(VERSION_PATH, { Accept: BROWSER_ACCEPT });
    expect(page.body).toContain('<section class="term" id="State"');
  });

  test('a version the store does not hold is a 404 in the asked format', async () => {
    const res = await get('/ontology/0.0.1', { Accept: 'text/turtle' });
    expect(res.status).toBe(404);
    expect(res.body).toContain('# CDKG has no data about <https://w3id.org/cdkg/ontology/0.0.1>');
  });
});

describe('named-graph IRIs', () => {
  for (const format of DOCUMENT_FORMATS.filter((f) => f.serialiser)) {
    test(`/graph/actors asked for ${format.mediaType} gives that graph's triples and no other graph's`, async () => {
      const res = await get('/graph/actors', { Accept: format.mediaType });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(`${format.mediaType}; charset=utf-8`);
      const quads = await parse(res.body, format.mediaType);
      expect(has(quads, US_IRI, RDFS.label, 'United States')).toBe(true);
      // The statements are in graph:statements, the ontology in graph:ontology.
      expect(quads.some((q) => q.subject.value.includes('/statement/') || q.subject.value.startsWith(ONTOLOGY_IRI))).toBe(false);
    });
  }

  test('a browser gets a page with the graph\'s size and a download link per format', async () => {
    const res = await get('/graph/actors', { Accept: BROWSER_ACCEPT });
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.body).toMatch(/holds \d+ triples about \d+ subjects/);
    for (const suffix of ['ttl', 'nt', 'jsonld', 'rdf']) expect(res.body).toContain(`href="/graph/actors.${suffix}"`);
    expect(res.body).toContain(`<a href="/graph/statements">statements</a>`);
  });

  test('the triple count on the page is the number of triples in the graph', async () => {
    const page = await get('/graph/statements.html');
    const count = Number(/holds (\d+) triples/.exec(page.body)?.[1]);
    expect(count).toBe((await parse((await get('/graph/statements.nt')).body, 'application/n-triples')).length);
  });

  test('an unknown graph is a 404 in the asked format', async () => {
    const turtle = await get('/graph/nowhere', { Accept: 'text/turtle' });
    expect(turtle.status).toBe(404);
    expect(turtle.body).toContain(`# CDKG has no data about <${graphIri('nowhere')}>`);
    const html = await get('/graph/nowhere', { Accept: BROWSER_ACCEPT });
    expect(html.status).toBe(404);
    expect(html.body).toContain(graphIri('nowhere'));
  });
});
