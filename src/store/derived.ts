/**
 * Values derived from a store's content (statistics, dumps, the search
 * index), computed on first use and shared until the store changes: a store
 * that takes writes counts them in `version`, and a new version recomputes.
 */
import type { KnowledgeStore } from './types';

export function derived<T>(compute: (store: KnowledgeStore) => Promise<T>): (store: KnowledgeStore) => Promise<T> {
  const cache = new WeakMap<KnowledgeStore, { version: number; value: Promise<T> }>();
  return (store) => {
    const version = store.version ?? 0;
    const hit = cache.get(store);
    if (hit && hit.version === version) return hit.value;
    const value = compute(store);
    // A failed computation is not kept, so a later request tries again.
    value.catch(() => cache.get(store)?.value === value && cache.delete(store));
    cache.set(store, { version, value });
    return value;
  };
}
