/** Unit tests of src/sparql/parse.ts: query forms are recognised and malformed, nested-too-deep or update requests are refused with where and why. */
import { QuerySyntaxError, UnsupportedError } from '../../../src/errors';
import { MAX_NESTING, generateQuery, parseQuery } from '../../../src/sparql/parse';

describe('parseQuery', () => {
  it('recognises each query form and the projected variables', () => {
    expect(parseQuery('SELECT ?a (1 AS ?b) WHERE { ?a ?p ?o }')).toMatchObject({ form: 'select', variables: ['a', 'b'] });
    expect(parseQuery('SELECT * WHERE { ?a ?p ?o }').variables).toBe('*');
    expect(parseQuery('ASK {}').form).toBe('ask');
    expect(parseQuery('CONSTRUCT WHERE { ?s ?p ?o }').form).toBe('construct');
    expect(parseQuery('DESCRIBE <http://example.org/a>').form).toBe('describe');
  });

  it('reports a malformed query with the parser message, line and column', () => {
    let error: unknown;
    try {
      parseQuery('SELECT *\nWHERE { ?s ?p }');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QuerySyntaxError);
    const e = error as QuerySyntaxError;
    expect(e.position).toEqual({ line: 2, column: 15 });
    expect(e.message).toContain("got '}'");
  });

  it('refuses SPARQL Update, naming the operations', () => {
    expect(() => parseQuery('INSERT DATA { <http://a> <http://b> <http://c> }')).toThrow(UnsupportedError);
    expect(() => parseQuery('LOAD <http://example.org/data.ttl>')).toThrow(/LOAD.*read-only/);
    expect(() => parseQuery('CLEAR ALL ; DELETE WHERE { ?s ?p ?o }')).toThrow(/CLEAR, DELETE WHERE/);
  });

  it.each(['', '   ', '# just a comment', 'PREFIX a: <http://a/>', 'BASE <http://x/>'])('refuses the query %j, which has no operation, as an empty query', (text) => {
    expect(() => parseQuery(text)).toThrow(QuerySyntaxError);
    expect(() => parseQuery(text)).toThrow(/empty query/);
  });

  it('refuses a query nested deeper than the limit before any parser runs, naming the limit and the place', () => {
    const deep = `SELECT * WHERE ${'{'.repeat(5000)}?s ?p ?o${'}'.repeat(5000)}`;
    expect(() => parseQuery(deep)).toThrow(UnsupportedError);
    expect(() => parseQuery(deep)).toThrow(new RegExp(`more than ${MAX_NESTING} levels .* at line 1, column ${'SELECT * WHERE '.length + MAX_NESTING + 1}`));
    const filter = `SELECT * WHERE { ?s ?p ?o FILTER(${'('.repeat(2000)}1${')'.repeat(2000)}) }`;
    expect(() => parseQuery(filter)).toThrow(/nested too deeply/);
  });

  it('accepts nesting up to the limit, and does not count brackets inside strings, IRIs or comments', () => {
    const inner = MAX_NESTING - 1;
    expect(parseQuery(`SELECT * WHERE { ?s ?p ?o FILTER(${'('.repeat(inner - 1)}1${')'.repeat(inner - 1)}) }`).form).toBe('select');
    const brackets = '('.repeat(300);
    expect(parseQuery(`SELECT * WHERE { ?s ?p "${brackets}" . ?s ?p '''${brackets}''' . ?s ?p <http://x.org/a#${brackets}> } # ${brackets}`).form).toBe('select');
  });

  it('lists the SERVICE endpoints wherever they are nested, each once, in text order', () => {
    expect(parseQuery('SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }').services).toEqual(['http://example.org/sparql']);
    expect(parseQuery('SELECT * WHERE { ?s ?p ?o OPTIONAL { { SELECT ?s WHERE { SERVICE SILENT <http://x.org/> { ?s ?q ?r } } } } }').services).toEqual(['http://x.org/']);
    expect(parseQuery('ASK { FILTER EXISTS { SERVICE <http://b.org/> { ?s ?p ?o } } SERVICE <http://a.org/> { ?s ?p ?o } SERVICE <http://b.org/> { ?s ?p ?o } }').services).toEqual(['http://b.org/', 'http://a.org/']);
    expect(parseQuery('ASK { ?s ?p ?o }').services).toEqual([]);
  });

  it('refuses SERVICE with a variable endpoint', () => {
    expect(() => parseQuery('SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }')).toThrow(/SERVICE \?endpoint: a SERVICE endpoint must be an IRI/);
  });

  it('resolves relative IRIs against the base IRI it is given', () => {
    const q = parseQuery('CONSTRUCT { <s> <p> 1 } WHERE {}', { baseIri: 'http://example.org/sparql' });
    expect(generateQuery(q.ast)).toContain('<http://example.org/s>');
  });
});
