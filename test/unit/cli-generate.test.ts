/** Unit tests of src/cli-generate.ts and src/generate/synthetic.ts: `kb generate` writes the same N-Triples for the same size and seed, close to the size asked, that an independent parser reads and the SHACL shapes accept. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Parser } from 'n3';
import { DEFAULTS } from '../../src/config';
import { main } from '../../src/cli';
import { validate } from '../../src/store/validate';

const captured = () => {
  let out = '';
  return { io: { out: (t: string) => (out += t), err: (t: string) => (out += t) }, text: () => out };
};

describe('kb generate', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdkg-generate-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes about the triples asked for, the same bytes for the same seed, other bytes for another', async () => {
    const files = ['a.nt', 'b.nt', 'c.nt'].map((f) => path.join(dir, f));
    for (const [file, seed] of [[files[0], '1'], [files[1], '1'], [files[2], '2']]) {
      const c = captured();
      expect(await main(['generate', '--triples', '3000', '--seed', seed, '--out', file], c.io)).toBe(0);
      expect(c.text()).toMatch(/^wrote .*\(\d+ triples, seed \d\)\n$/);
    }
    const triples = new Parser({ format: 'N-Triples' }).parse(fs.readFileSync(files[0], 'utf8'));
    expect(triples.length).toBeGreaterThanOrEqual(3000);
    expect(triples.length).toBeLessThan(3000 + 13);
    expect(fs.readFileSync(files[1], 'utf8')).toBe(fs.readFileSync(files[0], 'utf8'));
    expect(fs.readFileSync(files[2], 'utf8')).not.toBe(fs.readFileSync(files[0], 'utf8'));
  });

  it('writes data the SHACL shapes and the consistency checks accept', async () => {
    const data = path.join(dir, 'data');
    fs.mkdirSync(data);
    expect(await main(['generate', '--triples', '800', '--out', path.join(data, 'synthetic.nt')], captured().io)).toBe(0);
    const report = await validate({ dataDir: data, ontologyDir: DEFAULTS.ontologyDir });
    expect(report.violations).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('refuses a size that is not a positive integer and a file that is not .nt, with exit code 2', async () => {
    for (const args of [['--triples', '0', '--out', path.join(dir, 'x.nt')], ['--triples', '10', '--out', path.join(dir, 'x.ttl')], ['--out', path.join(dir, 'x.nt')]]) {
      const c = captured();
      expect(await main(['generate', ...args], c.io)).toBe(2);
    }
  });
});
