/**
 * The change log: every committed write as the changes graph records it,
 * newest first, for /changes and its JSON Feed (https://www.jsonfeed.org/version/1.1/).
 */
import { DataFactory } from '../store/n3';
import { EXPORT_QUERIES } from './queries';
import type { KnowledgeStore } from '../store/types';

export interface ChangeEntry {
  readonly id: string;
  readonly operation: string;
  readonly time: string;
  readonly agent: string;
  readonly update?: string;
  readonly added: number;
  readonly removed: number;
  /** The graphs it changed (the default graph as `default`). */
  readonly graphs: readonly string[];
}

export async function changeLog(store: KnowledgeStore, limit = 200): Promise<ChangeEntry[]> {
  const byId = new Map<string, ChangeEntry & { graphs: string[] }>();
  for (const row of await EXPORT_QUERIES.select(store, 'changes')) {
    const id = row.change.value;
    let entry = byId.get(id);
    if (!entry) {
      if (byId.size >= limit) break;
      entry = {
        id,
        operation: row.operation.value,
        time: row.time.value,
        agent: row.agent.value,
        ...(row.update ? { update: row.update.value } : {}),
        added: Number(row.added.value),
        removed: Number(row.removed.value),
        graphs: [],
      };
      byId.set(id, entry);
    }
    const g = row.graph?.value;
    if (g !== undefined) {
      const name = g.endsWith('#default-graph') ? 'default' : g;
      if (!entry.graphs.includes(name)) entry.graphs.push(name);
    }
  }
  return [...byId.values()];
}

/** The latest write that added or removed a triple naming the entity; undefined when none did since the files were written. */
export interface LastChange {
  readonly id: string;
  readonly operation: string;
  readonly time: string;
  readonly agent: string;
}

export async function lastChangeOf(store: KnowledgeStore, entity: string): Promise<LastChange | undefined> {
  const [row] = await EXPORT_QUERIES.select(store, 'last-change', { entity: DataFactory.namedNode(entity) });
  return row && { id: row.change.value, operation: row.operation.value, time: row.time.value, agent: row.agent.value };
}

/** The log as a JSON Feed 1.1 document; `base` is where clients reach the server. */
export function changeFeed(entries: readonly ChangeEntry[], base: string): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'CDKG: changes to the knowledge base',
    home_page_url: new URL('changes', base).href,
    feed_url: new URL('changes/feed.json', base).href,
    items: entries.map((e) => ({
      id: e.id,
      url: new URL(`changes#${encodeURIComponent(e.id)}`, base).href,
      title: `${e.operation}: ${e.added} added, ${e.removed} removed`,
      content_text: [`${e.operation} by ${e.agent}`, `graphs: ${e.graphs.join(', ')}`, ...(e.update ? [e.update] : [])].join('\n'),
      date_published: e.time,
      authors: [{ name: e.agent }],
      _cdkg: { added: e.added, removed: e.removed, graphs: e.graphs },
    })),
  };
}
