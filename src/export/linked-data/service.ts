/**
 * The SPARQL service description as the endpoint serves it: what the
 * endpoint can write (every result format and RDF syntax that has a W3C
 * format IRI) and the statistics of its dataset.
 */
import type * as RDF from '@rdfjs/types';
import { serviceDescription, type ServiceFeatures } from '../../sparql/description';
import { RESULT_FORMATS } from '../../sparql/results';
import type { StoreStats } from '../../store/stats';
import { SERIALISERS } from '../index';

/** The description of the endpoint at `endpoint` (an absolute URL from configuration, never from the request). */
export function endpointDescription(endpoint: string, stats: StoreStats, features: ServiceFeatures): RDF.Quad[] {
  const formatIris = [...RESULT_FORMATS, ...SERIALISERS].flatMap((f) => (f.formatIri === undefined ? [] : [f.formatIri]));
  return serviceDescription(endpoint, formatIris, stats, features);
}
