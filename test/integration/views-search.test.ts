/** /search on a real server with the real data: the one matcher (src/search) behind a page and a JSON type-ahead, and a search box on every page. */
import { BROWSER_ACCEPT } from './support/linked-data';
import { realDataServer } from './support/real-data';

const get = realDataServer();

interface Results {
  readonly query: string;
  readonly results: readonly { readonly iri: string; readonly href: string; readonly label: string; readonly exact: boolean; readonly matched?: { text: string; kind: string } }[];
}

async function json(q: string): Promise<Results> {
  const res = await get(`/search?q=${encodeURIComponent(q)}`, { Accept: 'application/json' });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return JSON.parse(res.body) as Results;
}

const BUDAPEST = 'https://w3id.org/cdkg/id/instrument/budapest-convention';
const UNTOC = 'https://w3id.org/cdkg/id/instrument/untoc';

describe('the search', () => {
  test('finds the Convention on Cybercrime for "budapst", a typo of its other name', async () => {
    const { results } = await json('budapst');
    expect(results[0]).toMatchObject({ iri: BUDAPEST, label: 'Convention on Cybercrime', href: '/id/instrument/budapest-convention', matched: { text: 'Budapest Convention' } });
  });

  test('finds by notation and by symbol, whatever the case: "untoc" and "74/247"', async () => {
    expect((await json('untoc')).results[0]).toMatchObject({ iri: UNTOC, exact: true });
    expect((await json('74/247')).results[0].iri).toBe('https://w3id.org/cdkg/id/instrument/unga-resolution-74-247');
  });

  test('ranks the exact label first and leaves statement nodes out', async () => {
    const { results } = await json('United States');
    expect(results[0]).toMatchObject({ label: 'United States', exact: true });
    expect(results.every((r) => !r.iri.includes('/id/statement/'))).toBe(true);
  });

  test('as a page lists the same results, best first, each linked to its page', async () => {
    const res = await get('/search?q=budapst', { Accept: BROWSER_ACCEPT });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<ol class="results"><li><a href="/id/instrument/budapest-convention">Convention on Cybercrime</a>');
  });

  test('shows what was typed as text, never as markup', async () => {
    const res = await get(`/search?q=${encodeURIComponent('<script>alert(1)</script>')}`, { Accept: BROWSER_ACCEPT });
    expect(res.body).toContain('Search: &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(res.body).not.toContain('<script>alert(1)</script>');
  });

  test('refuses an overlong query and a repeated q with a 400 that says why', async () => {
    const long = await get(`/search?q=${'a'.repeat(201)}`, { Accept: 'application/json' });
    expect(long.status).toBe(400);
    expect(long.body).toContain('201 characters');
    const twice = await get('/search?q=a&q=b', { Accept: 'application/json' });
    expect(twice.status).toBe(400);
  });

  test('serves its type-ahead script as a file of its own, which asks /search for JSON', async () => {
    const res = await get('/assets/site-search.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.body).toContain("fetch('/search?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })");
  });

  test('has its box on every page, a GET form that works without JavaScript', async () => {
    for (const path of ['/', '/id/state/united-states', '/timeline', '/compare', '/ontology']) {
      const { body } = await get(path, { Accept: BROWSER_ACCEPT });
      expect(body).toContain('<form method="get" action="/search" role="search" class="site-search" aria-label="Site">');
    }
  });
});
