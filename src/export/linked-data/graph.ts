/**
 * A small read-only index over the triples of one description, with the
 * look-ups the view models need (objects of a subject and predicate, labels).
 * Descriptions are a few hundred triples, so plain maps are enough.
 */
import type * as RDF from '@rdfjs/types';
import { compact, RDF as RDFNS, RDFS, SKOS } from '../../../ontology/namespaces';
import { termKey } from '../../store/terms';

export class DescriptionGraph {
  private readonly bySubject = new Map<string, RDF.Quad[]>();
  private readonly byObject = new Map<string, RDF.Quad[]>();

  constructor(readonly quads: readonly RDF.Quad[]) {
    for (const q of quads) {
      push(this.bySubject, termKey(q.subject), q);
      push(this.byObject, termKey(q.object), q);
    }
  }

  /** Triples whose subject is the term. */
  outgoing(subject: RDF.Term): readonly RDF.Quad[] {
    return this.bySubject.get(termKey(subject)) ?? [];
  }

  /** Triples whose object is the term. */
  incoming(object: RDF.Term): readonly RDF.Quad[] {
    return this.byObject.get(termKey(object)) ?? [];
  }

  objects(subject: RDF.Term, predicate: string): RDF.Term[] {
    return this.outgoing(subject).filter((q) => q.predicate.value === predicate).map((q) => q.object);
  }

  object(subject: RDF.Term, predicate: string): RDF.Term | undefined {
    return this.objects(subject, predicate)[0];
  }

  subjects(predicate: string, object: RDF.Term): RDF.Term[] {
    return this.incoming(object).filter((q) => q.predicate.value === predicate).map((q) => q.subject);
  }

  types(subject: RDF.Term): string[] {
    return this.objects(subject, RDFNS.type).filter((t) => t.termType === 'NamedNode').map((t) => t.value);
  }

  has(subject: RDF.Term): boolean {
    return this.bySubject.has(termKey(subject));
  }

  /**
   * The best human label of a term: an English rdfs:label, then an untagged
   * one, then any, then skos:prefLabel; the compact IRI when there is none.
   */
  label(term: RDF.Term): string {
    if (term.termType === 'Literal') return term.value;
    const literals = (p: string) => this.objects(term, p).filter((t): t is RDF.Literal => t.termType === 'Literal');
    const best = (labels: RDF.Literal[]) => labels.find((l) => l.language === 'en') ?? labels.find((l) => l.language === '') ?? labels[0];
    const pick = best(literals(RDFS.label)) ?? best(literals(SKOS.prefLabel));
    return pick ? pick.value : compact(term.value);
  }
}

function push(map: Map<string, RDF.Quad[]>, key: string, q: RDF.Quad): void {
  const list = map.get(key);
  if (list) list.push(q);
  else map.set(key, [q]);
}

/** Sorts triples by subject, predicate and object so that every response for the same data is byte-identical. */
export function sortQuads(quads: readonly RDF.Quad[]): RDF.Quad[] {
  const key = (q: RDF.Quad) => `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`;
  return [...quads].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
