/**
 * RDF terms and triples written into SPARQL Update text (SPARQL 1.1 Query
 * §19.5-19.7), and an update split into requests of bounded size. Strings
 * use the ECHAR escapes only: `\u` escapes are undone before a SPARQL text is
 * parsed (§19.2), so `\u0022` would end the string.
 */
import type * as RDF from '@rdfjs/types';
import { XSD } from '../../../ontology/namespaces';
import { InternalError } from '../../errors';

const ECHAR: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

export function termText(t: RDF.Term, blank: (label: string) => string = (l) => l): string {
  switch (t.termType) {
    case 'NamedNode':
      return `<${t.value}>`;
    case 'BlankNode':
      return `_:${blank(t.value)}`;
    case 'Literal': {
      const s = `"${t.value.replace(/[\\"\n\r\t\b\f]/g, (c) => ECHAR[c])}"`;
      if (t.language) return `${s}@${t.language}`;
      return t.datatype.value === XSD.string ? s : `${s}^^<${t.datatype.value}>`;
    }
    default:
      throw new InternalError(`A ${t.termType} cannot be written into a remote store`);
  }
}

/** Triples as N-Triples lines (also Turtle), blank node labels made safe for any parser (b0, b1, …, one per label). */
export function tripleLines(quads: readonly RDF.Quad[]): string[] {
  const labels = new Map<string, string>();
  const blank = (l: string) => {
    let out = labels.get(l);
    if (!out) labels.set(l, (out = `b${labels.size}`));
    return out;
  };
  return quads.map((q) => `${termText(q.subject, blank)} ${termText(q.predicate, blank)} ${termText(q.object, blank)} .`);
}

const hasBlank = (q: RDF.Quad) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode';

/**
 * Triples in groups of at most `size`, the triples that share a blank node always in one group (which may then be
 * larger): each request of an update gets fresh blank nodes for its labels, so a node split over two requests would
 * become two nodes.
 */
export function chunks(quads: readonly RDF.Quad[], size: number): RDF.Quad[][] {
  // Union-find over blank node labels: the triples of one connected set of blank nodes stay together.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root) as string;
    parent.set(x, root);
    return root;
  };
  for (const q of quads) {
    const blanks = [q.subject, q.object].filter((t) => t.termType === 'BlankNode').map((t) => t.value);
    for (const b of blanks) if (!parent.has(b)) parent.set(b, b);
    if (blanks.length === 2) parent.set(find(blanks[0]), find(blanks[1]));
  }
  const groups = new Map<string, RDF.Quad[]>();
  const plain: RDF.Quad[][] = [];
  for (const q of quads) {
    if (!hasBlank(q)) {
      if (plain.length === 0 || plain[plain.length - 1].length >= size) plain.push([]);
      plain[plain.length - 1].push(q);
      continue;
    }
    const key = find((q.subject.termType === 'BlankNode' ? q.subject : q.object).value);
    const group = groups.get(key);
    if (group) group.push(q);
    else groups.set(key, [q]);
  }
  // The groups of blank nodes packed together up to `size`.
  const out = [...plain];
  let current: RDF.Quad[] = [];
  for (const g of groups.values()) {
    if (current.length && current.length + g.length > size) {
      out.push(current);
      current = [];
    }
    current = current.concat(g);
  }
  if (current.length) out.push(current);
  return out;
}

/** Whether a set of triples holds a blank node (Virtuoso refuses them in INSERT DATA; see insertText). */
export const anyBlank = (quads: readonly RDF.Quad[]) => quads.some(hasBlank);

/**
 * An update adding triples to a graph. INSERT DATA when no blank node is involved; otherwise INSERT … WHERE {},
 * which means the same (one solution, the template's blank nodes fresh, SPARQL 1.1 Update §3.1.3) and which
 * Virtuoso 7 accepts (it refuses blank nodes in INSERT DATA, "not allowed in a constant clause").
 */
export function insertText(graph: string, quads: readonly RDF.Quad[]): string {
  const body = `GRAPH <${graph}> {\n${tripleLines(quads).join('\n')}\n}`;
  return anyBlank(quads) ? `INSERT {\n${body}\n} WHERE {}` : `INSERT DATA {\n${body}\n}`;
}

/** An update removing ground triples from a graph (DELETE DATA holds no blank node, SPARQL 1.1 Update §3.1.2). */
export function deleteText(graph: string, quads: readonly RDF.Quad[]): string {
  return `DELETE DATA {\nGRAPH <${graph}> {\n${tripleLines(quads).join('\n')}\n}\n}`;
}
