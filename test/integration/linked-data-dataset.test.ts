/** The dataset routes on a real server: dumps, the JSON-LD context and the VoID description. */
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { CDKG, RDFS, VOID, RDF as RDFNS } from '../../ontology/namespaces';
import { parseRdf } from '../../src/store/oxigraph';
import { BROWSER_ACCEPT, US_IRI, has, linkedDataServer, parse } from './support/linked-data';

const get = linkedDataServer();

describe('dataset routes', () => {
  test('the dump listing gives name, format, size and SHA-256 of files that match their bytes', async () => {
    const listing = JSON.parse((await get('/dumps/', { Accept: 'application/json' })).body) as { dumps: { name: string; href: string; size: number; sha256: string; mediaType: string }[] };
    expect(listing.dumps.map((d) => d.name)).toEqual(expect.arrayContaining(['cdkg.nt.gz', 'cdkg.nq.gz', 'cdkg.ttl.gz', 'cdkg.jsonld.gz', 'cdkg.rdf.gz']));
    const nt = listing.dumps.find((d) => d.name === 'cdkg.nt.gz') as (typeof listing.dumps)[number];
    const file = await get(nt.href);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/gzip');
    expect(file.headers.get('content-encoding')).toBeNull();
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="cdkg.nt.gz"');
    expect(file.bytes.length).toBe(nt.size);
    expect(crypto.createHash('sha256').update(file.bytes).digest('hex')).toBe(nt.sha256);
    const quads = parseRdf(zlib.gunzipSync(file.bytes).toString('utf8'), { format: 'application/n-triples' });
    expect(has(quads, US_IRI, RDFS.label, 'United States')).toBe(true);
  });

  test('the dump listing is also a page', async () => {
    const res = await get('/dumps/', { Accept: BROWSER_ACCEPT });
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<a href="/dumps/cdkg.nt.gz" download>cdkg.nt.gz</a>');
  });

  test('format= on the dump listing takes json or html; another format is a 406 and an unknown name a 400, both naming the choices', async () => {
    expect((await get('/dumps/?format=json', { Accept: BROWSER_ACCEPT })).headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await get('/dumps/?format=html', { Accept: 'application/json' })).headers.get('content-type')).toBe('text/html; charset=utf-8');
    const other = await get('/dumps/?format=xml');
    expect(other.status).toBe(406);
    expect(other.body).toContain('Format "xml" is not offered here; this resource is available as html (text/html), json (application/json)');
    const bad = await get('/dumps/?format=excel');
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('Unknown format "excel"; this resource is available as html (text/html), json (application/json)');
  });

  test('an unknown dump is a 404', async () => {
    expect((await get('/dumps/cdkg.xyz.gz')).status).toBe(404);
  });

  test('/context.jsonld serves the JSON-LD context', async () => {
    const res = await get('/context.jsonld');
    expect(res.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect((JSON.parse(res.body) as { '@context': Record<string, unknown> })['@context'].cdkg).toBe(CDKG.$ns);
  });

  test('/.well-known/void and /void describe the dataset in the negotiated format', async () => {
    for (const [pathname, accept, mediaType] of [
      ['/.well-known/void', 'text/turtle', 'text/turtle'],
      ['/void', 'application/rdf+xml', 'application/rdf+xml'],
      ['/void.nt', '*/*', 'application/n-triples'],
    ]) {
      const res = await get(pathname, { Accept: accept });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(`${mediaType}; charset=utf-8`);
      const quads = await parse(res.body, mediaType);
      expect(quads.some((q) => q.predicate.value === RDFNS.type && q.object.value === VOID.Dataset)).toBe(true);
    }
  });

  test('a browser gets the VoID description as a page with the Turtle in it', async () => {
    const res = await get('/.well-known/void', { Accept: BROWSER_ACCEPT });
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('void:Dataset');
    expect(res.body).toContain('<a href="/void.ttl" type="text/turtle">Turtle</a>');
  });
});
