/** Unit tests of src/sparql/scan.ts: one lexical pass tells the form and top-level LIMIT of a simple query, and which queries need the full parser. */
import { UnsupportedError } from '../../../src/errors';
import { MAX_NESTING, scanQuery } from '../../../src/sparql/scan';

describe('scanQuery', () => {
  it.each([
    ['SELECT * WHERE { ?s ?p ?o }', { form: 'select' }],
    ['PREFIX ex: <http://example.org/> ask { ex:a ?p ?o }', { form: 'ask' }],
    ['BASE <http://example.org/> CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5', { form: 'construct', limit: 5 }],
    ['DESCRIBE <http://example.org/a>', { form: 'describe' }],
    ['SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 3 } } ORDER BY ?s LIMIT # a comment\n 7 OFFSET 2', { form: 'select', limit: 7 }],
  ])('gives the form and the outermost LIMIT of %s', (text, expected) => {
    expect(scanQuery(text)).toEqual(expected);
  });

  it.each([
    ['SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }', 'FROM'],
    ['SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }', 'SERVICE'],
    ['SELECT * WHERE { ?s ?p ?o } VALUES ?s { <http://example.org/a> }', 'a trailing VALUES'],
    ['INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }', 'an update'],
    ['PREFIX ex: <http://example.org/> DELETE WHERE { ex:a ?p ?o }', 'an update without a form'],
    ['SELECT * WHERE { ?s ?p ?o } LIMIT ?x', 'a LIMIT without a number'],
    ['SELECT * WHERE { ?s ?p ?o } LIMIT 1 LIMIT 2', 'two LIMITs'],
    ['# only a comment', 'no form'],
  ])('leaves %s to the full parser (%s)', (text) => {
    expect(scanQuery(text)).toBeUndefined();
  });

  it('takes no keyword from a string, an IRI, a comment, a variable, a prefixed name or a language tag', () => {
    const text = 'PREFIX from: <http://example.org/from#> SELECT ?from ?service WHERE { ?from from:service "FROM SERVICE"@en , \'\'\'VALUES\nLIMIT\'\'\' . <http://example.org/FROM> ?p $values } # FROM SERVICE\n';
    expect(scanQuery(text)).toEqual({ form: 'select' });
  });

  it('counts a VALUES block inside the pattern as the store’s concern, not a trailing one', () => {
    expect(scanQuery('SELECT * WHERE { VALUES ?s { <http://example.org/a> } ?s ?p ?o }')).toEqual({ form: 'select' });
  });

  it('refuses a query nested deeper than the limit, naming where', () => {
    const deep = `SELECT * WHERE ${'{'.repeat(MAX_NESTING + 1)}`;
    expect(() => scanQuery(deep)).toThrow(UnsupportedError);
    expect(() => scanQuery(deep)).toThrow(`at line 1, column ${'SELECT * WHERE '.length + MAX_NESTING + 1}`);
    expect(scanQuery(`SELECT * WHERE ${'{'.repeat(MAX_NESTING)}${'}'.repeat(MAX_NESTING)}`)).toEqual({ form: 'select' });
  });

  it('skips brackets inside strings and IRIs when it counts the nesting', () => {
    expect(scanQuery(`SELECT * WHERE { ?s ?p "${'{'.repeat(500)}" , <http://example.org/${'('.repeat(500)}> }`)).toEqual({ form: 'select' });
  });
});
