/** Unit tests of src/store/terms.ts: term keys tell apart every pair of distinct terms, de-duplication keeps the first of equal quads, and the IRI check follows SPARQL's IRIREF. */
import { DataFactory } from 'n3';
import { RDFS, XSD, entityIri, graphIri } from '../../../ontology/namespaces';
import { distinct, isAbsoluteIri, termKey } from '../../../src/store/terms';

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;

const US = namedNode(entityIri('state', 'united-states'));
const LABEL = namedNode(RDFS.label);

describe('termKey', () => {
  it('writes each kind of term the N-Triples way', () => {
    expect(termKey(US)).toBe(`<${US.value}>`);
    expect(termKey(blankNode('b1'))).toBe('_:b1');
    expect(termKey(literal('United States', 'en'))).toBe('"United States"@en');
    expect(termKey(literal('1', namedNode(XSD.integer)))).toBe(`"1"^^<${XSD.integer}>`);
    expect(termKey(defaultGraph())).toBe('');
    expect(termKey(quad(US, LABEL, literal('x')))).toBe(`<<<${US.value}> <${RDFS.label}> "x"^^<${XSD.string}>>>`);
  });

  it('gives different keys to a literal and an IRI with the same text, and to literals that differ only in language or datatype', () => {
    const terms = [namedNode(US.value), literal(US.value), blankNode('x'), literal('x'), literal('x', 'en'), literal('x', 'de'), literal('x', namedNode(XSD.anyURI))];
    expect(new Set(terms.map(termKey)).size).toBe(terms.length);
  });
});

describe('distinct', () => {
  it('drops repeated quads, keeping the first in its place', () => {
    const a = quad(US, LABEL, literal('United States', 'en'), namedNode(graphIri('actors')));
    const b = quad(US, LABEL, literal('USA', 'en'), namedNode(graphIri('actors')));
    const again = quad(namedNode(US.value), LABEL, literal('United States', 'en'), namedNode(graphIri('actors')));
    const out = distinct([a, b, again, b]);
    expect(out).toHaveLength(2);
    expect(out[0]).toBe(a);
    expect(out[1]).toBe(b);
  });

  it('keeps the same triple in two graphs, or in a graph and the default graph, as two quads', () => {
    const t = (g: ReturnType<typeof namedNode> | ReturnType<typeof defaultGraph>) => quad(US, LABEL, literal('United States', 'en'), g);
    expect(distinct([t(namedNode(graphIri('actors'))), t(namedNode(graphIri('links'))), t(defaultGraph())])).toHaveLength(3);
  });
});

describe('isAbsoluteIri', () => {
  it.each([entityIri('state', 'united-states'), 'urn:isbn:0451450523', 'mailto:someone@example.org', 'http://example.org/a%20b?q=1#f'])('accepts %s', (iri) => {
    expect(isAbsoluteIri(iri)).toBe(true);
  });

  it.each([
    ['a relative reference', 'united-states'],
    ['a scheme that starts with a digit', '1http://example.org/'],
    ['a space', 'http://example.org/a b'],
    ['an angle bracket, which would end an IRIREF', 'http://example.org/a>b'],
    ['a quote, a brace or a backslash', 'http://example.org/"{}\\'],
    ['an empty string', ''],
  ])('refuses %s', (_label, value) => {
    expect(isAbsoluteIri(value)).toBe(false);
  });
});
