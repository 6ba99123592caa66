/** Unit tests of src/store/remote/results.ts: a store's dialect of SPARQL JSON read as the standard form. */
import { resultOfJson, standardJson } from '../../../../src/store/remote/results';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const virtuoso = JSON.stringify({
  head: { link: [], vars: ['o'] },
  results: { bindings: [{ o: { type: 'typed-literal', datatype: `${XSD}boolean`, value: '1' } }, { o: { type: 'typed-literal', datatype: `${XSD}string`, value: 's' } }, { o: { type: 'bnode', value: 'nodeID://b10000' } }] },
});

describe('standardJson', () => {
  test('rewrites typed-literal, 1/0 booleans and explicit xsd:string into the standard form', () => {
    const rows = (JSON.parse(standardJson(virtuoso)) as { results: { bindings: Record<string, unknown>[] } }).results.bindings;
    expect(rows.map((r) => r.o)).toEqual([{ type: 'literal', datatype: `${XSD}boolean`, value: 'true' }, { type: 'literal', value: 's' }, { type: 'bnode', value: 'nodeID://b10000' }]);
  });

  test('passes a standard answer through unchanged, and turns an __ASK_RETVAL row into a boolean answer', () => {
    const standard = '{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"uri","value":"http://example.org/"}}]}}';
    expect(standardJson(standard)).toBe(standard);
    const ask = JSON.stringify({ head: { vars: ['__ASK_RETVAL'] }, results: { bindings: [{ __ASK_RETVAL: { type: 'typed-literal', datatype: `${XSD}integer`, value: '1' } }] } });
    expect(JSON.parse(standardJson(ask))).toEqual({ head: {}, boolean: true });
  });
});

describe('resultOfJson', () => {
  test('gives terms, blank node labels that N-Triples can write', () => {
    const result = resultOfJson(virtuoso);
    if (result.kind !== 'select') throw new Error('not a select');
    expect(result.bindings.map((b) => [b.o.termType, b.o.value])).toEqual([['Literal', 'true'], ['Literal', 's'], ['BlankNode', 'b10000']]);
  });
});
