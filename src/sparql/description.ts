/**
 * The SPARQL 1.1 Service Description of the endpoint
 * (https://www.w3.org/TR/sparql11-service-description/), with VoID
 * statistics of its default dataset (counted by src/store/stats.ts).
 */
import { DataFactory } from '../store/n3';
import type * as RDF from '@rdfjs/types';
import { DCAT, DCT, RDF as RDFNS, SD, VOID, XSD } from '../../ontology/namespaces';
import type { StoreStats } from '../store/stats';

const { namedNode, blankNode, literal, quad } = DataFactory;

/** What the server offers besides queries, as the configuration decides it. */
export interface ServiceFeatures {
  /** SERVICE is executed (an allowlist is set): sd:BasicFederatedQuery (Service Description §3.2.4). */
  readonly federation: boolean;
  /** Where SPARQL Update is accepted (writes are configured), as a service of its own with sd:SPARQL11Update. */
  readonly updateEndpoint?: string;
  /**
   * Where the Graph Store Protocol is served. Service Description has no term for it, so it is a DCAT data service
   * that conforms to the protocol's specification.
   */
  readonly graphStore?: string;
}

/** The Graph Store HTTP Protocol, as DCAT's dct:conformsTo names a standard. */
const GRAPH_STORE_PROTOCOL = 'https://www.w3.org/TR/sparql11-http-rdf-update/';

/**
 * The description as quads; `endpoint` is the URL the client reached,
 * `formatIris` the W3C format IRIs (https://www.w3.org/ns/formats/) of what
 * the endpoint can write, each stated once.
 */
export function serviceDescription(endpoint: string, formatIris: readonly string[], stats: StoreStats, features: ServiceFeatures): RDF.Quad[] {
  const service = namedNode(endpoint);
  const dataset = blankNode('dataset');
  const defaultGraph = blankNode('defaultGraph');
  const int = (n: number) => literal(String(n), namedNode(XSD.integer));
  const out: RDF.Quad[] = [
    quad(service, namedNode(RDFNS.type), namedNode(SD.Service)),
    quad(service, namedNode(SD.endpoint), service),
    quad(service, namedNode(SD.supportedLanguage), namedNode(SD.SPARQL11Query)),
    // Without a dataset in the request, the default graph is the union of all named graphs.
    quad(service, namedNode(SD.feature), namedNode(SD.UnionDefaultGraph)),
    ...(features.federation ? [quad(service, namedNode(SD.feature), namedNode(SD.BasicFederatedQuery))] : []),
    ...[...new Set(formatIris)].map((f) => quad(service, namedNode(SD.resultFormat), namedNode(f))),
    quad(service, namedNode(SD.defaultDataset), dataset),
    quad(dataset, namedNode(RDFNS.type), namedNode(SD.Dataset)),
    quad(dataset, namedNode(RDFNS.type), namedNode(VOID.Dataset)),
    quad(dataset, namedNode(VOID.sparqlEndpoint), service),
    quad(dataset, namedNode(VOID.triples), int(stats.triples)),
    quad(dataset, namedNode(VOID.distinctSubjects), int(stats.distinctSubjects)),
    quad(dataset, namedNode(VOID.properties), int(stats.properties)),
    quad(dataset, namedNode(VOID.distinctObjects), int(stats.distinctObjects)),
    quad(dataset, namedNode(SD.defaultGraph), defaultGraph),
    quad(defaultGraph, namedNode(RDFNS.type), namedNode(SD.Graph)),
    quad(defaultGraph, namedNode(VOID.triples), int(stats.triples)),
  ];
  if (features.updateEndpoint) {
    const update = namedNode(features.updateEndpoint);
    out.push(
      quad(update, namedNode(RDFNS.type), namedNode(SD.Service)),
      quad(update, namedNode(SD.endpoint), update),
      quad(update, namedNode(SD.supportedLanguage), namedNode(SD.SPARQL11Update)),
      quad(update, namedNode(SD.defaultDataset), dataset),
    );
  }
  if (features.graphStore) {
    const store = namedNode(features.graphStore);
    out.push(
      quad(store, namedNode(RDFNS.type), namedNode(DCAT.DataService)),
      quad(store, namedNode(DCAT.endpointURL), store),
      quad(store, namedNode(DCT.conformsTo), namedNode(GRAPH_STORE_PROTOCOL)),
      quad(store, namedNode(DCAT.servesDataset), dataset),
    );
  }
  stats.graphs.forEach((g, i) => {
    const named = blankNode(`namedGraph${i}`);
    const graph = blankNode(`graph${i}`);
    out.push(
      quad(dataset, namedNode(SD.namedGraph), named),
      quad(named, namedNode(RDFNS.type), namedNode(SD.NamedGraph)),
      quad(named, namedNode(SD.name), namedNode(g.graph)),
      quad(named, namedNode(SD.graph), graph),
      quad(graph, namedNode(RDFNS.type), namedNode(SD.Graph)),
      quad(graph, namedNode(VOID.triples), int(g.triples)),
    );
  });
  return out;
}
