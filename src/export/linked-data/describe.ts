/**
 * What a CDKG IRI returns when dereferenced: the concise bounded description
 * of an entity, or the description of an ontology term with examples of its
 * use in the data. Both are plain triples, sorted, ready for any serialiser.
 */
import type * as RDF from '@rdfjs/types';
import { DataFactory } from '../../store/n3';
import { OWL, RDFS } from '../../../ontology/namespaces';
import type { KnowledgeStore } from '../../store/types';
import { sortQuads } from './graph';
import { termKey } from '../../store/terms';
import { LINKED_DATA_QUERIES } from './queries';

const { namedNode, quad } = DataFactory;

/** How many examples of use a term description carries. */
const EXAMPLES_PER_TERM = 5;

/** The entity's description, or undefined when the store says nothing about the IRI. */
export async function describeEntity(store: KnowledgeStore, iri: string): Promise<RDF.Quad[] | undefined> {
  const entity = namedNode(iri);
  const quads = await LINKED_DATA_QUERIES.construct(store, 'describe-entity', { entity });
  // Known means described: an IRI that is only ever an object (a Wikidata item, say) is not ours to describe.
  if (!quads.some((q) => q.subject.equals(entity))) return undefined;
  return sortQuads(quads);
}

/** One example of a term's use: a triple of the data and the labels of its ends. */
export interface UsageExample {
  readonly term: string;
  readonly triple: RDF.Quad;
  readonly subjectLabel?: RDF.Literal;
  readonly objectLabel?: RDF.Literal;
}

/** Examples of use of one term (or, without a term, of every CDKG term), at most `perTerm` each. */
export async function usageExamples(store: KnowledgeStore, term?: string, perTerm = EXAMPLES_PER_TERM): Promise<UsageExample[]> {
  const rows = await LINKED_DATA_QUERIES.select(store, 'term-usage', term ? { term: namedNode(term) } : {});
  const out: UsageExample[] = [];
  const seen = new Set<string>();
  const count = new Map<string, number>();
  for (const row of rows) {
    const t = row.term.value;
    const triple = quad(row.s as RDF.Quad_Subject, row.p as RDF.Quad_Predicate, row.o as RDF.Quad_Object);
    const key = `${t} ${row.s.value} ${row.p.value} ${row.o.value}`;
    // Several labels give several rows for one triple: the first row wins (rows are sorted).
    if (seen.has(key) || (count.get(t) ?? 0) >= perTerm) continue;
    seen.add(key);
    count.set(t, (count.get(t) ?? 0) + 1);
    out.push({ term: t, triple, subjectLabel: asLiteral(row.sLabel), objectLabel: asLiteral(row.oLabel) });
  }
  return out;
}

/** The term's triples from the ontology graph plus examples of its use; undefined for a term the ontology does not define. */
export async function describeTerm(store: KnowledgeStore, iri: string): Promise<RDF.Quad[] | undefined> {
  const term = namedNode(iri);
  const quads = await LINKED_DATA_QUERIES.construct(store, 'describe-term', { term });
  if (!quads.some((q) => q.subject.equals(term))) return undefined;
  const examples = await usageExamples(store, iri);
  const extra: RDF.Quad[] = [];
  for (const e of examples) {
    extra.push(e.triple);
    if (e.subjectLabel) extra.push(quad(e.triple.subject, namedNode(RDFS.label), e.subjectLabel));
    if (e.objectLabel && e.triple.object.termType === 'NamedNode') extra.push(quad(e.triple.object, namedNode(RDFS.label), e.objectLabel));
  }
  return sortQuads(dedupe([...quads, ...extra]));
}

/** The whole ontology graph (what /ontology serves). */
export async function ontologyGraph(store: KnowledgeStore): Promise<RDF.Quad[]> {
  return sortQuads(await LINKED_DATA_QUERIES.construct(store, 'ontology-graph'));
}

/**
 * The ontology graph when `versionIri` is its owl:versionIRI, else undefined:
 * only the current version is kept, so an older version IRI names nothing here.
 */
export async function ontologyVersionGraph(store: KnowledgeStore, versionIri: string): Promise<RDF.Quad[] | undefined> {
  const quads = await ontologyGraph(store);
  return quads.some((q) => q.predicate.value === OWL.versionIRI && q.object.termType === 'NamedNode' && q.object.value === versionIri) ? quads : undefined;
}

function asLiteral(t: RDF.Term | undefined): RDF.Literal | undefined {
  return t?.termType === 'Literal' ? t : undefined;
}

function dedupe(quads: readonly RDF.Quad[]): RDF.Quad[] {
  const seen = new Set<string>();
  return quads.filter((q) => {
    const key = `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
