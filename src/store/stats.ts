/**
 * Counts for `kb stats`: triples, entities per class and triples per graph.
 * The SPARQL lives in ./queries/*.rq, loaded by name.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { KnowledgeStore, QueryResult } from './types';

export interface StoreStats {
  readonly triples: number;
  readonly classes: readonly { readonly class: string; readonly entities: number }[];
  readonly graphs: readonly { readonly graph: string; readonly triples: number }[];
}

const QUERIES_DIR = path.join(__dirname, 'queries');

/** The text of an internal query, by file stem. */
export function storeQuery(name: string): string {
  return fs.readFileSync(path.join(QUERIES_DIR, `${name}.rq`), 'utf8');
}

function rows(result: QueryResult, name: string): readonly Record<string, { value: string }>[] {
  if (result.kind !== 'select') throw new TypeError(`Query ${name} must be a SELECT query`);
  return result.bindings;
}

export async function storeStats(store: KnowledgeStore): Promise<StoreStats> {
  const classes = rows(await store.query(storeQuery('entities-per-class')), 'entities-per-class').map((b) => ({
    class: b.class.value,
    entities: Number(b.entities.value),
  }));
  const graphs = rows(await store.query(storeQuery('triples-per-graph')), 'triples-per-graph').map((b) => ({
    graph: b.graph.value,
    triples: Number(b.triples.value),
  }));
  return { triples: await store.size(), classes, graphs };
}
