/** Unit tests of src/store/validate.ts: the data is checked against the SHACL shapes, and malformed or non-conforming files are reported with where they fail. */
import path from 'node:path';
import { CDKG, OA, RDF, RDFS, SHAPES_NS, entityIri } from '../../../ontology/namespaces';
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

    test("a statement with neither a quote nor a curator's note is reported", () => {
      expect(report.violations).toContainEqual(
        expect.objectContaining({ file: statements, focusNode: entityIri('statement', 'no-quote'), message: expect.stringContaining('either a cdkg:quote or a cdkg:note') }),
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

  describe('on statement nodes that do not fit their predicate or are not asserted', () => {
    let report: Awaited<ReturnType<typeof validate>>;
    beforeAll(async () => {
      report = await validate(options(path.join(FIXTURES, 'shacl', 'statement-mismatch')));
    });
    const file = path.relative(process.cwd(), path.join(FIXTURES, 'shacl', 'statement-mismatch', 'statements.ttl'));
    const about = (slug: string) => report.violations.filter((v) => v.focusNode === entityIri('statement', slug));

    test('a cdkg:partyTo statement whose rdf:object is a source, not an instrument, is reported by the shape of cdkg:partyTo statements', () => {
      expect(about('a2-bad')).toContainEqual(
        expect.objectContaining({ file, sourceShape: `${SHAPES_NS}partyToStatement`, message: expect.stringContaining('rdf:object that is an instance of cdkg:Instrument') }),
      );
    });

    test('a statement whose rdf:subject is outside its predicate\'s domain is reported', () => {
      expect(about('adopted-by-a-state')).toContainEqual(
        expect.objectContaining({ file, sourceShape: `${SHAPES_NS}adoptedOnStatement`, message: expect.stringContaining('rdf:subject that is an instance of cdkg:Instrument') }),
      );
    });

    test('a statement whose triple is not asserted as a plain triple is reported with its focus node, path, message and file', () => {
      expect(about('unasserted')).toEqual([
        { file, focusNode: entityIri('statement', 'unasserted'), path: RDF.predicate, value: CDKG.signatoryOf, severity: 'Violation', message: expect.stringContaining('state:united-states cdkg:signatoryOf instrument:untoc') },
      ]);
      expect(about('a2-bad')).toContainEqual(expect.objectContaining({ path: RDF.predicate, message: expect.stringContaining('not asserted') }));
    });

    test('the statement whose triple is asserted and fits its predicate is not reported by the statement checks', () => {
      expect(about('adopted-by-a-state').filter((v) => v.message.includes('not asserted'))).toEqual([]);
      expect(report.conforms).toBe(false);
    });
  });

  test('value-set members and statements without an English label are reported', async () => {
    const report = await validate(options(path.join(FIXTURES, 'shacl', 'unlabelled')));
    const unlabelled = report.violations.filter((v) => v.path === RDFS.label).map((v) => v.focusNode).sort();
    expect(unlabelled).toEqual([CDKG.bilateral, CDKG.recordedVote, CDKG.supporting, entityIri('concept', 'inclusiveness'), entityIri('statement', 'unlabelled')].sort());
  });

  test('a malformed data file is a ParseError with its file, line and column', async () => {
    const error = await validate(options(path.join(FIXTURES, 'malformed'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).position).toEqual({ file: path.relative(process.cwd(), path.join(FIXTURES, 'malformed', 'broken.ttl')), line: 4, column: expect.any(Number) });
  });
});
