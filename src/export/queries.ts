/** The export layer's internal SPARQL queries (./queries/*.rq), by name. */
import path from 'node:path';
import { QueryLibrary } from '../store/query-library';

export type ExportQuery = 'classes' | 'entities' | 'class-partitions' | 'property-partitions' | 'examples' | 'links' | 'dataset-facts' | 'changes' | 'last-change';

export const EXPORT_QUERIES = new QueryLibrary<ExportQuery>(path.join(__dirname, 'queries'));
