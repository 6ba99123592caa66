/** Unit tests of src/export/quads.ts: what every serialiser writes is the merged or distinct quads, in one stable order, with blank nodes labelled b0, b1, … in that order. */
import { DataFactory } from 'n3';
import type * as RDF from '@rdfjs/types';
import { CDKG, RDF as RDFNS, RDFS, entityIri, graphIri } from '../../../ontology/namespaces';
import { asTriples, prepare, sortQuads } from '../../../src/export/quads';

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;

const US = namedNode(entityIri('state', 'united-states'));
const EU = namedNode(entityIri('union', 'european-union'));
const ACTORS = namedNode(graphIri('actors'));
const LINKS = namedNode(graphIri('links'));
const TYPE = namedNode(RDFNS.type);
const LABEL = namedNode(RDFS.label);

const show = (quads: readonly RDF.Quad[]) => quads.map((q) => [q.subject.value, q.predicate.value, q.object.value, q.graph.value].join(' '));

describe('asTriples', () => {
  it('merges every graph into the default graph and keeps a triple that two graphs share once', () => {
    const label = (g: RDF.Quad_Graph) => quad(US, LABEL, literal('United States', 'en'), g);
    const out = asTriples([label(ACTORS), label(LINKS), quad(US, TYPE, namedNode(CDKG.State), ACTORS)]);
    expect(out).toHaveLength(2);
    expect(out.every((q) => q.graph.equals(defaultGraph()))).toBe(true);
  });
});

describe('sortQuads', () => {
  it('orders by graph, then subject with IRIs before blank nodes, then rdf:type before other predicates, then object', () => {
    const b = blankNode('a');
    const input = [
      quad(b, LABEL, literal('anonymous'), ACTORS),
      quad(US, LABEL, literal('United States', 'en'), ACTORS),
      quad(US, TYPE, namedNode(CDKG.State), ACTORS),
      quad(EU, LABEL, literal('European Union', 'en'), LINKS),
      quad(EU, LABEL, literal('EU', 'en'), ACTORS),
      quad(US, LABEL, literal('USA', 'en'), defaultGraph()),
    ];
    expect(show(sortQuads(input))).toEqual(show([input[5], input[2], input[1], input[4], input[0], input[3]]));
  });

  it('does not change the array it is given', () => {
    const input = [quad(US, LABEL, literal('b')), quad(US, LABEL, literal('a'))];
    sortQuads(input);
    expect(input[0].object.value).toBe('b');
  });
});

describe('prepare', () => {
  const shared = blankNode('f3a9');
  const other = blankNode('0c1d');
  const input = [
    quad(US, namedNode(CDKG.partyTo), other, ACTORS),
    quad(other, LABEL, literal('second'), ACTORS),
    quad(shared, LABEL, literal('first'), LINKS),
    quad(US, namedNode(CDKG.partyTo), other, ACTORS),
  ];

  it('keeps the graphs and drops repeated quads when graphs are kept, relabelling blank nodes in output order', () => {
    expect(show(prepare(input, { keepGraphs: true }))).toEqual([
      `${US.value} ${CDKG.partyTo} b0 ${ACTORS.value}`,
      `b0 ${RDFS.label} second ${ACTORS.value}`,
      `b1 ${RDFS.label} first ${LINKS.value}`,
    ]);
  });

  it('merges the graphs for a triples format, blank-node subjects ordered by their original labels', () => {
    expect(show(prepare(input, { keepGraphs: false }))).toEqual([
      `${US.value} ${CDKG.partyTo} b0 `,
      `b0 ${RDFS.label} second `,
      `b1 ${RDFS.label} first `,
    ]);
  });
});
