/**
 * Term utilities every layer shares: a stable string key per term (for
 * de-duplication, indexing and ordering) and quad de-duplication.
 */
import type * as RDF from '@rdfjs/types';

/** An N-Triples-like key of a term, for de-duplication and ordering. */
export function termKey(t: RDF.Term): string {
  switch (t.termType) {
    case 'Literal':
      return `"${t.value}"${t.language ? `@${t.language}` : `^^<${t.datatype.value}>`}`;
    case 'BlankNode':
      return `_:${t.value}`;
    case 'DefaultGraph':
      return '';
    case 'Quad':
      return `<<${termKey(t.subject)} ${termKey(t.predicate)} ${termKey(t.object)}>>`;
    default:
      return `<${t.value}>`;
  }
}

function quadKey(q: RDF.Quad): string {
  return `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)} ${termKey(q.graph)}`;
}

/**
 * The quads without duplicates, in their first-seen order. Needed because
 * Oxigraph's union default graph yields a triple once per graph holding it,
 * while SPARQL (§13.2) makes the default graph a merge, i.e. a set.
 */
export function distinct(quads: readonly RDF.Quad[]): RDF.Quad[] {
  const seen = new Set<string>();
  const out: RDF.Quad[] = [];
  for (const q of quads) {
    const key = quadKey(q);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(q);
    }
  }
  return out;
}

/**
 * Whether a string is an absolute IRI that SPARQL and Turtle can write
 * between angle brackets: a scheme (RFC 3987 §2.2) and none of the characters
 * the IRIREF production excludes (SPARQL 1.1 §19.8, [139]).
 */
export function isAbsoluteIri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|^`\\\u0000-\u0020]*$/.test(value);
}
