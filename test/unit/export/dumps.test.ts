/** Unit tests of src/export/dumps.ts: the gzip dumps are reproducible byte for byte, and their sizes and checksums match what DCAT says of them. */
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { NotFoundError } from '../../../src/errors';
import { DUMP_FORMATS, dumpFile, dumpUrl, dumps, generateDumps } from '../../../src/export/dumps';
import { canonicalNQuads, expectedCanonical, expectedStatements, fixtureKb, parseBack, realKb } from './support';

describe('dumps', () => {
  test('two stores loaded from the same files give byte-identical dumps with equal checksums', async () => {
    // Each load gives blank nodes new random labels, so this also checks the labels are made stable.
    const first = await generateDumps(fixtureKb());
    const second = await generateDumps(fixtureKb());
    expect(second.map((d) => d.sha256)).toEqual(first.map((d) => d.sha256));
    for (let i = 0; i < first.length; i++) expect(Buffer.compare(first[i].bytes, second[i].bytes)).toBe(0);
  });

  test('cover N-Triples, N-Quads, Turtle, JSON-LD and RDF/XML as .gz files', async () => {
    const all = await generateDumps(fixtureKb());
    expect(all.map((d) => d.fileName)).toEqual(['cdkg.nt.gz', 'cdkg.nq.gz', 'cdkg.ttl.gz', 'cdkg.jsonld.gz', 'cdkg.rdf.gz']);
    expect(all.map((d) => d.format)).toEqual(DUMP_FORMATS);
  });

  test('are gzip files without a name or a time stamp, whose size and SHA-256 match their bytes', async () => {
    for (const d of await generateDumps(fixtureKb())) {
      expect([d.bytes[0], d.bytes[1]]).toEqual([0x1f, 0x8b]);
      expect(d.bytes[3] & 0x08).toBe(0); // FLG.FNAME (RFC 1952 §2.3.1)
      expect(d.bytes.readUInt32LE(4)).toBe(0); // MTIME
      expect(d.byteSize).toBe(d.bytes.length);
      expect(d.sha256).toBe(crypto.createHash('sha256').update(d.bytes).digest('hex'));
    }
  });

  test('hold the whole real knowledge base, isomorphic to the store', async () => {
    const store = realKb();
    const quads = await store.quads();
    for (const d of await generateDumps(store)) {
      const text = zlib.gunzipSync(d.bytes).toString('utf8');
      const parsed = await parseBack(d.format, text);
      const keepGraphs = d.namedGraphs;
      expect([d.format, keepGraphs]).toEqual([d.format, d.format === 'nquads' || d.format === 'jsonld']);
      expect(await canonicalNQuads(parsed)).toBe(await expectedCanonical(quads, keepGraphs));
      expect(d.statements).toBe(await expectedStatements(quads, keepGraphs));
      expect(parsed).toHaveLength(d.statements);
    }
  });

  test('embed the JSON-LD context, so the JSON-LD dump stands alone', async () => {
    const jsonld = (await generateDumps(fixtureKb())).find((d) => d.format === 'jsonld');
    const doc = JSON.parse(zlib.gunzipSync(jsonld!.bytes).toString('utf8'));
    expect(typeof doc['@context']).toBe('object');
  });

  test('keep the named graphs in the JSON-LD dump, one node object with @id and @graph per loaded graph', async () => {
    const store = fixtureKb();
    const jsonld = (await generateDumps(store)).find((d) => d.format === 'jsonld');
    const doc = JSON.parse(zlib.gunzipSync(jsonld!.bytes).toString('utf8')) as { '@graph': { '@id': string; '@graph'?: unknown[] }[] };
    const named = doc['@graph'].filter((n) => Array.isArray(n['@graph'])).map((n) => n['@id']);
    expect(named.length).toBe((await store.graphs()).length);
    expect(named).toEqual(expect.arrayContaining(['graph:ontology']));
  });

  test('are generated once per store and then served from memory', async () => {
    const store = fixtureKb();
    const a = await dumps(store);
    expect(await dumps(store)).toBe(a);
    expect(await dumpFile(store, 'cdkg.ttl.gz')).toBe(a[2]);
  });

  test('an unknown dump name is not found, and the error lists the dumps', async () => {
    const store = fixtureKb();
    await expect(dumpFile(store, 'cdkg.xls')).rejects.toThrow(NotFoundError);
    await expect(dumpFile(store, 'cdkg.xls')).rejects.toThrow(/No dump named "cdkg.xls"; dumps: cdkg.nt.gz, /);
  });

  test('are linked under dumps/ of the public base', () => {
    expect(dumpUrl('http://localhost:8080/', 'cdkg.nt.gz')).toBe('http://localhost:8080/dumps/cdkg.nt.gz');
  });
});
