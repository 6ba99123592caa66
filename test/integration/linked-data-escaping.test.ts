/** Hostile data (markup in labels and quotes) on a real server: every page escapes it, the embedded JSON-LD too. */
import { linkedDataServer } from './support/linked-data';

const get = linkedDataServer();

describe('escaping of hostile data', () => {
  const script = (body: string) => /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(body)?.[1] as string;

  test('a label with markup is escaped on the entity page and in its embedded JSON-LD', async () => {
    const { body } = await get('/id/state/hostile.html');
    expect(body).not.toContain('<script>alert');
    expect(body).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    const embedded = script(body);
    expect(embedded).not.toContain('</script');
    expect(embedded).not.toContain('<');
    expect((JSON.parse(embedded) as { name: string }).name).toBe('<script>alert(1)</script>');
  });

  test('a quote that closes the script element and opens another is escaped', async () => {
    const { body } = await get('/id/state/hostile.html');
    expect(body).toContain('&lt;/script&gt;&lt;script&gt;alert(3)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;text&#39;');
    // The one script element besides the JSON-LD is the site's own type-ahead, loaded from a file.
    expect(body.replace('<script src="/assets/site-search.js" defer></script>', '').match(/<script/g)).toHaveLength(1);
  });

  test('pages that only mention the hostile entity escape its label too', async () => {
    for (const page of ['/id/instrument/budapest-convention', '/compare/hostile/united-states']) {
      const { status, body } = await get(page, { Accept: 'text/html' });
      expect(status).toBe(200);
      expect(body).not.toContain('<script>alert');
      expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });
});
