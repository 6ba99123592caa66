/** Unit tests of src/store/quotes.ts: every quote is checked against the stored text of its source and the selectors kb annotate wrote; each broken rule is one violation naming the statement. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CDKG, OA, PREFIXES, SPDX, sourceTextIri } from '../../../ontology/namespaces';
import { EmbeddedStore, parseRdf } from '../../../src/store/oxigraph';
import { checkQuotes } from '../../../src/store/quotes';

const TEXT = 'First line of the page.\nThe quoted words are here, and more text follows.\n';
// printf 'First line of the page.\nThe quoted words are here, and more text follows.\n' | sha256sum
const SHA256 = '9d0a748be20f94cdca155172ad7f8ed1591d44098f0fcb1f8e287d1ac64029be';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdkg-quotes-'));
fs.writeFileSync(path.join(dir, 'page.txt'), TEXT);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const prefixes = Object.entries(PREFIXES).map(([p, ns]) => `@prefix ${p}: <${ns}> .`).join('\n');
const st = (slug: string) => `https://w3id.org/cdkg/id/statement/${slug}`;

/** A statement resting on `source`, quoting `exact`, with the selectors given (Turtle). */
function statement(slug: string, source: string, exact: string, selectors = ''): string {
  return `statement:${slug} a cdkg:Statement ; cdkg:source ${source} ; cdkg:quote <${st(slug)}#quote> .
<${st(slug)}#quote> a oa:TextQuoteSelector ; oa:exact ${JSON.stringify(exact)} .
${selectors}`;
}

/** The selectors kb annotate writes for a span [start, end) of the page. */
function selectors(slug: string, start: number, end: number, prefix: string, suffix: string): string {
  return `<${st(slug)}#quote> oa:prefix ${JSON.stringify(prefix)} ; oa:suffix ${JSON.stringify(suffix)} .
statement:${slug} cdkg:textSpan <${st(slug)}#span> .
<${st(slug)}#span> a oa:SpecificResource ; oa:hasSource sourcetext:page.txt ; oa:hasSelector <${st(slug)}#quote>, <${st(slug)}#position> .
<${st(slug)}#position> a oa:TextPositionSelector ; oa:start ${start} ; oa:end ${end} .`;
}

async function check(turtle: string, checksum = SHA256) {
  const store = new EmbeddedStore();
  store.addAll(parseRdf(`${prefixes}
source:page a cdkg:Source ; cdkg:storedText sourcetext:page.txt .
source:unstored a cdkg:Source .
sourcetext:page.txt a cdkg:SourceText ; spdx:checksum <${sourceTextIri('page.txt')}#sha256> .
<${sourceTextIri('page.txt')}#sha256> spdx:algorithm spdx:checksumAlgorithm_sha256 ; spdx:checksumValue "${checksum}" .
${turtle}`, { format: 'text/turtle' }));
  return checkQuotes(store, { sourcesDir: dir, fileOf: (focus) => (focus.startsWith(PREFIXES.statement) ? 'data/statements.ttl' : undefined) });
}

// "The quoted words" starts at code point 24 (after "First line of the page.\n") and ends at 40.
const GOOD = selectors('good', 24, 40, 'First line of the page.\n', ' are here, and more text follows');

describe('checkQuotes', () => {
  test('accepts a quote found in its stored text whose selectors point at it', async () => {
    expect(await check(statement('good', 'source:page', 'The quoted words', GOOD))).toEqual([]);
  });

  test('accepts a quote whose spaces stand for the line break of the text', async () => {
    const s = selectors('across', 14, 34, 'First line of ', ' words are here, and more text f');
    expect(await check(statement('across', 'source:page', 'the page. The quoted', s))).toEqual([]);
  });

  test('refuses a quote that is not in the stored text, naming the statement, its file, the text and the quote', async () => {
    const violations = await check(statement('changed', 'source:page', 'The quoted phrase', GOOD.replaceAll('good', 'changed')));
    expect(violations).toEqual([
      { focusNode: st('changed'), path: CDKG.quote, severity: 'Violation', file: 'data/statements.ttl', value: '"The quoted phrase"', message: expect.stringContaining(`not in the stored text ${path.basename(dir)}/page.txt`) },
    ]);
  });

  test('refuses a quote whose source has no stored text', async () => {
    const violations = await check(statement('unstored', 'source:unstored', 'The quoted words'));
    expect(violations).toEqual([expect.objectContaining({ focusNode: st('unstored'), path: CDKG.quote, message: expect.stringContaining('whose text is not stored') })]);
    expect(violations[0].message).toContain('cdkg:note');
  });

  test('asks for kb annotate when a quote has no text position', async () => {
    expect(await check(statement('unannotated', 'source:page', 'The quoted words'))).toEqual([
      expect.objectContaining({ focusNode: st('unannotated'), message: expect.stringContaining('no text position') }),
    ]);
  });

  test('refuses positions that select other characters than the quote, saying what they select', async () => {
    const violations = await check(statement('shifted', 'source:page', 'The quoted words', selectors('shifted', 25, 41, 'First line of the page.\nT', 'are here, and more text follows.')));
    expect(violations).toEqual([expect.objectContaining({ focusNode: st('shifted'), path: OA.start, message: expect.stringContaining('select "he quoted words "') })]);
  });

  test('refuses a context that is not the text around the quote', async () => {
    const violations = await check(statement('context', 'source:page', 'The quoted words', selectors('context', 24, 40, 'Another page.\n', ' are here')));
    expect(violations).toEqual([expect.objectContaining({ focusNode: st('context'), path: OA.prefix })]);
  });

  test('refuses a stored text that changed after kb annotate recorded its checksum', async () => {
    const violations = await check(statement('good', 'source:page', 'The quoted words', GOOD), '0'.repeat(64));
    expect(violations).toEqual([expect.objectContaining({ focusNode: sourceTextIri('page.txt'), path: SPDX.checksum, message: expect.stringContaining(`now ${SHA256}`) })]);
  });
});
