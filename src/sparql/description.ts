/**
 * The SPARQL 1.1 Service Description of the endpoint
 * (https://www.w3.org/TR/sparql11-service-description/), with VoID
 * statistics of its default dataset (counted by src/store/stats.ts).
 */
import { DataFactory } from 'n3';
import type * as RDF from '@rdfjs/types';
import { RDF as RDFNS, SD, VOID, XSD } from '../../ontology/namespaces';
import type { StoreStats } from '../store/stats';

const { namedNode, blankNode, literal, quad } = DataFactory;

/**
 * The description as quads; `endpoint` is the URL the client reached,
 * `formatIris` the W3C format IRIs (https://www.w3.org/ns/formats/) of what
 * the endpoint can write, each stated once.
 */
export function serviceDescription(endpoint: string, formatIris: readonly string[], stats: StoreStats): RDF.Quad[] {
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
