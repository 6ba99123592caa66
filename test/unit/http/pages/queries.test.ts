/** Unit tests of src/http/pages/queries.ts with src/export/linked-data/named-queries-view.ts: the /queries page in the site layout, every value escaped. */
import { namedQueriesView } from '../../../../src/export/linked-data/named-queries-view';
import { queriesPage } from '../../../../src/http/pages/queries';

const EVIL = '<script>alert(1)</script>';

const queries = [
  {
    name: 'people',
    title: `People ${EVIL}`,
    description: `Who lives where ${EVIL}`,
    params: [{ name: 'person', type: 'iri', description: `The person ${EVIL}` }],
    example: 'person=http://example.org/alice&age=34',
    text: 'SELECT * WHERE { ?s ?p "</script>" }',
  },
  { name: 'all', title: 'Everything', description: 'All triples', params: [], text: 'SELECT * WHERE { ?s ?p ?o }' },
];

describe('the named queries page', () => {
  const page = queriesPage(namedQueriesView(queries));

  test('uses the shared layout: skip link, viewport, describedby link and site navigation', () => {
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(page).toContain('<a class="skip" href="#main">Skip to content</a>');
    expect(page).toContain('<meta name="viewport"');
    expect(page).toContain('rel="describedby"');
    expect(page).toContain('<nav aria-label="Site">');
    expect(page).toContain('<title>Named queries · CDKG</title>');
  });

  test('escapes every value of the named queries', () => {
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('"</script>"');
    expect(page).toContain('People &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('Who lives where &lt;script&gt;');
    expect(page).toContain('The person &lt;script&gt;');
  });

  test('lists each query in a table row with its description, parameters, a run link with the example parameters and an editor link', () => {
    expect(page).toContain('<th scope="col">Parameters</th>');
    expect(page).toContain('<li><code>person</code> (iri): The person');
    expect(page).toContain('<a href="/queries/people?person=http://example.org/alice&amp;age=34">Run People');
    expect(page).toContain('<a href="/queries/all">Run Everything</a>');
    expect(page).toContain('<a href="/sparql#query=SELECT%20*%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D&amp;tabTitle=Everything">Edit Everything</a>');
    expect(page).toContain('<caption>2 named queries;');
  });

  test('says so when no query is installed', () => {
    expect(queriesPage([])).toContain('No named queries are installed.');
  });
});
