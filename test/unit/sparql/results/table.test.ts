/** Unit tests of src/sparql/results/table.ts: the readable text table of `kb query`. */
import { table } from '../../../../src/sparql/results/table';
import { ASK_TRUE, EMPTY, SELECT } from './sample';

describe('the readable table', () => {
  const lines = table.serialise(SELECT).trimEnd().split('\n');

  test('IRIs are shortened with the ontology prefixes and literals show their language or datatype', () => {
    const text = lines.join('\n');
    expect(text).toContain('state:united-states');
    expect(text).toContain('cdkg:partyTo');
    expect(text).toContain('"United States"@en');
    expect(text).toContain('"2019-12-27"^^xsd:date');
    expect(text).toContain('_:x1');
  });

  test('every row of the table has the same width and line breaks in values are escaped', () => {
    const body = lines.slice(0, -1);
    expect(new Set(body.map((l) => [...l].length)).size).toBe(1);
    expect(lines.join('\n')).toContain('then\\tleft;\\nnew line');
    expect(lines[lines.length - 1]).toBe('3 rows');
  });

  test('an empty result says so and an ASK result is the boolean', () => {
    expect(table.serialise(EMPTY)).toContain('0 rows');
    expect(table.serialise(ASK_TRUE)).toBe('true\n');
  });
});
