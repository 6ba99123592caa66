/** The linked-data layer's internal SPARQL queries (./queries/*.rq), by name. */
import path from 'node:path';
import { QueryLibrary } from '../../store/query-library';

export type QueryName = 'describe-entity' | 'describe-term' | 'term-usage' | 'class-counts' | 'ontology-graph' | 'resolve-actor' | 'actors' | 'source-quotes';

export const LINKED_DATA_QUERIES = new QueryLibrary<QueryName>(path.join(__dirname, 'queries'));
