/**
 * Bad input to the linked-data routes on a real server: /describe checks its
 * parameter before any query is built, and data RDF/XML cannot write is a
 * 406 that names the term and suggests another format, never a 500.
 */
import { BROWSER_ACCEPT, STATE_TERM, linkedDataServer, parse } from './support/linked-data';

const get = linkedDataServer();
const construct = (template: string) => `/sparql?query=${encodeURIComponent(`CONSTRUCT { ${template} } WHERE {}`)}`;

describe('/describe?uri=', () => {
  test.each([
    ['no uri', '/describe', 'Missing "uri" parameter'],
    ['two uris', '/describe?uri=http://a/&uri=http://b/', 'Give exactly one "uri" parameter, got 2'],
    ['an invalid percent-encoding', '/describe?uri=%FF', 'is not an absolute IRI'],
    ['a relative reference', '/describe?uri=state/united-states', '"state/united-states" is not an absolute IRI'],
    ['an IRI with a space', '/describe?uri=http://x/%20y', '"http://x/ y" is not an absolute IRI'],
    ['an IRI that would close the brackets', '/describe?uri=http://x/%3E', '"http://x/>" is not an absolute IRI'],
  ])('%s is a 400 that names the problem, not a query syntax error', async (_name, pathname, message) => {
    const res = await get(pathname, { Accept: 'text/turtle' });
    expect(res.status).toBe(400);
    expect(res.body).toContain(message);
    expect(res.body).not.toContain('Query syntax error');
  });

  test('a valid IRI still works, for programs and browsers', async () => {
    expect((await get(STATE_TERM, { Accept: 'text/turtle' })).status).toBe(200);
    expect((await get(STATE_TERM, { Accept: BROWSER_ACCEPT })).status).toBe(303);
  });
});

describe('RDF/XML that cannot be written', () => {
  test('a predicate whose local name is not an XML name is a 406 naming it and suggesting another format', async () => {
    const res = await get(construct('<http://a/> <http://b/1x> "v"'), { Accept: 'application/rdf+xml' });
    expect(res.status).toBe(406);
    expect(res.body).toContain('RDF/XML cannot write the predicate <http://b/1x>');
    expect(res.body).toContain('ask for another format');
  });

  test('a literal with a character XML cannot carry is a 406 naming the triple', async () => {
    const res = await get(construct('<http://a/> <http://b/p> "a\\u0001b"'), { Accept: 'application/rdf+xml' });
    expect(res.status).toBe(406);
    expect(res.body).toContain('RDF/XML cannot write the literal of <http://a/> <http://b/p>');
  });

  test('the same data in Turtle is fine', async () => {
    const res = await get(construct('<http://a/> <http://b/1x> "v"'), { Accept: 'text/turtle' });
    expect(res.status).toBe(200);
  });
});

describe('request paths', () => {
  test('a path with a repeated slash is a 404 that names the path as asked, not one with a segment taken for a host', async () => {
    const res = await get('//id/state/united-states', { Accept: 'text/plain' });
    expect(res.status).toBe(404);
    expect(res.body).toContain('No resource at //id/state/united-states');
  });
});

describe('404s built from request text', () => {
  test('a path with a control character (here a line break) is a plain 404 before any route, never an RDF document', async () => {
    const res = await get('/graph/x%0A<a>%20<b>%20<c>', { Accept: 'text/turtle' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.body).not.toContain('\n<a>');
  });

  test.each([
    ['text/turtle', '/id/state/x%20%3Ca%3E%20%3Cb%3E%20%3Cc%3E%20%7B%7D', 'id/state/x%20%3Ca%3E%20%3Cb%3E%20%3Cc%3E%20%7B%7D'],
    ['application/n-triples', '/graph/x%20%3Ca%3E%20%3Cb%3E%20%3Cc%3E', 'graph/x%20%3Ca%3E%20%3Cb%3E%20%3Cc%3E'],
    ['text/turtle', '/graph/x%E2%80%A8%3Ca%3E', 'graph/x%E2%80%A8%3Ca%3E'],
  ])('a %s 404 for %s names the IRI percent-encoded in its comment and parses as an empty graph', async (mediaType, pathname, encoded) => {
    const res = await get(pathname, { Accept: mediaType });
    expect(res.status).toBe(404);
    expect(res.body.split('\n')[0]).toBe(`# CDKG has no data about <https://w3id.org/cdkg/${encoded}>`);
    expect(await parse(res.body, mediaType)).toEqual([]);
  });
});
