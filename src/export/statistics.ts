/**
 * Statistics of the dataset for its VoID description (and for the SPARQL
 * service description's default dataset), computed by the queries in
 * ./queries over the union of all graphs, counting each triple once.
 */
import { derived } from '../store/derived';
import { DataFactory } from '../store/n3';
import { ID_NS, WD } from '../../ontology/namespaces';
import type { KnowledgeStore } from '../store/types';
import { storeStats } from '../store/stats';
import { EXPORT_QUERIES } from './queries';

const { literal } = DataFactory;

export interface DatasetStatistics {
  readonly triples: number;
  readonly entities: number;
  readonly distinctSubjects: number;
  readonly distinctObjects: number;
  readonly properties: number;
  readonly classes: number;
  /** Class IRI → distinct instances, and of those the entities (IRIs in the URI space), by class IRI. */
  readonly classPartitions: ReadonlyArray<{ readonly class: string; readonly distinctSubjects: number; readonly entities: number }>;
  /** Property IRI → distinct triples, by property IRI. */
  readonly propertyPartitions: ReadonlyArray<{ readonly property: string; readonly triples: number }>;
  /** One entity per class (the first by IRI), by class IRI. */
  readonly examples: readonly string[];
  /** Distinct triples of each loaded graph (one per file, the ontology included), by graph IRI. */
  readonly graphs: ReadonlyArray<{ readonly graph: string; readonly triples: number }>;
  /** Links to Wikidata per linking predicate. */
  readonly wikidataLinks: ReadonlyArray<{ readonly predicate: string; readonly triples: number }>;
}

const count = (row: Record<string, { value: string }> | undefined, variable: string): number => Number(row?.[variable]?.value ?? 0);

/**
 * Statistics per store, computed once per version of the store (src/store/derived.ts):
 * the VoID description is asked for by every crawler.
 */
export const datasetStatistics: (store: KnowledgeStore) => Promise<DatasetStatistics> = derived(compute);

async function compute(store: KnowledgeStore): Promise<DatasetStatistics> {
  const space = { space: literal(ID_NS) };
  const size = await storeStats(store);
  const [classes] = await EXPORT_QUERIES.select(store, 'classes');
  const [entities] = await EXPORT_QUERIES.select(store, 'entities', space);
  const classPartitions = await EXPORT_QUERIES.select(store, 'class-partitions', space);
  const propertyPartitions = await EXPORT_QUERIES.select(store, 'property-partitions');
  const examples = await EXPORT_QUERIES.select(store, 'examples', space);
  const links = await EXPORT_QUERIES.select(store, 'links', { target: literal(WD.$ns) });
  return {
    triples: size.triples,
    entities: count(entities, 'entities'),
    distinctSubjects: size.distinctSubjects,
    distinctObjects: size.distinctObjects,
    properties: size.properties,
    classes: count(classes, 'classes'),
    classPartitions: classPartitions.map((r) => ({ class: r.class.value, distinctSubjects: count(r, 'subjects'), entities: count(r, 'entities') })),
    propertyPartitions: propertyPartitions.map((r) => ({ property: r.property.value, triples: count(r, 'triples') })),
    examples: [...new Set(examples.map((r) => r.example.value))].sort(),
    graphs: size.graphs,
    wikidataLinks: links.map((r) => ({ predicate: r.predicate.value, triples: count(r, 'triples') })),
  };
}
