/**
 * A small in-memory description of RDF resources that writes itself as
 * deterministic Turtle through n3's Writer. Generated files are committed and
 * compared with a fresh generation in a test, so the output must not depend on
 * insertion order: subjects, predicates and objects are sorted, and nested
 * blank nodes and lists (SHACL property shapes, `owl:unionOf`) are written
 * inline with the Writer's `blank()` and `list()` so no blank node label
 * appears in the file.
 */
import { DataFactory, Writer } from 'n3';
import type * as RDF from '@rdfjs/types';
import { PREFIXES, RDF as RDFNS } from './namespaces';

const { namedNode, literal } = DataFactory;

/** An object position: a term, an inline blank node, or an RDF list. */
export type Obj = RDF.NamedNode | RDF.Literal | { readonly blank: readonly (readonly [string, Obj])[] } | { readonly list: readonly Obj[] };

export const iri = (value: string): RDF.NamedNode => namedNode(value);
export const en = (value: string): RDF.Literal => literal(value, 'en');
export const str = (value: string): RDF.Literal => literal(value);
export const typed = (value: string, datatype: string): RDF.Literal => literal(value, namedNode(datatype));
export const blank = (...pairs: (readonly [string, Obj])[]): Obj => ({ blank: pairs });
export const list = (items: readonly Obj[]): Obj => ({ list: items });

/** A sort key that orders terms by kind and value and blank nodes by their content. */
function key(o: Obj): string {
  if ('list' in o) return `3(${o.list.map(key).join(' ')})`;
  if ('blank' in o) return `2[${sortPairs(o.blank).map(([p, v]) => `${p} ${key(v)}`).join(';')}]`;
  if (o.termType === 'NamedNode') return `0<${o.value}>`;
  return `1"${o.value}"@${o.language}^^${o.datatype.value}`;
}

/** Code-unit order: unlike localeCompare it is the same on every machine. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** rdf:type first (read as `a`), then predicates by IRI, then objects by key. */
function sortPairs(pairs: readonly (readonly [string, Obj])[]): (readonly [string, Obj])[] {
  const rank = (p: string) => (p === RDFNS.type ? `0${p}` : `1${p}`);
  return [...pairs].sort((a, b) => cmp(rank(a[0]), rank(b[0])) || cmp(key(a[1]), key(b[1])));
}

export class Description {
  private readonly subjects = new Map<string, (readonly [string, Obj])[]>();

  add(subject: string, predicate: string, ...objects: Obj[]): this {
    const pairs = this.subjects.get(subject) ?? [];
    for (const o of objects) pairs.push([predicate, o]);
    this.subjects.set(subject, pairs);
    return this;
  }

  /** Every statement added so far, as (subject, predicate, object), in insertion order. */
  entries(): (readonly [string, string, Obj])[] {
    return [...this.subjects].flatMap(([s, pairs]) => pairs.map(([p, o]) => [s, p, o] as const));
  }

  /** Writes Turtle; `first` (the document's own IRI) leads, the other subjects follow sorted by IRI. */
  toTurtle(first?: string): Promise<string> {
    const writer = new Writer({ prefixes: { ...PREFIXES } });
    const toTerm = (o: Obj): RDF.Quad_Object => {
      // @types/n3 declares list() as returning an array; it returns one list expression the Writer inlines.
      if ('list' in o) return writer.list(o.list.map(toTerm)) as unknown as RDF.Quad_Object;
      if ('blank' in o) return writer.blank(sortPairs(o.blank).map(([p, v]) => ({ predicate: namedNode(p), object: toTerm(v) })));
      return o;
    };
    const order = [...this.subjects.keys()].sort((a, b) => (a === first ? -1 : b === first ? 1 : cmp(a, b)));
    for (const s of order) {
      for (const [p, o] of sortPairs(this.subjects.get(s) ?? [])) writer.addQuad(namedNode(s), namedNode(p), toTerm(o));
    }
    return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
  }
}
