/** Unit tests of src/sparql/named.ts: the public named queries of queries/, their metadata, and parameters bound as terms. */
import path from 'node:path';
import { BadRequestError, InternalError, NotFoundError, QuerySyntaxError } from '../../../src/errors';
import { loadNamedQueries, readNamedQuery, toTerm } from '../../../src/sparql/named';
import { parseQuery } from '../../../src/sparql/parse';

const FIXTURES = path.join(__dirname, '../../fixtures');
const parse = (text: string) => parseQuery(text);

describe('named queries', () => {
  const named = loadNamedQueries(path.join(FIXTURES, 'queries'), parse);

  it('lists the .rq files by name with title, description, parameters and example', () => {
    expect(named.list().map((q) => q.name)).toEqual(['cities', 'people']);
    const people = named.get('people');
    expect(people.title).toBe('People');
    expect(people.description).toMatch(/^People with/);
    expect(people.params).toEqual([
      { name: 'person', type: 'iri', description: 'Only this person' },
      { name: 'age', type: 'integer', description: 'Only people of this age' },
      { name: 'name', type: 'string', description: 'Only people of this name' },
      { name: 'born', type: 'date', description: 'Only people born on this day' },
    ]);
    expect(people.example).toBe('person=http://example.org/alice');
  });

  it('binds parameters as VALUES of RDF terms, never as spliced text', () => {
    const q = named.bind('people', [['person', 'http://example.org/alice'], ['name', 'O"Brien } UNION { ?x ?y ?z']]);
    expect(q.text).toMatch(/VALUES \?person \{\s*ex:alice\s*\}/);
    expect(q.text).toContain('"O\\"Brien } UNION { ?x ?y ?z"');
    // The bound query parses back to the same shape: the value stayed one literal.
    const back = parseQuery(q.text).ast;
    expect(back.where?.filter((p) => p.type === 'values')).toHaveLength(2);
  });

  it('gives a parameter named twice two rows of VALUES', () => {
    const q = named.bind('people', [['age', '34'], ['age', '41']]);
    expect(q.text).toMatch(/VALUES \?age \{\s*34\s*41\s*\}/);
  });

  it('leaves the query as written when no parameter is given', () => {
    expect(named.bind('people', []).text).toBe(named.get('people').text);
  });

  it('refuses an unknown parameter, naming the ones the query takes', () => {
    expect(() => named.bind('people', [['who', 'x']])).toThrow(BadRequestError);
    expect(() => named.bind('people', [['who', 'x']])).toThrow(/Unknown parameter "who".*person \(iri\), age \(integer\)/);
  });

  it('refuses an unknown query name', () => {
    expect(() => named.bind('nobody', [])).toThrow(NotFoundError);
  });

  it('refuses, when checked, a parameter declared for a variable the query does not have', () => {
    const q = readNamedQuery(path.join(FIXTURES, 'bad-queries/unknown-variable.rq'), parse);
    expect(() => q.check()).toThrow(QuerySyntaxError);
    expect(() => q.check()).toThrow(/unknown-variable\.rq.*"nobody" is not a variable/);
  });
});

describe('named queries that do not parse', () => {
  const files: string[] = [];
  const counting = (text: string) => {
    files.push(text);
    return parseQuery(text);
  };
  const bad = loadNamedQueries(path.join(FIXTURES, 'bad-queries'), counting);

  it('are listed with their headers without being parsed, as the server reads them at start', () => {
    expect(bad.list().map((q) => [q.name, q.title])).toEqual([
      ['syntax-error', 'A query with a syntax error on its third line'],
      ['unknown-variable', 'A parameter that is not a variable'],
    ]);
    expect(files).toHaveLength(0);
  });

  it('fail the check with the file, line and column of the error (what kb validate prints)', () => {
    expect(() => bad.check()).toThrow(QuerySyntaxError);
    expect(() => bad.check()).toThrow(/^test\/fixtures\/bad-queries\/syntax-error\.rq:3:\d+: /);
  });

  it('answer their first use with an InternalError naming the query and where it fails, the parse error as its cause', () => {
    let error: unknown;
    try {
      bad.bind('syntax-error', []);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InternalError);
    expect((error as Error).message).toMatch(/^Named query syntax-error does not load: test\/fixtures\/bad-queries\/syntax-error\.rq:3:\d+: /);
    expect((error as Error).cause).toBeInstanceOf(QuerySyntaxError);
  });

  it('are parsed once, on first use, and kept', () => {
    const good = loadNamedQueries(path.join(FIXTURES, 'queries'), counting);
    files.length = 0;
    good.bind('people', []);
    good.bind('people', [['age', '34']]);
    expect(good.get('people').query).toBe(good.get('people').query);
    expect(files).toHaveLength(1);
  });
});

describe('toTerm', () => {
  const p = (type: 'iri' | 'string' | 'date' | 'integer') => ({ name: 'x', type, description: '' });

  it('turns each declared type into the matching RDF term', () => {
    expect(toTerm(p('iri'), 'http://example.org/a')).toMatchObject({ termType: 'NamedNode', value: 'http://example.org/a' });
    expect(toTerm(p('iri'), 'state:estonia')).toMatchObject({ termType: 'NamedNode', value: 'https://w3id.org/cdkg/id/state/estonia' });
    expect(toTerm(p('string'), 'Tallinn')).toMatchObject({ termType: 'Literal', value: 'Tallinn' });
    expect(toTerm(p('date'), '2001-11-23')).toMatchObject({ value: '2001-11-23', datatype: { value: 'http://www.w3.org/2001/XMLSchema#date' } });
    expect(toTerm(p('integer'), '-42')).toMatchObject({ value: '-42', datatype: { value: 'http://www.w3.org/2001/XMLSchema#integer' } });
  });

  it('refuses values that are not of the declared type, naming the parameter', () => {
    expect(() => toTerm(p('iri'), 'not an iri')).toThrow(/Parameter "x" must be an absolute IRI/);
    expect(() => toTerm(p('iri'), 'http://a.org/> } ; DROP ALL')).toThrow(BadRequestError);
    expect(() => toTerm(p('date'), '2001-02-30')).toThrow(/a date YYYY-MM-DD/);
    expect(() => toTerm(p('integer'), '4.5')).toThrow(/an integer/);
  });

  it('refuses a prefixed name whose prefix is unknown, listing the known prefixes and the example of that parameter', () => {
    expect(() => toTerm(p('iri'), 'nope:x', 'cdkg:bilateral')).toThrow(BadRequestError);
    expect(() => toTerm(p('iri'), 'stat:united-states', 'cdkg:bilateral')).toThrow(
      /Parameter "x" must be an absolute IRI or a prefixed name, such as cdkg:bilateral, but "stat:" is not a known prefix; known prefixes: .*\bstate\b/,
    );
  });

  it('takes an IRI in angle brackets, or with :// after its scheme, as an absolute IRI', () => {
    expect(toTerm(p('iri'), '<urn:isbn:0451450523>')).toMatchObject({ termType: 'NamedNode', value: 'urn:isbn:0451450523' });
    expect(toTerm(p('iri'), 'ftp://example.org/a')).toMatchObject({ termType: 'NamedNode', value: 'ftp://example.org/a' });
    expect(() => toTerm(p('iri'), '<not an iri>')).toThrow(/must be an absolute IRI/);
  });
});
