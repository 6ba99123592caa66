/**
 * Linked data over HTTP, on a real server (ephemeral port) with the fixture
 * data of test/fixtures/linked-data and the real ontology and named queries:
 * content negotiation, suffixes, revalidation, escaping, the comparison page,
 * dumps, the JSON-LD context and the VoID description.
 */
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import jsonld from 'jsonld';
import type * as RDF from '@rdfjs/types';
import { CDKG, OWL, RDFS, VOID, RDF as RDFNS } from '../../ontology/namespaces';
import { DEFAULTS, type Config } from '../../src/config';
import { documentLoader } from '../../src/export';
import { DOCUMENT_FORMATS } from '../../src/export/linked-data/formats';
import { startServer, type RunningServer } from '../../src/http/server';
import { parseRdf, type RdfSyntax } from '../../src/store/oxigraph';

const FIXTURE = path.join(__dirname, '../fixtures/linked-data/data');
const config: Config = { ...DEFAULTS, dataDir: FIXTURE, port: 0, workers: 1 };
/** What Chromium sends for a page navigation. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(config, () => undefined);
});
afterAll(() => server.close());

async function get(pathname: string, headers: Record<string, string> = {}) {
  const res = await fetch(server.url + pathname, { headers, redirect: 'manual' });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, body: bytes.toString('utf8') };
}

/** Parses a body in any of the RDF formats with a real parser (Oxigraph; jsonld.js for JSON-LD, with the local context). */
async function parse(body: string, mediaType: string): Promise<RDF.Quad[]> {
  if (mediaType === 'application/ld+json') {
    const nquads = (await jsonld.toRDF(JSON.parse(body) as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader } as jsonld.Options.ToRdf)) as unknown as string;
    return parseRdf(nquads, { format: 'application/n-quads' });
  }
  return parseRdf(body, { format: mediaType as RdfSyntax });
}

const US = '/id/state/united-states';
const US_IRI = 'https://w3id.org/cdkg/id/state/united-states';
const STATE_TERM = `/describe?uri=${encodeURIComponent(CDKG.State)}`;
const UNKNOWN = '/id/state/atlantis';

const has = (quads: readonly RDF.Quad[], s: string, p: string, o?: string) =>
  quads.some((q) => q.subject.value === s && q.predicate.value === p && (o === undefined || q.object.value === o));

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
    expect(body.match(/<script/g)).toHaveLength(1);
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

describe('the comparison page', () => {
  let body: string;
  beforeAll(async () => {
    const res = await get('/compare/united-states/european-union');
    expect(res.status).toBe(200);
    body = res.body;
  });
  const row = (label: string) => {
    const rows = body.split('<tr>').filter((r) => r.includes('<th scope="row">'));
    return rows.find((r) => r.includes(`>${label}</a>`)) as string;
  };

  test('has both actors as column headings', () => {
    expect(body).toContain('<th scope="col"><a href="/id/state/united-states">United States</a></th>');
    expect(body).toContain('<th scope="col"><a href="/id/union/european-union">European Union</a></th>');
  });

  test('has a row for the Budapest Convention with each actor\'s relation, stance and quote', () => {
    const r = row('Budapest Convention');
    expect(r).toBeDefined();
    expect(r).toContain('promotes; signatory of');
    expect(r).toContain('“The US is a signatory and an early proponent of the Budapest Convention”');
    expect(r).toContain('Stance: champions');
    expect(r).toContain('“The EU has been an early champion of the Budapest Convention”');
  });

  test('links the source each side\'s quotes come from', () => {
    const r = row('Budapest Convention');
    expect(r).toMatch(/Sources: <a href="\/id\/source\/[a-z0-9-]+">/);
  });

  test('has a row for the Ad Hoc Committee with the US taking part and the EU represented by its member states', () => {
    const r = row('Ad Hoc Committee');
    expect(r).toBeDefined();
    expect(r).toContain('participates in');
    expect(r).toContain('“the US has agreed to participate in the Ad Hoc Committee”');
    expect(r).toContain('represented by EU member states');
    expect(r).toContain('participates in (EU member states)');
  });

  test('an unknown actor slug is a 404 page', async () => {
    const res = await get('/compare/united-states/atlantis');
    expect(res.status).toBe(404);
    expect(res.body).toContain('atlantis');
  });
});

describe('the home and ontology pages', () => {
  test('the home page counts resources per class and links examples to the editor, the dumps, VoID and the ontology', async () => {
    const { body } = await get('/');
    expect(body).toMatch(/<a href="\/ontology#State">state<\/a><\/td><td>2<\/td>/);
    expect(body).toContain('href="/sparql#query=');
    expect(body).toContain('<a href="/compare/united-states/european-union">United States and European Union, side by side</a>');
    for (const href of ['/dumps/', '/.well-known/void', '/ontology']) expect(body).toContain(`href="${href}"`);
  });

  test('the ontology page has an anchor per term with its definition, domain, range and alignments', async () => {
    const { body } = await get('/ontology.html');
    expect(body).toContain('<section class="term" id="State"');
    expect(body).toContain('A sovereign state acting in international relations.');
    expect(body).toMatch(/<section class="term" id="partyTo"[\s\S]*?<dt>Domain<\/dt><dd><a href="\/ontology#Actor">actor<\/a><\/dd>[\s\S]*?<dt>Range<\/dt><dd><a href="\/ontology#Instrument">instrument<\/a><\/dd>/);
    expect(body).toContain('close match <a href="https://schema.org/Country">schema:Country</a>');
    expect(body).toMatch(/<section class="term" id="State"[\s\S]*?Examples from the data:[\s\S]*?United States/);
  });
});

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

describe('rapper (raptor2-utils) reads the dereferenced documents without a warning', () => {
  const RAPPER: readonly [string, string][] = [
    ['ttl', 'turtle'],
    ['nt', 'ntriples'],
    ['rdf', 'rdfxml'],
  ];
  for (const pathname of [US, '/ontology', '/void', UNKNOWN]) {
    test.each(RAPPER)(`${pathname}.%s`, async (suffix, syntax) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdkg-ld-rapper-'));
      try {
        const file = path.join(dir, `doc.${suffix}`);
        fs.writeFileSync(file, (await get(`${pathname}.${suffix}`)).bytes);
        const run = spawnSync('rapper', ['-c', '-i', syntax, file], { encoding: 'utf8' });
        expect(run.error).toBeUndefined();
        expect({ status: run.status, problems: run.stderr.split('\n').filter((l) => /warning|error/i.test(l)) }).toEqual({ status: 0, problems: [] });
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
