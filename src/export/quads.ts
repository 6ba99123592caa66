/**
 * Helpers shared by the serialisers: merging graphs, de-duplicating, stable
 * ordering and blank-node relabelling. Kept here so every format sees the
 * same triples in the same order.
 */
import { DataFactory } from '../store/n3';
import type * as RDF from '@rdfjs/types';
import { RDF as RDFNS } from '../../ontology/namespaces';
import { distinct, termKey } from '../store/terms';

const { quad, blankNode, defaultGraph } = DataFactory;


/**
 * Merges every graph into the default graph (RDF 1.1 Concepts §4: the merge
 * of the graphs of a dataset), dropping triples that several graphs share.
 */
export function asTriples(quads: readonly RDF.Quad[]): RDF.Quad[] {
  return distinct(quads.map((q) => (q.graph.termType === 'DefaultGraph' ? q : quad(q.subject, q.predicate, q.object, defaultGraph()))));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A stable, readable order: by graph, then subject (IRIs before blank nodes),
 * with rdf:type first among a subject's predicates, then by object. The
 * writers group consecutive triples of a subject, so this order is what makes
 * the Turtle and TriG output read subject by subject.
 */
export function sortQuads(quads: readonly RDF.Quad[]): RDF.Quad[] {
  const subjectKey = (t: RDF.Term) => `${t.termType === 'BlankNode' ? '1' : '0'}${termKey(t)}`;
  const predicateKey = (t: RDF.Term) => (t.value === RDFNS.type ? '0' : `1${t.value}`);
  return [...quads].sort(
    (a, b) =>
      compare(termKey(a.graph), termKey(b.graph)) ||
      compare(subjectKey(a.subject), subjectKey(b.subject)) ||
      compare(predicateKey(a.predicate), predicateKey(b.predicate)) ||
      compare(termKey(a.object), termKey(b.object)),
  );
}

/**
 * Relabels blank nodes `b0`, `b1`, … in order of first appearance. Labels
 * from a store can be random hex strings that begin with a digit, which are
 * not XML names (rdf:nodeID needs one) and would make output unstable.
 */
function relabelBlankNodes(quads: readonly RDF.Quad[]): RDF.Quad[] {
  const labels = new Map<string, RDF.BlankNode>();
  const relabel = <T extends RDF.Term>(t: T): T => {
    if (t.termType !== 'BlankNode') return t;
    let b = labels.get(t.value);
    if (!b) {
      b = blankNode(`b${labels.size}`);
      labels.set(t.value, b);
    }
    return b as unknown as T;
  };
  return quads.map((q) => quad(relabel(q.subject), q.predicate, relabel(q.object), relabel(q.graph)));
}

/**
 * What every serialiser writes: the distinct quads (or, for triple formats,
 * the merged triples), in the stable order, with blank nodes labelled
 * `b0`, `b1`, … in that order.
 */
export function prepare(quads: readonly RDF.Quad[], options: { readonly keepGraphs: boolean }): RDF.Quad[] {
  return relabelBlankNodes(sortQuads(options.keepGraphs ? distinct(quads) : asTriples(quads)));
}
