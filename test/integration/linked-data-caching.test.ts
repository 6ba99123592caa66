/** Revalidation of dereferenced documents on a real server: ETag, Last-Modified and 304. */
import { US, linkedDataServer } from './support/linked-data';

const get = linkedDataServer();

describe('revalidation', () => {
  test('If-None-Match with the ETag answers 304 without a body', async () => {
    const first = await get(US, { Accept: 'text/turtle' });
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get(US, { Accept: 'text/turtle', 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
  });

  test('If-Modified-Since with the Last-Modified date answers 304', async () => {
    const first = await get(`${US}.jsonld`);
    const lastModified = first.headers.get('last-modified') as string;
    expect(Number.isNaN(Date.parse(lastModified))).toBe(false);
    const again = await get(`${US}.jsonld`, { 'If-Modified-Since': lastModified });
    expect(again.status).toBe(304);
  });

  test('a stale ETag gets the full answer, and each format has its own ETag', async () => {
    const turtle = await get(US, { Accept: 'text/turtle' });
    const html = await get(US, { Accept: 'text/html' });
    expect(turtle.headers.get('etag')).not.toBe(html.headers.get('etag'));
    const stale = await get(US, { Accept: 'text/html', 'If-None-Match': turtle.headers.get('etag') as string });
    expect(stale.status).toBe(200);
    expect(stale.body).toContain('United States');
  });

  test('If-None-Match wins over If-Modified-Since', async () => {
    const first = await get('/ontology.ttl');
    const res = await get('/ontology.ttl', { 'If-None-Match': '"other"', 'If-Modified-Since': first.headers.get('last-modified') as string });
    expect(res.status).toBe(200);
  });
});

describe('cache policy', () => {
  test('documents, pages, the VoID description and the dumps must be revalidated before reuse, with validators to do it', async () => {
    for (const pathname of [US, `${US}.ttl`, '/ontology', '/shapes.ttl', '/.well-known/void', '/dumps/', '/dumps/cdkg.nt.gz', '/id/state/atlantis']) {
      const res = await get(pathname);
      expect([pathname, res.headers.get('cache-control')]).toEqual([pathname, 'no-cache']);
      expect(res.headers.get('etag')).toMatch(/^"/);
    }
  });

  test('a 304 repeats the cache policy', async () => {
    const first = await get(`${US}.ttl`);
    const again = await get(`${US}.ttl`, { 'If-None-Match': first.headers.get('etag') as string });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('no-cache');
  });

  test('an error is never stored', async () => {
    expect((await get('/no/such/page')).headers.get('cache-control')).toBe('no-store');
  });
});

describe('cross-origin scripts', () => {
  test('can read the ETag, Last-Modified, Link and Content-Location of a document', async () => {
    const res = await get(US, { Origin: 'https://example.net', Accept: 'text/turtle' });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const exposed = (res.headers.get('access-control-expose-headers') as string).split(/,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(['ETag', 'Last-Modified', 'Link', 'Content-Location']));
  });
});
