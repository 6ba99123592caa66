/** Unit tests of src/export/linked-data/graph.ts: the description index finds triples by subject and by object, picks the best label, and sorts triples into one stable order. */
import { DataFactory } from 'n3';
import { CDKG, RDF as RDFNS, RDFS, SKOS, XSD, entityIri } from '../../../../ontology/namespaces';
import { DescriptionGraph, sortQuads } from '../../../../src/export/linked-data/graph';

const { namedNode, literal, quad, blankNode } = DataFactory;

const US = namedNode(entityIri('state', 'united-states'));
const EU = namedNode(entityIri('union', 'european-union'));
const UNTOC = namedNode(entityIri('instrument', 'untoc'));
const PARTY = CDKG.partyTo;

const graph = new DescriptionGraph([
  quad(US, namedNode(RDFNS.type), namedNode(CDKG.State)),
  quad(US, namedNode(RDFNS.type), blankNode('restriction')),
  quad(US, namedNode(PARTY), UNTOC),
  quad(EU, namedNode(PARTY), UNTOC),
  quad(UNTOC, namedNode(RDFS.label), literal('UNTOC')),
]);

describe('DescriptionGraph', () => {
  it('finds the objects of a subject and predicate, the first of them, and the subjects of a predicate and object', () => {
    expect(graph.objects(US, PARTY)).toEqual([UNTOC]);
    expect(graph.object(US, PARTY)).toEqual(UNTOC);
    expect(graph.object(EU, RDFS.label)).toBeUndefined();
    expect(graph.subjects(PARTY, UNTOC)).toEqual([US, EU]);
  });

  it('gives the outgoing and incoming triples of a term, and whether it is described', () => {
    expect(graph.outgoing(US)).toHaveLength(3);
    expect(graph.incoming(UNTOC)).toHaveLength(2);
    expect(graph.has(UNTOC)).toBe(true);
    expect(graph.has(namedNode(CDKG.State))).toBe(false);
  });

  it('tells an IRI from a literal with the same text', () => {
    expect(graph.incoming(literal(UNTOC.value))).toEqual([]);
    expect(graph.has(literal(US.value))).toBe(false);
  });

  it('gives as types only the named classes', () => {
    expect(graph.types(US)).toEqual([CDKG.State]);
  });

  describe('label', () => {
    const labelled = (...labels: [string, ReturnType<typeof literal>][]) => new DescriptionGraph(labels.map(([p, l]) => quad(US, namedNode(p), l)));

    it('prefers an English rdfs:label, then an untagged one, then any', () => {
      expect(labelled([RDFS.label, literal('Vereinigte Staaten', 'de')], [RDFS.label, literal('USA')], [RDFS.label, literal('United States', 'en')]).label(US)).toBe('United States');
      expect(labelled([RDFS.label, literal('Vereinigte Staaten', 'de')], [RDFS.label, literal('USA')]).label(US)).toBe('USA');
      expect(labelled([RDFS.label, literal('Vereinigte Staaten', 'de')]).label(US)).toBe('Vereinigte Staaten');
    });

    it('falls back to skos:prefLabel, then to the compact IRI', () => {
      expect(labelled([SKOS.prefLabel, literal('United States', 'en')]).label(US)).toBe('United States');
      // Any rdfs:label comes before a skos:prefLabel, even an English one.
      expect(labelled([RDFS.label, literal('USA')], [SKOS.prefLabel, literal('United States', 'en')]).label(US)).toBe('USA');
      expect(labelled().label(US)).toBe('state:united-states');
    });

    it('gives a literal its own text', () => {
      expect(graph.label(literal('2005-12-03', namedNode(XSD.date)))).toBe('2005-12-03');
    });
  });
});

describe('sortQuads', () => {
  it('orders by subject, predicate and object, whatever order it is given', () => {
    const quads = [quad(US, namedNode(PARTY), UNTOC), quad(EU, namedNode(PARTY), UNTOC), quad(US, namedNode(RDFS.label), literal('United States')), quad(US, namedNode(PARTY), EU)];
    const sorted = sortQuads(quads);
    expect(sortQuads([...quads].reverse())).toEqual(sorted);
    expect(sorted.map((q) => [q.subject.value, q.predicate.value, q.object.value])).toEqual([
      [US.value, RDFS.label, 'United States'],
      [US.value, PARTY, UNTOC.value],
      [US.value, PARTY, EU.value],
      [EU.value, PARTY, UNTOC.value],
    ]);
  });
});
