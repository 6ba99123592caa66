/** Unit tests of src/store/remote/sparql-text.ts: terms written as SPARQL, and updates split without splitting a blank node. */
import { DataFactory } from 'n3';
import { Parser } from 'sparqljs';
import { chunks, deleteText, insertText, termText } from '../../../../src/store/remote/sparql-text';

const { namedNode, blankNode, literal, quad } = DataFactory;
const ex = (n: string) => namedNode(`http://example.org/${n}`);

describe('termText', () => {
  test('writes strings with ECHAR escapes only, so that a \\u escape in the value stays text', () => {
    expect(termText(literal('a "b" \\ c\nd\\u0022'))).toBe('"a \\"b\\" \\\\ c\\nd\\\\u0022"');
    expect(termText(literal('x', 'en'))).toBe('"x"@en');
    expect(termText(literal('26', namedNode('http://www.w3.org/2001/XMLSchema#nonNegativeInteger')))).toBe('"26"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>');
    expect(termText(literal('plain'))).toBe('"plain"');
  });
});

describe('chunks', () => {
  test('keeps the triples of connected blank nodes in one chunk, and plain triples in chunks of the size', () => {
    const plain = Array.from({ length: 5 }, (_, i) => quad(ex(`s${i}`), ex('p'), literal(String(i))));
    const linked = [quad(ex('a'), ex('p'), blankNode('x')), quad(blankNode('x'), ex('q'), blankNode('y')), quad(blankNode('y'), ex('r'), literal('end'))];
    const out = chunks([...plain, linked[0], ...linked.slice(1)], 2);
    expect(out.flat()).toHaveLength(8);
    expect(out.filter((c) => c.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode'))).toEqual([linked]);
    expect(out.filter((c) => !c.includes(linked[0])).every((c) => c.length <= 2)).toBe(true);
  });
});

describe('insertText and deleteText', () => {
  test('give SPARQL Update text that parses: INSERT DATA without blank nodes, INSERT … WHERE {} with them', () => {
    const ground = insertText('http://example.org/g', [quad(ex('s'), ex('p'), literal('o'))]);
    const blank = insertText('http://example.org/g', [quad(ex('s'), ex('p'), blankNode('n3-1'))]);
    expect(ground).toMatch(/^INSERT DATA \{/);
    expect(blank).toMatch(/^INSERT \{[\s\S]*\} WHERE \{\}$/);
    for (const text of [ground, blank, deleteText('http://example.org/g', [quad(ex('s'), ex('p'), literal('o'))])]) expect(new Parser().parse(text).type).toBe('update');
  });
});
