/**
 * The DCAT 3 part of the dataset description: one dcat:Distribution per
 * dump (download URL, media type, compression, byte size, SPDX checksum;
 * DCAT 3 §6.8) and a dcat:DataService for the SPARQL endpoint (§6.9).
 */
import { DataFactory } from 'n3';
import { DATASET_IRI, DCAT, DCT, FORMATS, LICENSES, RDF as RDFNS, SD, SPDX, XSD, mediaTypeIri } from '../../ontology/namespaces';
import type { Emit } from './describe-dataset';
import { dumpUrl, type Dump } from './dumps';
import type { SerialiserName } from './serialiser';

const { namedNode, literal, blankNode } = DataFactory;

/** The W3C format IRIs (https://www.w3.org/ns/formats/) of the dump formats, for dct:format. */
const FORMAT_IRI: Readonly<Record<SerialiserName, string>> = {
  turtle: FORMATS.Turtle,
  ntriples: FORMATS['N-Triples'],
  nquads: FORMATS['N-Quads'],
  trig: FORMATS.TriG,
  jsonld: FORMATS['JSON-LD'],
  rdfxml: FORMATS.RDF_XML,
};

const FORMAT_TITLE: Readonly<Record<SerialiserName, string>> = {
  turtle: 'Turtle',
  ntriples: 'N-Triples',
  nquads: 'N-Quads',
  trig: 'TriG',
  jsonld: 'JSON-LD',
  rdfxml: 'RDF/XML',
};

/** A distribution's IRI: a fragment of the dataset IRI. */
export const distributionIri = (format: SerialiserName) => `${DATASET_IRI}#dump-${format}`;
/** The SPARQL service's IRI: a fragment of the dataset IRI. */
export const SPARQL_SERVICE = `${DATASET_IRI}#sparql`;

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
    const dist = namedNode(distributionIri(d.format));
    const url = namedNode(dumpUrl(input.publicBase, d.fileName));
    emit(dataset, DCAT.distribution, dist);
    emit(dist, RDFNS.type, namedNode(DCAT.Distribution));
    emit(dist, DCT.title, literal(`CDKG in ${FORMAT_TITLE[d.format]}, gzip-compressed`, 'en'));
    emit(dist, DCAT.downloadURL, url);
    emit(dist, DCAT.accessURL, url);
    emit(dist, DCAT.mediaType, namedNode(mediaTypeIri(d.mediaType)));
    emit(dist, DCAT.compressFormat, namedNode(mediaTypeIri(d.compressFormat)));
    emit(dist, DCT.format, namedNode(FORMAT_IRI[d.format]));
    emit(dist, DCAT.byteSize, literal(String(d.byteSize), namedNode(XSD.nonNegativeInteger)));
    emit(dist, DCT.license, namedNode(LICENSES.data));
    const checksum = blankNode(`checksum-${d.format}`);
    emit(dist, SPDX.checksum, checksum);
    emit(checksum, RDFNS.type, namedNode(SPDX.Checksum));
    emit(checksum, SPDX.algorithm, namedNode(SPDX.checksumAlgorithm_sha256));
    emit(checksum, SPDX.checksumValue, literal(d.sha256, namedNode(XSD.hexBinary)));
  }
  const service = namedNode(SPARQL_SERVICE);
  emit(service, RDFNS.type, namedNode(DCAT.DataService));
  emit(service, RDFNS.type, namedNode(SD.Service));
  emit(service, DCT.title, literal('CDKG SPARQL 1.1 endpoint', 'en'));
  emit(service, DCAT.endpointURL, namedNode(input.sparqlEndpoint));
  emit(service, SD.endpoint, namedNode(input.sparqlEndpoint));
  emit(service, DCAT.servesDataset, dataset);
  emit(service, DCT.license, namedNode(LICENSES.data));
}
