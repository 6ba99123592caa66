/** Unit tests of src/export/canonical.ts: RDFC-1.0 gives isomorphic datasets the same text whatever their blank-node labels or order, and different datasets different text. */
import { DataFactory } from 'n3';
import { CDKG, RDFS, entityIri, graphIri } from '../../../ontology/namespaces';
import { canonicalNQuads, canonicalQuads } from '../../../src/export/canonical';

const { namedNode, blankNode, literal, quad } = DataFactory;

const US = namedNode(entityIri('state', 'united-states'));
const PARTY = namedNode(CDKG.partyTo);
const LABEL = namedNode(RDFS.label);
const ACTORS = namedNode(graphIri('actors'));

const dataset = (a: string, b: string) => [
  quad(US, PARTY, blankNode(a), ACTORS),
  quad(blankNode(a), LABEL, literal('first')),
  quad(blankNode(a), PARTY, blankNode(b)),
  quad(blankNode(b), LABEL, literal('second')),
];

describe('canonicalNQuads', () => {
  it('gives the same text for the same dataset with other blank-node labels, in another order, with a quad repeated', async () => {
    const one = dataset('x', 'y');
    const other = dataset('f00', 'bar');
    expect(await canonicalNQuads([...other].reverse().concat(other[0]))).toBe(await canonicalNQuads(one));
  });

  it('gives different text when a literal, a graph or the shape of the blank nodes differs', async () => {
    const base = await canonicalNQuads(dataset('x', 'y'));
    const [first, ...rest] = dataset('x', 'y');
    expect(await canonicalNQuads([quad(first.subject, first.predicate, first.object), ...rest])).not.toBe(base);
    expect(await canonicalNQuads([...dataset('x', 'y').slice(0, 3), quad(blankNode('y'), LABEL, literal('second', 'en'))])).not.toBe(base);
    expect(await canonicalNQuads([...dataset('x', 'y').slice(0, 3), quad(blankNode('x'), LABEL, literal('second'))])).not.toBe(base);
  });

  it('writes sorted N-Quads lines with c14n blank-node labels', async () => {
    const lines = (await canonicalNQuads(dataset('x', 'y'))).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect([...lines].sort()).toEqual(lines);
    expect(new Set(lines.join(' ').match(/_:\S+/g))).toEqual(new Set(['_:c14n0', '_:c14n1']));
  });
});

describe('canonicalQuads', () => {
  it('parses the canonical text back into quads labelled c14n0, c14n1', async () => {
    const quads = await canonicalQuads(dataset('x', 'y'));
    expect(quads).toHaveLength(4);
    const labels = new Set(quads.flatMap((q) => [q.subject, q.object]).filter((t) => t.termType === 'BlankNode').map((t) => t.value));
    expect(labels).toEqual(new Set(['c14n0', 'c14n1']));
  });
});
