/** `kb add`: a fact from a stored source, through the write path, on a temporary copy of the data. */
import fs from 'node:fs';
import path from 'node:path';
import { Parser } from 'n3';
import { main } from '../../src/cli';
import { readJournal } from '../../src/store/writes/journal';
import { validate } from '../../src/store/validate';
import { copyOfData, filesOf, ROOT } from '../integration/support/writable';

jest.setTimeout(300_000);

async function kb(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) }, {});
  return { code, out, err };
}

const copy = copyOfData();
afterAll(() => fs.rmSync(copy.root, { recursive: true, force: true }));
const QUOTE = 'The US is a signatory and an early proponent of the Budapest Convention';
const args = (quote: string) => ['add', '--data', copy.dataDir, 'state:united-states', 'cdkg:signatoryOf', 'instrument:budapest-convention', '--source', 'source:atlas-us-eu', '--quote', quote, '--name', 'us-signatory-curated', '--as-of', '2021'];

describe('kb add', () => {
  test('refuses a quote that is not in the stored text, and writes nothing', async () => {
    const before = filesOf(copy.dataDir);
    const { code, err } = await kb(...args('The US is an early opponent of the Budapest Convention'));
    expect(code).toBe(1);
    expect(err).toMatch(/not in the stored text/);
    expect(filesOf(copy.dataDir)).toEqual(before);
  });

  test('adds the triple, its statement node and the quote with its computed selectors; the files parse and validate', async () => {
    const { code, out, err } = await kb(...args(QUOTE));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/added https:\/\/w3id\.org\/cdkg\/id\/statement\/us-signatory-curated/);
    // Written back at once (kb add snapshots on its way out): the journal is empty, the Turtle has the fact.
    expect(readJournal(path.join(copy.dataDir, '.journal')).records).toEqual([]);
    const curated = new Parser().parse(fs.readFileSync(path.join(copy.dataDir, 'curated.ttl'), 'utf8'));
    const exact = curated.find((q) => q.predicate.value === 'http://www.w3.org/ns/oa#exact');
    expect(exact?.object.value).toBe(QUOTE);
    // The position is computed independently here: where the quote starts in the stored text.
    const text = fs.readFileSync(path.join(copy.sourcesDir, 'atlas-us-eu.txt'), 'utf8');
    const annotations = new Parser().parse(fs.readFileSync(path.join(copy.dataDir, 'annotations.ttl'), 'utf8'));
    const start = annotations.find((q) => q.subject.value.endsWith('us-signatory-curated#position') && q.predicate.value === 'http://www.w3.org/ns/oa#start');
    expect(Number(start?.object.value)).toBe(text.indexOf(QUOTE));
    expect((start?.object as { datatype: { value: string } }).datatype.value).toBe('http://www.w3.org/2001/XMLSchema#nonNegativeInteger');
    const report = await validate({ dataDir: copy.dataDir, sourcesDir: copy.sourcesDir, ontologyDir: path.join(ROOT, 'ontology'), graphNames: {} });
    expect(report.violations).toEqual([]);
    const changes = fs.readFileSync(path.join(copy.dataDir, 'changes.ttl'), 'utf8');
    expect(changes).toContain('prov:Activity');
  });
});
