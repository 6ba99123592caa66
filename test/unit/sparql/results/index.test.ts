/** Unit tests of src/sparql/results/index.ts: the one table of result formats, looked up by name. */
import { BadRequestError } from '../../../../src/errors';
import { RESULT_FORMATS, resultFormat, resultFormatsFor } from '../../../../src/sparql/results';

describe('result format table', () => {
  test('every format of the contract is listed with its media type', () => {
    expect(Object.fromEntries(RESULT_FORMATS.map((f) => [f.name, f.mediaType]))).toEqual({
      json: 'application/sparql-results+json',
      xml: 'application/sparql-results+xml',
      csv: 'text/csv',
      tsv: 'text/tab-separated-values',
      table: 'text/plain',
    });
  });

  test('a format is found by name and an unknown name is a BadRequestError listing the known ones', () => {
    expect(resultFormat('csv').name).toBe('csv');
    expect(() => resultFormat('yaml')).toThrow(BadRequestError);
    expect(() => resultFormat('yaml')).toThrow(/json, xml, csv, tsv, table/);
  });

  test('an ASK result fits every format but CSV and TSV, a SELECT result fits all of them', () => {
    expect(resultFormatsFor('ask').map((f) => f.name)).toEqual(['json', 'xml', 'table']);
    expect(resultFormatsFor('select')).toEqual(RESULT_FORMATS);
  });
});
