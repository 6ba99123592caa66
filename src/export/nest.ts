/**
 * Readable Turtle and TriG: a blank node that is the object of exactly one
 * triple (in the same graph) is written in place as `[ … ]`, and a
 * well-formed RDF list of such nodes as `( … )` (Turtle §2.7 and §2.8), so the
 * ontology's `owl:unionOf` lists read as `( cdkg:Instrument cdkg:Process )`.
 * Anything else keeps its blank-node label, which keeps the output
 * isomorphic to the input whatever its shape (shared or cyclic blank nodes).
 */
import type { Writer } from '../store/n3';
import type * as RDF from '@rdfjs/types';
import { RDF as RDFNS } from '../../ontology/namespaces';
import { termKey } from '../store/terms';

type Quad = RDF.Quad;

export function nest(writer: Writer, quads: readonly Quad[]): void {
  const bySubject = new Map<string, Quad[]>();
  const incoming = new Map<string, Quad[]>();
  const nodeKey = (t: RDF.Term, g: RDF.Term) => `${termKey(g)} ${termKey(t)}`;
  const push = (map: Map<string, Quad[]>, key: string, q: Quad) => {
    const list = map.get(key);
    if (list) list.push(q);
    else map.set(key, [q]);
  };
  for (const q of quads) {
    push(bySubject, nodeKey(q.subject, q.graph), q);
    if (q.object.termType === 'BlankNode') push(incoming, termKey(q.object), q);
  }
  const graphsOf = new Map<string, Set<string>>();
  for (const q of quads) {
    for (const t of [q.subject, q.object]) {
      if (t.termType !== 'BlankNode') continue;
      const k = termKey(t);
      graphsOf.set(k, (graphsOf.get(k) ?? new Set()).add(termKey(q.graph)));
    }
  }
  const done = new Set<string>();

  /** A blank node used once, as an object, and in one graph only. */
  const nestable = (t: RDF.Term): boolean =>
    t.termType === 'BlankNode' && (incoming.get(termKey(t))?.length ?? 0) === 1 && graphsOf.get(termKey(t))?.size === 1;

  /** The members of the list starting at `head`, or undefined if it is not a plain, nestable list. */
  const listItems = (head: RDF.Term, g: RDF.Term): RDF.Term[] | undefined => {
    const items: RDF.Term[] = [];
    const seen = new Set<string>();
    let node = head;
    while (node.value !== RDFNS.nil || node.termType !== 'NamedNode') {
      if (!nestable(node) || seen.has(termKey(node)) || done.has(termKey(node))) return undefined;
      seen.add(termKey(node));
      const arcs = bySubject.get(nodeKey(node, g)) ?? [];
      const first = arcs.find((q) => q.predicate.value === RDFNS.first);
      const rest = arcs.find((q) => q.predicate.value === RDFNS.rest);
      if (arcs.length !== 2 || !first || !rest) return undefined;
      items.push(first.object);
      node = rest.object;
    }
    for (const k of seen) done.add(k);
    return items;
  };

  const render = (t: RDF.Term, g: RDF.Term): RDF.Term => {
    if (!nestable(t) || done.has(termKey(t))) return t;
    const items = listItems(t, g);
    if (items) return writer.list(items.map((i) => render(i, g)) as RDF.Quad_Object[]) as unknown as RDF.Term;
    done.add(termKey(t));
    const arcs = bySubject.get(nodeKey(t, g)) ?? [];
    return writer.blank(arcs.map((q) => ({ predicate: q.predicate, object: render(q.object, g) as RDF.Quad_Object })));
  };

  const write = (subjectQuads: readonly Quad[]) => {
    for (const q of subjectQuads) writer.addQuad(q.subject, q.predicate, render(q.object, q.graph) as RDF.Quad_Object, q.graph);
  };

  // First the subjects that cannot be nested, in the given order; their objects pull nested nodes in.
  for (const group of bySubject.values()) {
    const s = group[0].subject;
    if (nestable(s)) continue;
    done.add(termKey(s));
    write(group);
  }
  // Then nodes that no written subject reached (blank-node cycles): written with their labels.
  for (const group of bySubject.values()) {
    const s = group[0].subject;
    if (done.has(termKey(s))) continue;
    done.add(termKey(s));
    write(group);
  }
}
