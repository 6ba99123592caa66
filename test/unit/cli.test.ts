/** Unit tests of `kb` (src/cli.ts): its commands (query, validate, stats, build, help), their output and exit codes (0 success, 1 failure, 2 wrong usage). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { Parser } from 'n3';
import { CDKG, RDF, RDFS, entityIri } from '../../ontology/namespaces';
import { COMMANDS, main } from '../../src/cli';
import { DEFAULTS } from '../../src/config';
import { ONTOLOGY_FILES } from '../../src/store/files';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const VALID = path.join(FIXTURES, 'shacl', 'valid');

/** Runs `kb` with the arguments and an empty environment; captures what it prints. */
async function kb(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) }, {});
  return { code, out, err };
}

const LABELS = `SELECT ?s ?label WHERE { ?s a <${CDKG.State}> ; <${RDFS.label}> ?label }`;

describe('kb', () => {
  afterEach(() => jest.restoreAllMocks());

  describe('validate', () => {
    test('the real data conforms: exit code 0 and a summary line (what npm test relies on)', async () => {
      const { code, out } = await kb('validate');
      expect(out).toMatch(/^Conforms: \d+ files, \d+ triples/m);
      // Every named query is parsed too (the server parses one on its first use).
      const queries = fs.readdirSync(DEFAULTS.queriesDir).filter((f) => f.endsWith('.rq')).length;
      expect(out).toContain(`; ${queries} named queries parse`);
      expect(code).toBe(0);
    });

    test('crafted bad data: exit code 1 and every violation with its file, focus node, path and message', async () => {
      const { code, out } = await kb('validate', '--data', path.join(FIXTURES, 'shacl', 'invalid'));
      expect(code).toBe(1);
      expect(out).toContain('test/fixtures/shacl/invalid/actors.ttl  state:france  rdfs:label');
      expect(out).toContain('An entity, value-set member or statement needs an rdfs:label');
      expect(out).toContain('statement:no-quote\n  A cdkg:Statement needs exactly one rdf:subject, rdf:predicate and rdf:object, a cdkg:source, and either a cdkg:quote or a cdkg:note');
      expect(out).toMatch(/^Does not conform: 5 violation\(s\)/m);
    });

    test('a malformed file: exit code 1 and the file, line and column on stderr', async () => {
      const { code, err } = await kb('validate', '--data', path.join(FIXTURES, 'malformed'));
      expect(code).toBe(1);
      expect(err).toMatch(/test\/fixtures\/malformed\/broken\.ttl:4:\d+: /);
    });
  });

  describe('query', () => {
    test('cuts an answer at KB_MAX_RESULTS and says so on stderr, as the endpoint does', async () => {
      let out = '';
      let err = '';
      const code = await main(['query', 'SELECT ?s ?p ?o WHERE { ?s ?p ?o }', '--data', VALID, '--format', 'csv'], { out: (t) => (out += t), err: (t) => (err += t) }, { KB_MAX_RESULTS: '3' });
      expect(code).toBe(0);
      expect(out.trim().split('\n')).toHaveLength(4);
      expect(err).toContain('kb: the answer was cut at 3 rows or triples');
    });

    test('a SELECT query prints a table with prefixed names by default', async () => {
      const { code, out } = await kb('query', LABELS, '--data', VALID);
      expect(code).toBe(0);
      expect(out).toContain('| state:united-states | "United States"@en |');
      expect(out).toContain('1 row');
    });

    test('the query runs on the real data by default', async () => {
      const { code, out } = await kb('query', `ASK { <${entityIri('state', 'united-states')}> a <${CDKG.State}> }`);
      expect([code, out]).toEqual([0, 'true\n']);
    });

    test('--format json, csv and xml print results that their parsers read back', async () => {
      const json = await kb('query', LABELS, '--data', VALID, '--format', 'json');
      expect(JSON.parse(json.out).results.bindings[0].s.value).toBe(entityIri('state', 'united-states'));
      const csv = await kb('query', LABELS, '--data', VALID, '--format', 'csv');
      expect(parseCsv(csv.out)).toEqual([['s', 'label'], [entityIri('state', 'united-states'), 'United States']]);
      const xml = await kb('query', LABELS, '--data', VALID, '--format', 'xml');
      expect(xml.out).toContain('<literal xml:lang="en">United States</literal>');
    });

    test('a query read from a file with -f works like one given inline', async () => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kb-')), 'labels.rq');
      fs.writeFileSync(file, LABELS);
      const { code, out } = await kb('query', '-f', file, '--data', VALID, '--format', 'tsv');
      expect(code).toBe(0);
      expect(out).toBe(`?s\t?label\n<${entityIri('state', 'united-states')}>\t"United States"@en\n`);
    });

    test('a CONSTRUCT query prints Turtle by default and N-Triples on request, both parsed back by n3', async () => {
      const construct = `CONSTRUCT { ?s a ?c } WHERE { ?s a ?c . FILTER(?c = <${CDKG.State}>) }`;
      const turtle = await kb('query', construct, '--data', VALID);
      expect(turtle.code).toBe(0);
      const quads = new Parser({ format: 'text/turtle' }).parse(turtle.out);
      expect(quads.map((q) => [q.subject.value, q.predicate.value, q.object.value])).toEqual([[entityIri('state', 'united-states'), RDF.type, CDKG.State]]);
      const nt = await kb('query', construct, '--data', VALID, '--format', 'ntriples');
      expect(new Parser({ format: 'application/n-triples' }).parse(nt.out)).toHaveLength(1);
    });

    test('a malformed query exits 1 with the line and column of the error', async () => {
      const { code, err } = await kb('query', 'SELECT ?s\nWHERE { ?s ?p ?o ) }', '--data', VALID);
      expect(code).toBe(1);
      expect(err).toMatch(/^kb: 2:\d+: Parse error/);
    });

    test('FROM chooses the default graph, as on the endpoint: one file\'s graph, or nothing for an unknown graph', async () => {
      const count = async (from: string) => Number((await kb('query', `SELECT (COUNT(*) AS ?n) ${from} WHERE { ?s ?p ?o }`, '--data', VALID, '--format', 'csv')).out.split('\n')[1]);
      const union = await count('');
      const facts = await count('FROM <https://w3id.org/cdkg/graph/facts>');
      expect(facts).toBeGreaterThan(0);
      expect(facts).toBeLessThan(union);
      expect(await count('FROM <http://example.org/no-such-graph>')).toBe(0);
    });

    test('an empty query exits 1 saying it is empty, not with a crash', async () => {
      const { code, err } = await kb('query', '', '--data', VALID);
      expect(code).toBe(1);
      expect(err).toMatch(/^kb: empty query/);
      expect(err).not.toMatch(/unexpected error/);
    });
  });

  describe('stats', () => {
    test('prints the triple count, the entities per class and each graph with its triples', async () => {
      const { code, out } = await kb('stats', '--data', VALID);
      expect(code).toBe(0);
      expect(out).toMatch(/^triples: \d+$/m);
      expect(out).toMatch(/^quads: \d+ /m);
      expect(out).toMatch(/^\s+1 {2}cdkg:State$/m);
      expect(out).toMatch(/^\s+\d+ {2}graph:facts$/m);
      expect(out).toMatch(/^\s+\d+ {2}graph:ontology$/m);
    });
  });

  describe('build', () => {
    test('writes the two ontology files, exactly as committed', async () => {
      const written: [string, string][] = [];
      jest.spyOn(fs, 'writeFileSync').mockImplementation((file, data) => void written.push([String(file), String(data)]));
      const { code, out } = await kb('build');
      expect(code).toBe(0);
      expect(written.map(([file]) => path.basename(file))).toEqual([ONTOLOGY_FILES.ontology, ONTOLOGY_FILES.shapes]);
      for (const [file, data] of written) expect(data).toBe(jest.requireActual<typeof fs>('node:fs').readFileSync(path.join(DEFAULTS.ontologyDir, path.basename(file)), 'utf8'));
      expect(out).toContain(`wrote ontology/${ONTOLOGY_FILES.shapes}`);
    });
  });

  describe('wrong usage exits 2 with the usage on stderr', () => {
    test.each([
      ['no command', []],
      ['an unknown command', ['frobnicate']],
      ['an unknown option', ['stats', '--verbose']],
      ['a query and a file at once', ['query', 'ASK {}', '-f', 'x.rq']],
      ['no query at all', ['query']],
      ['a missing query file', ['query', '-f', path.join(FIXTURES, 'no-such-file.rq')]],
      ['an unknown format', ['query', 'ASK {}', '--format', 'yaml']],
      ['an RDF format for a SELECT query', ['query', LABELS, '--format', 'turtle']],
      ['a results format for a CONSTRUCT query', ['query', 'CONSTRUCT WHERE { ?s ?p ?o }', '--format', 'csv']],
      ['a data folder that does not exist', ['stats', '--data', path.join(FIXTURES, 'no-such-folder')]],
      ['an argument to a command that takes none', ['validate', 'now']],
    ])('%s', async (_what, argv) => {
      const { code, err, out } = await kb(...argv);
      expect(code).toBe(2);
      expect(err).toContain('Usage: kb <command>');
      expect(out).toBe('');
    });
  });

  test('an ASK query refuses csv and tsv, as the endpoint does, and names the formats that fit with the right article', async () => {
    for (const format of ['csv', 'tsv']) {
      const { code, err, out } = await kb('query', 'ASK {}', '--format', format);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toContain(`Format "${format}" does not fit an ASK query; use one of json, xml, table`);
    }
    expect((await kb('query', 'ASK {}', '--format', 'turtle')).err).toContain('use one of json, xml, table\n');
    expect((await kb('query', LABELS, '--format', 'turtle')).err).toContain('does not fit a SELECT query; use one of json, xml, csv, tsv, table');
  });

  test('--help prints the usage with every command on stdout and exits 0', async () => {
    const { code, out } = await kb('--help');
    expect(code).toBe(0);
    for (const c of COMMANDS) expect(out).toContain(`kb ${c.name}`);
  });
});
