/**
 * Unit tests of src/export/nest.ts (through the Turtle and TriG writer of
 * src/export/n3-writer.ts): a blank node that is the object of one triple in
 * one graph is written in place, a well-formed list as `( … )`, and anything
 * else keeps a label; the text always parses back to the same graph.
 */
import { DataFactory, Parser } from 'n3';
import type * as RDF from '@rdfjs/types';
import { CDKG, OWL, RDF as RDFNS, RDFS, entityIri, graphIri } from '../../../ontology/namespaces';
import { canonicalNQuads } from './support';
import { writeN3 } from '../../../src/export/n3-writer';

const { namedNode, blankNode, literal, quad } = DataFactory;

const US = namedNode(entityIri('state', 'united-states'));
const EU = namedNode(entityIri('union', 'european-union'));
const LABEL = namedNode(RDFS.label);
const PARTY = namedNode(CDKG.partyTo);
const FIRST = namedNode(RDFNS.first);
const REST = namedNode(RDFNS.rest);
const NIL = namedNode(RDFNS.nil);

/** Writes the quads as pretty Turtle (or TriG), checks that the text parses back to the same dataset, and returns it. */
async function written(quads: readonly RDF.Quad[], format: 'Turtle' | 'TriG' = 'Turtle'): Promise<string> {
  const text = await writeN3(quads, { format, pretty: true });
  expect(await canonicalNQuads(new Parser({ format }).parse(text))).toBe(await canonicalNQuads(quads));
  return text;
}

describe('nest', () => {
  it('writes a blank node that is the object of one triple in place, with its own properties', async () => {
    const b = blankNode('x');
    const text = await written([quad(US, PARTY, b), quad(b, LABEL, literal('a convention'))]);
    expect(text).toMatch(/cdkg:partyTo \[\s*rdfs:label "a convention"\s*\]/);
    expect(text).not.toContain('_:');
  });

  it('nests blank nodes inside nested blank nodes', async () => {
    const outer = blankNode('outer');
    const inner = blankNode('inner');
    const text = await written([quad(US, PARTY, outer), quad(outer, PARTY, inner), quad(inner, LABEL, literal('deep'))]);
    expect(text).toMatch(/\[\s*cdkg:partyTo \[\s*rdfs:label "deep"\s*\]\s*\]/);
    expect(text).not.toContain('_:');
  });

  it('writes a well-formed RDF list as ( … ), as for owl:unionOf', async () => {
    const [l1, l2] = [blankNode('l1'), blankNode('l2')];
    const text = await written([
      quad(namedNode(CDKG.Actor), namedNode(OWL.unionOf), l1),
      quad(l1, FIRST, namedNode(CDKG.State)),
      quad(l1, REST, l2),
      quad(l2, FIRST, namedNode(CDKG.Union)),
      quad(l2, REST, NIL),
    ]);
    expect(text).toMatch(/owl:unionOf \(\s*cdkg:State cdkg:Union\s*\)/);
    expect(text).not.toContain('rdf:first');
  });

  it('writes a list cell with a third property as blank nodes, not as a list', async () => {
    const l1 = blankNode('l1');
    const text = await written([quad(US, PARTY, l1), quad(l1, FIRST, EU), quad(l1, REST, NIL), quad(l1, LABEL, literal('odd cell'))]);
    expect(text).toContain('rdf:first');
    expect(text).not.toMatch(/\(\s*union:european-union\s*\)/);
  });

  it('keeps a label on a blank node that is the object of two triples', async () => {
    const shared = blankNode('shared');
    const text = await written([quad(US, PARTY, shared), quad(EU, PARTY, shared), quad(shared, LABEL, literal('shared'))]);
    expect(text.match(/_:\w+/g)?.length).toBe(3);
  });

  it('breaks a cycle of blank nodes with one label, written where the cycle starts and where it closes', async () => {
    const [a, b] = [blankNode('a'), blankNode('b')];
    const text = await written([quad(a, PARTY, b), quad(b, PARTY, a)]);
    const labels = text.match(/_:\w+/g) ?? [];
    expect(labels).toHaveLength(2);
    expect(new Set(labels).size).toBe(1);
  });

  it('keeps a label on a blank node that appears in two graphs', async () => {
    const b = blankNode('x');
    const [actors, links] = [namedNode(graphIri('actors')), namedNode(graphIri('links'))];
    const text = await written([quad(US, PARTY, b, actors), quad(b, LABEL, literal('in two graphs'), links)], 'TriG');
    expect(text.match(/_:\w+/g)?.length).toBe(2);
  });
});
