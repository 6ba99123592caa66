/** Unit tests of src/sparql/results/tsv.ts, parsed back by Turtle and TSV readers (SPARQL 1.1 Query Results CSV and TSV Formats). */
import { parse } from 'csv-parse/sync';
import { Parser } from 'n3';
import { XSD } from '../../../../ontology/namespaces';
import { InternalError } from '../../../../src/errors';
import { tsv } from '../../../../src/sparql/results/tsv';
import { ASK_FALSE, SELECT, TRICKY, US } from './sample';

describe('SPARQL results TSV', () => {
  const text = tsv.serialise(SELECT);
  // Only the final line break is dropped: trailing tabs of unbound variables are part of the last row.
  const rows = text.slice(0, -1).split('\n').map((line) => line.split('\t'));

  test('the header names the variables with their question mark and every row has one field per variable', () => {
    expect(rows[0]).toEqual(['?s', '?label', '?n', '?note', '?b']);
    for (const row of rows) expect(row).toHaveLength(5);
    expect(rows).toHaveLength(4);
  });

  test('every term is written in Turtle syntax, so a Turtle parser reads it back exactly', () => {
    const [s, label, n, note, b] = rows[1];
    const quads = new Parser().parse(`${s} <urn:p> ${label}, ${n}, ${note}, ${b} .`);
    expect(quads[0].subject.value).toBe(US);
    const objects = quads.map((q) => q.object);
    expect(objects.map((o) => o.value)).toEqual(['United States', '42', TRICKY, expect.any(String)]);
    expect((objects[0] as { language: string }).language).toBe('en');
    expect((objects[1] as { datatype: { value: string } }).datatype.value).toBe(XSD.integer);
    expect(b).toBe('_:x1');
  });

  test('a tab-separated reader sees the same table', () => {
    const read = parse(text, { delimiter: '\t', quote: false }) as string[][];
    expect(read).toEqual(rows);
  });

  test('an ASK result is refused, since the TSV format defines no boolean encoding', () => {
    expect(tsv.forms).toEqual(['select']);
    expect(() => tsv.serialise(ASK_FALSE)).toThrow(InternalError);
  });
});
