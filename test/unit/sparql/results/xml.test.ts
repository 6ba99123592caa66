/** Unit tests of src/sparql/results/xml.ts, parsed back by an XML parser (SPARQL Query Results XML Format). */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { SPARQL_RESULTS_XML_NS, XSD } from '../../../../ontology/namespaces';
import { DataFactory } from 'n3';
import { NotSerialisableError } from '../../../../src/errors';
import { xml } from '../../../../src/sparql/results/xml';

const { literal } = DataFactory;
import { ASK_TRUE, SELECT, TRICKY, US } from './sample';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

function parse(text: string) {
  return new DOMParser({ onError: (level, message) => { throw new Error(`${level}: ${message}`); } }).parseFromString(text, 'application/xml');
}

describe('SPARQL results XML', () => {
  test('a SELECT result parses back as well-formed XML with each binding typed as the W3C format says', () => {
    const doc = parse(xml.serialise(SELECT));
    const root = doc.documentElement as unknown as Element;
    expect(root.localName).toBe('sparql');
    expect(root.namespaceURI).toBe(SPARQL_RESULTS_XML_NS);
    const variables = Array.from(doc.getElementsByTagNameNS(SPARQL_RESULTS_XML_NS, 'variable')).map((v) => v.getAttribute('name'));
    expect(variables).toEqual(['s', 'label', 'n', 'note', 'b']);
    const results = Array.from(doc.getElementsByTagNameNS(SPARQL_RESULTS_XML_NS, 'result'));
    expect(results).toHaveLength(3);
    const bindings = Array.from(results[0].getElementsByTagNameNS(SPARQL_RESULTS_XML_NS, 'binding'));
    const byName = Object.fromEntries(bindings.map((b) => [b.getAttribute('name'), b.firstChild as Element]));
    expect([byName.s.localName, byName.s.textContent]).toEqual(['uri', US]);
    expect([byName.label.localName, byName.label.textContent, byName.label.getAttributeNS(XML_NS, 'lang')]).toEqual(['literal', 'United States', 'en']);
    expect([byName.n.textContent, byName.n.getAttribute('datatype')]).toEqual(['42', XSD.integer]);
    expect([byName.note.textContent, byName.note.hasAttribute('datatype')]).toEqual([TRICKY, false]);
    expect([byName.b.localName, byName.b.textContent]).toEqual(['bnode', 'x1']);
    // Unbound variables have no <binding> element.
    expect(results[1].getElementsByTagNameNS(SPARQL_RESULTS_XML_NS, 'binding')).toHaveLength(3);
  });

  test('an ASK result is a <boolean> element', () => {
    const doc = parse(xml.serialise(ASK_TRUE));
    expect(doc.getElementsByTagNameNS(SPARQL_RESULTS_XML_NS, 'boolean')[0].textContent).toBe('true');
    expect(doc.getElementsByTagNameNS(SPARQL_RESULTS_XML_NS, 'results')).toHaveLength(0);
  });

  test('a literal with a character XML 1.0 cannot carry is refused, naming the variable, the row and the character', () => {
    const result = { kind: 'select' as const, variables: ['x'], bindings: [{ x: literal('fine') }, { x: literal('a\u0001b') }] };
    expect(() => xml.serialise(result)).toThrow(NotSerialisableError);
    expect(() => xml.serialise(result)).toThrow('SPARQL XML results cannot carry the value of ?x in row 2: its literal holds U+0001');
  });

  test('a carriage return survives a round trip as a character reference', () => {
    const doc = parse(xml.serialise({ kind: 'select', variables: ['x'], bindings: [{ x: literal('a\r\nb') }] }));
    expect(doc.getElementsByTagNameNS(SPARQL_RESULTS_XML_NS, 'literal')[0].textContent).toBe('a\r\nb');
  });
});
