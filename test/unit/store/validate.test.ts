/** Unit tests of src/store/validate.ts: the data is checked against the SHACL shapes, and malformed or non-conforming files are reported with where they fail. */
import path from 'node:path';
import { CDKG, OA, RDFS, entityIri } from '../../../ontology/namespaces';
import { DEFAULTS } from '../../../src/config';
import { ParseError } from '../../../src/errors';
import { validate } from '../../../src/store/validate';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const options = (dataDir: string) => ({ dataDir, ontologyDir: DEFAULTS.ontologyDir });

describe('validate', () => {
  test('the real data in data/ conforms to the SHACL shapes', async () => {
    const report = await validate(options(DEFAULTS.dataDir));
    expect(report.violations).toEqual([]);
    expect(report.conforms).toBe(true);
    expect(report.files.length).toBeGreaterThan(1);
    expect(report.triples).toBeGreaterThan(0);
  });

  test('a small valid data set conforms', async () => {
    const report = await validate(options(path.join(FIXTURES, 'shacl', 'valid')));
    expect(report).toMatchObject({ conforms: true, violations: [] });
  });

  describe('on crafted bad data', () => {
    let report: Awaited<ReturnType<typeof validate>>;
    beforeAll(async () => {
      report = await validate(options(path.join(FIXTURES, 'shacl', 'invalid')));
    });
    const actors = path.relative(process.cwd(), path.join(FIXTURES, 'shacl', 'invalid', 'actors.ttl'));
    const statements = path.relative(process.cwd(), path.join(FIXTURES, 'shacl', 'invalid', 'statements.ttl'));

    test('the report does not conform and lists exactly the five broken rules', () => {
      expect(report.conforms).toBe(false);
      expect(report.violations).toHaveLength(5);
      for (const v of report.violations) expect(v.severity).toBe('Violation');
    });

    test('an entity without an English label is reported with its file, focus node, path and value', () => {
      expect(report.violations).toContainEqual(
        expect.objectContaining({ file: actors, focusNode: entityIri('state', 'france'), path: RDFS.label, value: '"France"@fr', message: expect.stringMatching(/English|@en/) }),
      );
    });

    test('a value outside the declared range is reported with the range it should have', () => {
      expect(report.violations).toContainEqual(
        expect.objectContaining({ file: actors, focusNode: entityIri('state', 'united-states'), path: CDKG.partyTo, value: entityIri('process', 'ad-hoc-committee'), message: expect.stringContaining('cdkg:Instrument') }),
      );
    });

    test('a statement without a quote is reported', () => {
      expect(report.violations).toContainEqual(
        expect.objectContaining({ file: statements, focusNode: entityIri('statement', 'no-quote'), path: CDKG.quote, message: expect.stringContaining('exactly one cdkg:quote') }),
      );
    });

    test('an empty quote and an unknown confidence are reported', () => {
      expect(report.violations).toContainEqual(
        expect.objectContaining({ file: statements, focusNode: `${entityIri('statement', 'empty-quote')}#quote`, path: OA.exact, message: expect.stringContaining('non-empty') }),
      );
      expect(report.violations).toContainEqual(
        expect.objectContaining({ file: statements, focusNode: entityIri('statement', 'empty-quote'), path: CDKG.confidence, value: '"low"' }),
      );
    });
  });

  test('a malformed data file is a ParseError with its file, line and column', async () => {
    const error = await validate(options(path.join(FIXTURES, 'malformed'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).position).toEqual({ file: path.relative(process.cwd(), path.join(FIXTURES, 'malformed', 'broken.ttl')), line: 4, column: expect.any(Number) });
  });
});
