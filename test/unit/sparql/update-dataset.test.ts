import * as ox from 'oxigraph';
import { BadRequestError, QuerySyntaxError } from '../../../src/errors';
import { withProtocolDataset } from '../../../src/sparql/update-dataset';

const BASE = 'https://example.org/update';
const G1 = 'urn:g:1';
const G2 = 'urn:g:2';

/** A store with one document in each of two named graphs and one in the default graph. */
function store(): ox.Store {
  const s = new ox.Store();
  s.load(`GRAPH <${G1}> { <urn:d1> a <urn:Doc> } GRAPH <${G2}> { <urn:d2> a <urn:Doc> } <urn:d0> a <urn:Doc> .`, { format: 'application/trig' });
  return s;
}

/** The subjects the update copied into <urn:out>, each with what the rule inserted. */
function run(update: string, defaultGraphs: string[], namedGraphs: string[]): string[] {
  const s = store();
  s.update(withProtocolDataset(update, { defaultGraphs, namedGraphs }, BASE));
  return s.match(null, null, null, ox.namedNode('urn:out')).map((q) => `${q.subject.value} ${q.object.value}`).sort();
}

const COPY = 'INSERT { GRAPH <urn:out> { ?s <urn:in> ?in } } WHERE { { ?s a <urn:Doc> BIND("default" AS ?in) } UNION { GRAPH ?g { ?s a <urn:Doc> } BIND(STR(?g) AS ?in) } }';

describe('withProtocolDataset (SPARQL 1.1 Protocol §2.2.3)', () => {
  test('without dataset parameters the update text is left as sent', () => {
    expect(withProtocolDataset('CLEAR ALL', { defaultGraphs: [], namedGraphs: [] }, BASE)).toBe('CLEAR ALL');
  });

  test('using-graph-uri makes the WHERE default graph the named graphs given, and no graph named', () => {
    expect(run(COPY, [G1, G2], [])).toEqual(['urn:d1 default', 'urn:d2 default']);
  });

  test('using-named-graph-uri alone names the graphs GRAPH ?g sees, with an empty default graph', () => {
    expect(run(COPY, [], [G2])).toEqual([`urn:d2 ${G2}`]);
  });

  test('both together give the full dataset', () => {
    expect(run(COPY, [G1], [G2])).toEqual(['urn:d1 default', `urn:d2 ${G2}`]);
  });

  test('a DELETE WHERE takes the dataset too (its long form, Update §3.1.3.3)', () => {
    const s = new ox.Store();
    s.load(`GRAPH <${G1}> { <urn:d1> a <urn:Doc> } <urn:d1> a <urn:Doc> . <urn:d0> a <urn:Doc> .`, { format: 'application/trig' });
    s.update(withProtocolDataset('DELETE WHERE { ?s a <urn:Doc> }', { defaultGraphs: [G1], namedGraphs: [] }, BASE));
    // Matched in G1 only (d1), the template deletes from the store's default graph: d1 goes there, d0 stays.
    const left = (g: ox.Quad_Graph) => s.match(null, null, null, g).map((q) => q.subject.value);
    expect(left(ox.defaultGraph())).toEqual(['urn:d0']);
    expect(left(ox.namedNode(G1))).toEqual(['urn:d1']);
  });

  test('operations without WHERE (INSERT DATA, CLEAR, …) are untouched by the dataset', () => {
    const s = store();
    s.update(withProtocolDataset('INSERT DATA { <urn:x> a <urn:Doc> } ; CLEAR GRAPH <urn:g:2>', { defaultGraphs: [G1], namedGraphs: [] }, BASE));
    expect(s.match(null, null, null, null).map((q) => q.subject.value).sort()).toEqual(['urn:d0', 'urn:d1', 'urn:x']);
  });

  test.each([
    ['USING', 'INSERT { <urn:a> <urn:b> <urn:c> } USING <urn:g:1> WHERE { ?s ?p ?o }'],
    ['USING NAMED', 'INSERT { <urn:a> <urn:b> <urn:c> } USING NAMED <urn:g:1> WHERE { ?s ?p ?o }'],
    ['WITH', 'WITH <urn:g:1> INSERT { <urn:a> <urn:b> <urn:c> } WHERE { ?s ?p ?o }'],
  ])('an update with its own %s besides the parameters is a 400 naming the conflict', (_clause, update) => {
    expect(() => withProtocolDataset(update, { defaultGraphs: [G2], namedGraphs: [] }, BASE)).toThrow(BadRequestError);
    expect(() => withProtocolDataset(update, { defaultGraphs: [G2], namedGraphs: [] }, BASE)).toThrow(/USING, USING NAMED or WITH/);
  });

  test('a malformed update is a syntax error with its position', () => {
    expect(() => withProtocolDataset('CLEAR XYZ', { defaultGraphs: [G1], namedGraphs: [] }, BASE)).toThrow(QuerySyntaxError);
  });
});
