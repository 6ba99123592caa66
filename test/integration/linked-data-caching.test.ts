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
