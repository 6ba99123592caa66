/** Unit tests of src/store/source-text.ts: quotes are found with whitespace runs as one space and nothing else normalised, at code-point positions with their context. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sourceTextIri } from '../../../ontology/namespaces';
import { CONTEXT_LENGTH, IndexedText, normaliseWhitespace, readStoredText } from '../../../src/store/source-text';

describe('IndexedText', () => {
  const text = new IndexedText('The US is a signatory\nand an early  proponent of the “Budapest” Convention.');

  test('finds a quote whose spaces stand for a line break or a run of spaces in the text', () => {
    const span = text.find('a signatory and an early proponent');
    expect(span).toBeDefined();
    expect(text.slice(span!.start, span!.end)).toBe('a signatory\nand an early  proponent');
  });

  test('normalises nothing but whitespace: other quotation marks, case or a changed word are not found', () => {
    expect(text.find('the "Budapest" Convention')).toBeUndefined();
    expect(text.find('THE US')).toBeUndefined();
    expect(text.find('an early opponent')).toBeUndefined();
    expect(text.find('the “Budapest” Convention')).toBeDefined();
  });

  test('counts positions in code points, so a character outside the Basic Multilingual Plane counts once', () => {
    const t = new IndexedText('🌍 x 🌍 quoted text');
    const span = t.find('quoted text');
    // '🌍 x 🌍 ' is 6 code points but 8 UTF-16 units.
    expect(span).toMatchObject({ start: 6, end: 17 });
    expect(Array.from('🌍 x 🌍 quoted text').slice(6, 17).join('')).toBe('quoted text');
    expect(t.length).toBe(17);
  });

  test('gives the text right before and after the span as its context, shorter only at the ends of the text', () => {
    const long = new IndexedText(`${'a'.repeat(50)} quote ${'b'.repeat(50)}`);
    const span = long.find('quote')!;
    expect(span.prefix).toBe(`${'a'.repeat(CONTEXT_LENGTH - 1)} `);
    expect(span.suffix).toBe(` ${'b'.repeat(CONTEXT_LENGTH - 1)}`);
    expect(text.find('The US')).toMatchObject({ start: 0, prefix: '' });
    expect(text.find('Convention.')).toMatchObject({ suffix: '' });
  });

  test('finds nothing for an empty or blank quote', () => {
    expect(text.find('')).toBeUndefined();
    expect(text.find('  \n ')).toBeUndefined();
  });
});

describe('normaliseWhitespace', () => {
  test('turns each run of whitespace into one space and trims the ends', () => {
    expect(normaliseWhitespace('  a\n\tb   c ')).toBe('a b c');
  });
});

describe('readStoredText', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdkg-sources-'));
  fs.writeFileSync(path.join(dir, 'page.txt'), 'Some text.\n');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('reads the file a stored-text IRI names, with the SHA-256 of its bytes', () => {
    expect(readStoredText(dir, sourceTextIri('page.txt'))).toEqual({
      iri: sourceTextIri('page.txt'),
      file: 'page.txt',
      text: 'Some text.\n',
      // printf 'Some text.\n' | sha256sum
      sha256: 'b7fc5efed2858abda16234d0640a733c8185c6262b32d7704c7ecfe33bb8a0a0',
    });
  });

  test('gives nothing for a missing file or an IRI that names no stored text', () => {
    expect(readStoredText(dir, sourceTextIri('missing.txt'))).toBeUndefined();
    expect(readStoredText(dir, 'https://example.org/page.txt')).toBeUndefined();
    expect(readStoredText(dir, sourceTextIri('page.txt').replace('page.txt', '../page.txt'))).toBeUndefined();
  });
});
