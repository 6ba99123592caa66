/** Unit tests of `kb export` (src/cli-export.ts): streaming the knowledge base or one graph, to stdout or a file, gzip-compressed on request. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { graphIri } from '../../ontology/namespaces';
import { main } from '../../src/cli';
import { serialiser } from '../../src/export';
import { generateDumps } from '../../src/export/dumps';
import { canonicalNQuads, expectedCanonical, FIXTURE_DATA, fixtureKb, parseBack } from './export/support';

async function kb(...args: string[]): Promise<{ code: number; out: string; err: string; chunks: number }> {
  let out = '';
  let err = '';
  let chunks = 0;
  const code = await main([...args, '--data', FIXTURE_DATA], { out: (t) => ((out += t), chunks++), err: (t) => (err += t) }, {});
  return { code, out, err, chunks };
}

function inTempDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdkg-export-'));
  return run(dir).finally(() => fs.rmSync(dir, { recursive: true, force: true }));
}

describe('kb export', () => {
  test('writes the whole knowledge base to stdout in the chosen format', async () => {
    const run = await kb('export', '--format', 'ntriples');
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(await canonicalNQuads(await parseBack('ntriples', run.out))).toBe(await expectedCanonical(await fixtureKb().quads(), false));
  });

  test('writes one graph, given by IRI or prefixed name, keeping its name in N-Quads', async () => {
    const byName = await kb('export', '--format', 'nquads', '--graph', 'graph:statements');
    const byIri = await kb('export', '--format', 'nquads', '--graph', graphIri('statements'));
    expect(byName.code).toBe(0);
    expect(byName.out).toBe(byIri.out);
    const quads = await parseBack('nquads', byName.out);
    expect(new Set(quads.map((q) => q.graph.value))).toEqual(new Set([graphIri('statements')]));
    expect(await canonicalNQuads(quads)).toBe(await expectedCanonical(await fixtureKb().quads(graphIri('statements')), true));
  });

  test('writes to a file with --out', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdkg-export-'));
    try {
      const file = path.join(dir, 'kb.jsonld');
      const run = await kb('export', '--format', 'jsonld', '--out', file);
      expect(run.code).toBe(0);
      expect(run.out).toMatch(new RegExp(`^wrote .*kb\\.jsonld \\(jsonld, ${fs.statSync(file).size} bytes\\)\n$`));
      const written = await parseBack('jsonld', fs.readFileSync(file, 'utf8'));
      expect(await canonicalNQuads(written)).toBe(await expectedCanonical(await fixtureKb().quads(), serialiser('jsonld').quads));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an unknown graph is an error naming it and the graphs there are, exit 1', async () => {
    const run = await kb('export', '--format', 'turtle', '--graph', 'graph:nowhere');
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toContain(`No graph <${graphIri('nowhere')}> in the knowledge base; graphs: <${graphIri('actors')}>`);
  });

  test('an unknown or missing format is a usage error, exit 2', async () => {
    expect(await kb('export', '--format', 'yaml')).toMatchObject({ code: 2, err: expect.stringContaining('Unknown format "yaml"; expected one of turtle, ntriples, nquads, trig, jsonld, rdfxml') });
    expect(await kb('export')).toMatchObject({ code: 2, err: expect.stringContaining('Give --format') });
  });

  test('an --out file in a missing folder is a usage error', async () => {
    const run = await kb('export', '--format', 'turtle', '--out', path.join(os.tmpdir(), 'no-such-folder-cdkg', 'x.ttl'));
    expect(run.code).toBe(2);
    expect(run.err).toContain('does not exist');
  });

  test('streams its output in many chunks rather than one string', async () => {
    const run = await kb('export', '--format', 'turtle');
    expect(run.code).toBe(0);
    expect(run.chunks).toBeGreaterThan(10);
  });

  test('writes N-Triples byte-identical to the uncompressed N-Triples dump, so a dump checksum can be reproduced', async () => {
    const dump = (await generateDumps(fixtureKb())).find((d) => d.format === 'ntriples');
    const run = await kb('export', '--format', 'ntriples');
    expect(run.out).toBe(zlib.gunzipSync(dump?.bytes ?? Buffer.alloc(0)).toString('utf8'));
  });

  test('with --gzip and --out writes the same bytes as the dump file', () =>
    inTempDir(async (dir) => {
      const file = path.join(dir, 'cdkg.nt.gz');
      const run = await kb('export', '--format', 'ntriples', '--gzip', '--out', file);
      expect(run.out).toMatch(/^wrote .*cdkg\.nt\.gz \(ntriples, gzip, \d+ bytes\)\n$/);
      const dump = (await generateDumps(fixtureKb())).find((d) => d.format === 'ntriples');
      expect(fs.readFileSync(file).equals(dump?.bytes ?? Buffer.alloc(0))).toBe(true);
    }));

  test('an unknown graph creates no file', () =>
    inTempDir(async (dir) => {
      const file = path.join(dir, 'x.ttl');
      expect((await kb('export', '--format', 'turtle', '--graph', 'graph:nowhere', '--out', file)).code).toBe(1);
      expect(fs.existsSync(file)).toBe(false);
    }));
  test('with --gzip to stdout writes the dump file\'s bytes to a binary stdout, and is a usage error where stdout takes only text', async () => {
    const parts: Uint8Array[] = [];
    const io = { out: () => undefined, err: () => undefined, outBytes: (b: Uint8Array) => void parts.push(b) };
    expect(await main(['export', '--format', 'ntriples', '--gzip', '--data', FIXTURE_DATA], io, {})).toBe(0);
    const dump = (await generateDumps(fixtureKb())).find((d) => d.format === 'ntriples');
    expect(Buffer.concat(parts).equals(dump?.bytes ?? Buffer.alloc(0))).toBe(true);
    expect(await kb('export', '--format', 'ntriples', '--gzip')).toMatchObject({ code: 2, err: expect.stringContaining('--gzip without --out needs a binary stdout') });
  });
});
