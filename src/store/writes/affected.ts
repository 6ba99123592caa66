/**
 * Which nodes a write can have made valid or invalid, and what SHACL must
 * read to check them. The shapes (ontology/shapes.ttl) use predicate paths
 * only, from node shapes with targets; a property shape checks values with
 * sh:class, sh:datatype, sh:nodeKind, sh:in, sh:hasValue, sh:pattern and
 * counts, alone or under sh:or / sh:xone / sh:not. A result for a focus node
 * then depends on its own triples and on its values' rdf:type (sh:class): a
 * write can change the results of the subjects of its triples, of the
 * objects (sh:targetObjectsOf), and, where it changes a node's rdf:type, of
 * the nodes pointing at that node. That is exact for such shapes; shapes
 * that read further (a path under a property shape, sh:node, inverse or
 * sequence paths) make every write be checked whole (`readsOneStep`).
 */
import { DataFactory, Store } from 'n3';
import type * as RDF from '@rdfjs/types';
import { RDF as RDFNS, RDFS, SH } from '../../../ontology/namespaces';

const { namedNode } = DataFactory;

const TARGETS = { targetClass: SH.targetClass, targetNode: SH.targetNode, targetSubjectsOf: SH.targetSubjectsOf, targetObjectsOf: SH.targetObjectsOf } as const;
const NESTING = [SH.or, SH.xone, SH.not, `${SH.$ns}and`];

export const nodeKey = (t: RDF.Term): string => `${t.termType}:${t.value}`;

/** Whether every shape reads only its focus node's triples and its values' types (see the module comment). */
export function readsOneStep(shapes: Store): boolean {
  if (shapes.getQuads(null, namedNode(`${SH.$ns}node`), null, null).length || shapes.getQuads(null, namedNode(`${SH.$ns}qualifiedValueShape`), null, null).length) return false;
  // Every sh:path is a predicate IRI, not a blank node (sequence, inverse or other path; SHACL §2.3.1).
  if (shapes.getQuads(null, namedNode(SH.path), null, null).some((q) => q.object.termType !== 'NamedNode')) return false;
  // No property shape nested under a property shape (it would read the value's triples).
  const nested = (shape: RDF.Term, seen = new Set<string>()): boolean => {
    if (seen.has(nodeKey(shape))) return false;
    seen.add(nodeKey(shape));
    for (const q of shapes.getQuads(shape as never, null, null, null)) {
      if (q.predicate.value === SH.path || q.predicate.value === SH.property) return true;
      if (NESTING.includes(q.predicate.value) || q.predicate.value === `${RDFNS.$ns}first` || q.predicate.value === `${RDFNS.$ns}rest`) {
        if (q.object.termType !== 'Literal' && nested(q.object, seen)) return true;
      }
    }
    return false;
  };
  for (const q of shapes.getQuads(null, namedNode(SH.path), null, null)) {
    for (const n of shapes.getQuads(q.subject, null, null, null)) {
      if (NESTING.includes(n.predicate.value) && nested(n.object)) return false;
    }
  }
  return true;
}

/** Focus nodes to check after a change to these triples (see the module comment); undefined: check everything. */
export function affectedNodes(data: Store, changed: readonly RDF.Quad[]): Set<string> | undefined {
  if (changed.some((q) => q.predicate.value === RDFS.subClassOf)) return undefined;
  const out = new Set<string>();
  const retyped: RDF.Term[] = [];
  for (const q of changed) {
    out.add(nodeKey(q.subject));
    if (q.object.termType !== 'Literal') out.add(nodeKey(q.object));
    if (q.predicate.value === RDFNS.type) retyped.push(q.subject);
  }
  for (const node of retyped) for (const q of data.getQuads(null, null, node as never, null)) out.add(nodeKey(q.subject));
  return out;
}

/** Instances of a class or of its subclasses (rdfs:subClassOf*, as SHACL §2.1.3.3 reads sh:targetClass). */
function instances(data: Store, cls: RDF.Term): RDF.Term[] {
  const classes = new Set<string>([nodeKey(cls)]);
  const todo = [cls];
  while (todo.length) {
    const c = todo.pop() as RDF.Term;
    for (const q of data.getQuads(null, namedNode(RDFS.subClassOf), c as never, null)) {
      if (!classes.has(nodeKey(q.subject))) {
        classes.add(nodeKey(q.subject));
        todo.push(q.subject);
      }
    }
  }
  return data.getQuads(null, namedNode(RDFNS.type), null, null).filter((q) => classes.has(nodeKey(q.object))).map((q) => q.subject);
}

/**
 * The shapes with each node shape's targets (SHACL §2.1.3) replaced by sh:targetNode for the targets among the
 * focus nodes: validation then visits only them. A shape that is itself a class (implicit class target) keeps it.
 */
export function focusedShapes(shapes: Store, data: Store, focus: ReadonlySet<string>): Store {
  const out = new Store();
  const targets = new Map<string, { shape: RDF.Quad_Subject; nodes: Map<string, RDF.Term> }>();
  for (const q of shapes) {
    const kind = (Object.values(TARGETS) as string[]).find((t) => t === q.predicate.value);
    if (!kind) {
      out.addQuad(q);
      continue;
    }
    const entry = targets.get(nodeKey(q.subject)) ?? { shape: q.subject, nodes: new Map() };
    targets.set(nodeKey(q.subject), entry);
    let nodes: RDF.Term[] = [];
    if (kind === TARGETS.targetNode) nodes = [q.object];
    else if (kind === TARGETS.targetClass) nodes = instances(data, q.object);
    else if (kind === TARGETS.targetSubjectsOf) nodes = data.getQuads(null, q.object as RDF.Quad_Predicate, null, null).map((d) => d.subject);
    else nodes = data.getQuads(null, q.object as RDF.Quad_Predicate, null, null).map((d) => d.object);
    for (const n of nodes) if (focus.has(nodeKey(n))) entry.nodes.set(nodeKey(n), n);
  }
  for (const { shape, nodes } of targets.values()) {
    for (const n of nodes.values()) out.addQuad(shape, namedNode(TARGETS.targetNode), n as RDF.Quad_Object);
  }
  return out;
}

/**
 * The triples SHACL reads when it checks the focus nodes (see the module comment): theirs, the rdf:type of
 * their values, and the class hierarchy (sh:class follows rdfs:subClassOf). Validating this graph instead of
 * the whole data keeps a write's check proportional to what it touched.
 */
export function neighbourhood(data: Store, focus: ReadonlySet<string>): Store {
  const out = new Store();
  const type = namedNode(RDFNS.type);
  for (const subject of data.getSubjects(null, null, null)) {
    if (!focus.has(nodeKey(subject))) continue;
    for (const q of data.getQuads(subject, null, null, null)) {
      out.addQuad(q);
      if (q.object.termType !== 'Literal') out.addQuads(data.getQuads(q.object as never, type, null, null));
    }
  }
  out.addQuads(data.getQuads(null, namedNode(RDFS.subClassOf), null, null));
  return out;
}
