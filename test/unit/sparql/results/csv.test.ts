/** Unit tests of src/sparql/results/csv.ts, parsed back by a real CSV reader (SPARQL 1.1 Query Results CSV and TSV Formats). */
import { parse } from 'csv-parse/sync';
import { InternalError } from '../../../../src/errors';
import { csv } from '../../../../src/sparql/results/csv';
import { ASK_TRUE, EMPTY, SELECT, TRICKY, US } from './sample';

describe('SPARQL results CSV', () => {
  test('a SELECT result parses back with a header row and the bare values, quotes and line breaks intact', () => {
    const text = csv.serialise(SELECT);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parse(text, { relax_column_count: false }) as string[][];
    expect(rows[0]).toEqual(['s', 'label', 'n', 'note', 'b']);
    expect(rows[1]).toEqual([US, 'United States', '42', TRICKY, '_:x1']);
    // Unbound variables are empty fields.
    expect(rows[2][1]).toBe('');
    expect(rows[3].slice(1)).toEqual(['', '', '', '']);
    expect(rows).toHaveLength(4);
  });

  test('an empty result is the header row alone', () => {
    expect(csv.serialise(EMPTY)).toBe('x\r\n');
  });

  test('an ASK result is refused, since the CSV format defines no boolean encoding', () => {
    expect(csv.forms).toEqual(['select']);
    expect(() => csv.serialise(ASK_TRUE)).toThrow(InternalError);
  });
});
