/**
 * Counts of a store: distinct triples, subjects, properties and objects of
 * the union of all graphs, entities per class and triples per graph. They
 * feed `kb stats`, the SPARQL service description and the VoID description.
 * The SPARQL lives in ./queries/*.rq, loaded by name.
 */
import { derived } from './derived';
import path from 'node:path';
import { DataFactory } from './n3';
import { CDKG_NS } from '../../ontology/namespaces';
import { QueryLibrary } from './query-library';
import type { Binding, KnowledgeStore } from './types';

export interface StoreStats {
  /** Quads stored: a triple held by two graphs counts twice. */
  readonly quads: number;
  /** Distinct triples of the union of all graphs (VoID §4.5 void:triples). */
  readonly triples: number;
  readonly distinctSubjects: number;
  readonly properties: number;
  readonly distinctObjects: number;
  readonly classes: readonly { readonly class: string; readonly entities: number }[];
  readonly graphs: readonly { readonly graph: string; readonly triples: number }[];
}

const QUERIES = new QueryLibrary<'totals' | 'entities-per-class' | 'triples-per-graph'>(path.join(__dirname, 'queries'));

const count = (row: Binding | undefined, variable: string): number => Number(row?.[variable]?.value ?? 0);

/**
 * Counts per store, computed once per version of the store (./derived.ts) and shared by
 * `kb stats`, the service description and the VoID description.
 */
export const storeStats: (store: KnowledgeStore) => Promise<StoreStats> = derived(compute);

async function compute(store: KnowledgeStore): Promise<StoreStats> {
  const [[totals], classes, graphs, quads] = await Promise.all([
    QUERIES.select(store, 'totals'),
    QUERIES.select(store, 'entities-per-class', { namespace: DataFactory.literal(CDKG_NS) }),
    QUERIES.select(store, 'triples-per-graph'),
    store.size(),
  ]);
  return {
    quads,
    triples: count(totals, 'triples'),
    distinctSubjects: count(totals, 'subjects'),
    properties: count(totals, 'properties'),
    distinctObjects: count(totals, 'objects'),
    classes: classes.map((b) => ({ class: b.class.value, entities: count(b, 'entities') })),
    graphs: graphs.map((b) => ({ graph: b.graph.value, triples: count(b, 'triples') })),
  };
}
