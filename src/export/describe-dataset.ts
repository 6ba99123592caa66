/**
 * The dataset description: VoID (W3C Interest Group Note "Describing Linked
 * Datasets with the VoID Vocabulary") and DCAT 3 (W3C Recommendation) in one
 * graph about DATASET_IRI, typed both void:Dataset and dcat:Dataset. The
 * public base (where the server answers) is a parameter, so the endpoint and
 * dump URLs are those of the running server.
 */
import { DataFactory } from '../store/n3';
import type * as RDF from '@rdfjs/types';
import { DATASET_IRI, DCT, LICENSES, RDFS, XSD } from '../../ontology/namespaces';
import { ONTOLOGY_META } from '../../ontology/model';
import type { KnowledgeStore } from '../store/types';
import { dcatQuads } from './dcat';
import { dumps } from './dumps';
import { EXPORT_QUERIES } from './queries';
import { distinct } from '../store/terms';
import { datasetStatistics } from './statistics';
import { voidQuads } from './void';

const { namedNode, literal, quad } = DataFactory;

export interface DescriptionOptions {
  /** The base URL the server answers at, such as `http://localhost:8080/`. */
  readonly publicBase: string;
  /** The SPARQL endpoint; `<publicBase>sparql` unless given. */
  readonly sparqlEndpoint?: string;
  /** When the data last changed (xsd:date); the issue date unless given. */
  readonly modified?: string;
}

/** What the description says about the dataset itself. */
export const DATASET_META = {
  title: 'Cyber Diplomacy Knowledge Graph (CDKG)',
  description: 'Who does what in the international governance of cyberspace: states, unions and organisations, the conventions, resolutions and laws they sign, promote or oppose, and the diplomatic processes they take part in. Every fact carries its source and the quoted text it rests on.',
  /** The publisher: the agent that also creates the ontology. */
  publisher: ONTOLOGY_META.creator,
  publisherName: ONTOLOGY_META.creatorName,
  issued: ONTOLOGY_META.issued,
} as const;

export type Emit = (s: RDF.Quad_Subject, p: string, o: RDF.Quad_Object) => void;

/**
 * Builds the description's quads (default graph): what the data says about
 * the dataset (data/dataset.ttl is the source of truth for its title,
 * description, publisher and licence), the defaults of DATASET_META for
 * whatever it leaves out, and the VoID statistics and DCAT distributions.
 */
export async function describeDataset(store: KnowledgeStore, options: DescriptionOptions): Promise<RDF.Quad[]> {
  const dataset = namedNode(DATASET_IRI);
  const out: RDF.Quad[] = await EXPORT_QUERIES.construct(store, 'dataset-facts', { dataset });
  const stated = new Set(out.filter((q) => q.subject.equals(dataset)).map((q) => q.predicate.value));
  const emit: Emit = (s, p, o) => out.push(quad(s, namedNode(p), o));
  const fallback = (p: string, make: () => RDF.Quad_Object) => {
    if (!stated.has(p)) emit(dataset, p, make());
  };
  fallback(DCT.title, () => literal(DATASET_META.title, 'en'));
  fallback(DCT.description, () => literal(DATASET_META.description, 'en'));
  fallback(DCT.publisher, () => {
    const publisher = namedNode(DATASET_META.publisher);
    emit(publisher, RDFS.label, literal(DATASET_META.publisherName, 'en'));
    return publisher;
  });
  fallback(DCT.license, () => namedNode(LICENSES.data));
  fallback(DCT.issued, () => literal(DATASET_META.issued, namedNode(XSD.date)));
  fallback(DCT.modified, () => literal(options.modified ?? DATASET_META.issued, namedNode(XSD.date)));

  const sparqlEndpoint = options.sparqlEndpoint ?? new URL('sparql', options.publicBase).href;
  const [statistics, files] = await Promise.all([datasetStatistics(store), dumps(store)]);
  const fragments = new URL('fragments', options.publicBase).href;
  voidQuads(emit, { statistics, dumps: files, publicBase: options.publicBase, sparqlEndpoint, fragments });
  dcatQuads(emit, { dumps: files, publicBase: options.publicBase, sparqlEndpoint });
  return distinct(out);
}
