/**
 * The property values of one entity, read through entity-values.rq and kept
 * per store (the data is read-only while it is served), for property
 * constraints and data extension.
 */
import type * as RDF from '@rdfjs/types';
import { DataFactory } from '../store/n3';
import type { KnowledgeStore } from '../store/types';
import { QUERIES } from './vocabulary';

export type Values = ReadonlyMap<string, readonly RDF.Term[]>;

/** Entities whose values are kept per store; past it the oldest are dropped (a large remote store must not fill memory). */
const KEPT = 5000;
const cache = new WeakMap<KnowledgeStore, Map<string, Promise<Values>>>();

export function entityValues(store: KnowledgeStore, iri: string): Promise<Values> {
  let kept = cache.get(store);
  if (!kept) {
    kept = new Map();
    cache.set(store, kept);
  }
  let pending = kept.get(iri);
  if (!pending) {
    pending = read(store, iri);
    const map = kept;
    pending.catch(() => map.delete(iri));
    kept.set(iri, pending);
    if (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
  }
  return pending;
}

async function read(store: KnowledgeStore, iri: string): Promise<Values> {
  const rows = await QUERIES.select(store, 'entity-values', { entity: DataFactory.namedNode(iri) });
  const out = new Map<string, RDF.Term[]>();
  for (const row of rows) {
    const list = out.get(row.property.value) ?? [];
    list.push(row.value);
    out.set(row.property.value, list);
  }
  return out;
}
