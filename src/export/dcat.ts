/**
 * The DCAT 3 part of the dataset description: one dcat:Distribution per
 * dump (download URL, media type, compression, byte size, SPDX checksum;
 * DCAT 3 §6.8; a description says whether it keeps the named graphs) and a dcat:DataService for the SPARQL endpoint (§6.9).
 */
import { DataFactory } from '../store/n3';
import { DATASET_IRI, DATASET_PARTS, DCAT, DCT, LICENSES, RDF as RDFNS, SD, SPDX, XSD, mediaTypeIri } from '../../ontology/namespaces';
import type { Emit } from './describe-dataset';
import { dumpUrl, type Dump } from './dumps';
import { serialiser } from './index';

const { namedNode, literal, blankNode } = DataFactory;

export interface DcatInput {
  readonly dumps: readonly Dump[];
  readonly publicBase: string;
  readonly sparqlEndpoint: string;
}

export function dcatQuads(emit: Emit, input: DcatInput): void {
  const dataset = namedNode(DATASET_IRI);
  emit(dataset, RDFNS.type, namedNode(DCAT.Dataset));
  emit(dataset, DCAT.landingPage, namedNode(new URL(input.publicBase).href));
  for (const d of input.dumps) {
    const format = serialiser(d.format);
    const dist = namedNode(DATASET_PARTS.dump(d.format));
    const url = namedNode(dumpUrl(input.publicBase, d.fileName));
    emit(dataset, DCAT.distribution, dist);
    emit(dist, RDFNS.type, namedNode(DCAT.Distribution));
    emit(dist, DCT.title, literal(`CDKG in ${format.title}, gzip-compressed`, 'en'));
    emit(dist, DCT.description, literal(d.namedGraphs
      ? `The whole dataset in ${format.title}, each data file and the ontology in a named graph of its own.`
      : `The whole dataset in ${format.title}, its named graphs merged into one graph (${format.title} has no named graphs).`, 'en'));
    emit(dist, DCAT.downloadURL, url);
    emit(dist, DCAT.accessURL, url);
    emit(dist, DCAT.mediaType, namedNode(mediaTypeIri(d.mediaType)));
    emit(dist, DCAT.compressFormat, namedNode(mediaTypeIri(d.compressFormat)));
    emit(dist, DCT.format, namedNode(format.formatIri));
    emit(dist, DCAT.byteSize, literal(String(d.byteSize), namedNode(XSD.nonNegativeInteger)));
    emit(dist, DCT.license, namedNode(LICENSES.data));
    const checksum = blankNode(`checksum-${d.format}`);
    emit(dist, SPDX.checksum, checksum);
    emit(checksum, RDFNS.type, namedNode(SPDX.Checksum));
    emit(checksum, SPDX.algorithm, namedNode(SPDX.checksumAlgorithm_sha256));
    emit(checksum, SPDX.checksumValue, literal(d.sha256, namedNode(XSD.hexBinary)));
  }
  const service = namedNode(DATASET_PARTS.sparqlService);
  emit(service, RDFNS.type, namedNode(DCAT.DataService));
  emit(service, RDFNS.type, namedNode(SD.Service));
  emit(service, DCT.title, literal('CDKG SPARQL 1.1 endpoint', 'en'));
  emit(service, DCAT.endpointURL, namedNode(input.sparqlEndpoint));
  emit(service, SD.endpoint, namedNode(input.sparqlEndpoint));
  emit(service, DCAT.servesDataset, dataset);
  emit(service, DCT.license, namedNode(LICENSES.data));
}
