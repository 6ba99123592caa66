/**
 * The VoID part of the dataset description: access (SPARQL endpoint, dumps,
 * the Triple Pattern Fragments search form),
 * statistics with class and property partitions (VoID §4.5–4.6), vocabularies,
 * URI space and examples, every loaded graph as a subset (§3.3, so the subsets'
 * void:triples add up to the dataset's when no triple is in two graphs), and one
 * void:Linkset per predicate linking to Wikidata (§5).
 */
import { DataFactory } from '../store/n3';
import { DATASET_IRI, DATASET_PARTS, GRAPH_NS, ID_NS, PREFIXES, RDF as RDFNS, VOID, WD, WIKIDATA_DATASET, XSD, compact } from '../../ontology/namespaces';
import type { Emit } from './describe-dataset';
import { searchForm } from './hydra';
import { dumpUrl, type Dump } from './dumps';
import type { DatasetStatistics } from './statistics';

const { namedNode, literal, blankNode } = DataFactory;

const integer = (n: number) => literal(String(n), namedNode(XSD.integer));

/** Namespaces of CDKG's own resources, which are not vocabularies. */
const INSTANCE_NAMESPACES = new Set<string>([GRAPH_NS, WD.$ns, ...Object.values(PREFIXES).filter((ns) => ns.startsWith(ID_NS))]);

/** The vocabularies used: the known namespaces (longest match) of every class and property in use. */
function vocabularies(statistics: DatasetStatistics): string[] {
  const used = new Set<string>();
  for (const iri of [...statistics.classPartitions.map((c) => c.class), ...statistics.propertyPartitions.map((p) => p.property)]) {
    const ns = Object.values(PREFIXES)
      .filter((n) => iri.startsWith(n) && !INSTANCE_NAMESPACES.has(n))
      .sort((a, b) => b.length - a.length)[0];
    if (ns) used.add(ns);
  }
  return [...used].sort();
}

export interface VoidInput {
  readonly statistics: DatasetStatistics;
  readonly dumps: readonly Dump[];
  readonly publicBase: string;
  readonly sparqlEndpoint: string;
  /** The Triple Pattern Fragments interface (`<publicBase>fragments`). */
  readonly fragments: string;
}

export function voidQuads(emit: Emit, input: VoidInput): void {
  const { statistics: st } = input;
  const dataset = namedNode(DATASET_IRI);
  const a = RDFNS.type;
  emit(dataset, a, namedNode(VOID.Dataset));
  emit(dataset, VOID.sparqlEndpoint, namedNode(input.sparqlEndpoint));
  // The dataset can be read by triple pattern too: the TPF search form (the hypermedia control a TPF client starts from).
  for (const q of searchForm(dataset, input.fragments)) emit(q.subject, q.predicate.value, q.object);
  for (const d of input.dumps) emit(dataset, VOID.dataDump, namedNode(dumpUrl(input.publicBase, d.fileName)));
  emit(dataset, VOID.triples, integer(st.triples));
  emit(dataset, VOID.entities, integer(st.entities));
  emit(dataset, VOID.distinctSubjects, integer(st.distinctSubjects));
  emit(dataset, VOID.distinctObjects, integer(st.distinctObjects));
  emit(dataset, VOID.classes, integer(st.classes));
  emit(dataset, VOID.properties, integer(st.properties));
  emit(dataset, VOID.uriSpace, literal(ID_NS));
  for (const ns of vocabularies(st)) emit(dataset, VOID.vocabulary, namedNode(ns));
  for (const e of st.examples) emit(dataset, VOID.exampleResource, namedNode(e));
  st.classPartitions.forEach((c, i) => {
    const partition = blankNode(`class-partition-${i}`);
    emit(dataset, VOID.classPartition, partition);
    emit(partition, VOID.class, namedNode(c.class));
    emit(partition, VOID.distinctSubjects, integer(c.distinctSubjects));
    emit(partition, VOID.entities, integer(c.entities));
  });
  st.propertyPartitions.forEach((p, i) => {
    const partition = blankNode(`property-partition-${i}`);
    emit(dataset, VOID.propertyPartition, partition);
    emit(partition, VOID.property, namedNode(p.property));
    emit(partition, VOID.triples, integer(p.triples));
  });
  for (const g of st.graphs) {
    emit(dataset, VOID.subset, namedNode(g.graph));
    emit(namedNode(g.graph), a, namedNode(VOID.Dataset));
    emit(namedNode(g.graph), VOID.triples, integer(g.triples));
  }
  linksets(emit, st.wikidataLinks);
}

/**
 * One linkset per link predicate (VoID §5.1: the links of a linkset share one
 * void:linkPredicate, so its void:triples count that predicate's links). The
 * two datasets are named by void:subjectsTarget and void:objectsTarget only:
 * void:target would say the same again without the direction.
 */
function linksets(emit: Emit, links: DatasetStatistics['wikidataLinks']): void {
  const dataset = namedNode(DATASET_IRI);
  const wikidata = namedNode(WIKIDATA_DATASET);
  emit(wikidata, RDFNS.type, namedNode(VOID.Dataset));
  emit(wikidata, VOID.uriSpace, literal(WD.$ns));
  for (const l of links) {
    const set = namedNode(DATASET_PARTS.wikidataLinks(compact(l.predicate).replace(':', '-')));
    emit(dataset, VOID.subset, set);
    emit(set, RDFNS.type, namedNode(VOID.Linkset));
    emit(set, VOID.subjectsTarget, dataset);
    emit(set, VOID.objectsTarget, wikidata);
    emit(set, VOID.linkPredicate, namedNode(l.predicate));
    emit(set, VOID.triples, integer(l.triples));
  }
}
