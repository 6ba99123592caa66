/**
 * The matcher of a store: every entity's names, classes and description,
 * read through ./queries/*.rq once per store (the data is read-only while it
 * is served) and shared by every caller.
 */
import { derived } from '../store/derived';
import path from 'node:path';
import { DataFactory } from '../store/n3';
import { ID_NS } from '../../ontology/namespaces';
import { QueryLibrary } from '../store/query-library';
import type { Binding, KnowledgeStore } from '../store/types';
import { Matcher, type Entry, type Name, type NameKind } from './matcher';

const QUERIES = new QueryLibrary<'texts' | 'classes'>(path.join(__dirname, 'queries'));

export const storeMatcher: (store: KnowledgeStore) => Promise<Matcher> = derived(build);

interface Texts {
  labels: { text: string; lang: string }[];
  prefLabels: { text: string; lang: string }[];
  names: Name[];
  descriptions: { text: string; lang: string }[];
}

/** English first, then untagged, then any other language (as the entity pages choose labels). */
function preferred(options: readonly { text: string; lang: string }[]): string | undefined {
  const rank = (lang: string) => (lang === 'en' || lang.startsWith('en-') ? 0 : lang === '' ? 1 : 2);
  return [...options].sort((a, b) => rank(a.lang) - rank(b.lang) || a.text.localeCompare(b.text))[0]?.text;
}

async function build(store: KnowledgeStore): Promise<Matcher> {
  const idSpace = { idSpace: DataFactory.literal(ID_NS) };
  const [texts, classes] = await Promise.all([QUERIES.select(store, 'texts', idSpace), QUERIES.select(store, 'classes', idSpace)]);
  const byEntity = new Map<string, Texts>();
  for (const row of texts) addText(byEntity, row);
  const types = new Map<string, { types: Set<string>; classes: Set<string> }>();
  for (const row of classes) {
    const entity = row.entity.value;
    const entry = types.get(entity) ?? { types: new Set<string>(), classes: new Set<string>() };
    entry.types.add(row.type.value);
    entry.classes.add(row.class.value);
    types.set(entity, entry);
  }
  const entries: Entry[] = [];
  for (const [iri, t] of [...byEntity].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // An entity without a label has no name to show; its other texts alone do not make it findable by name.
    const label = preferred(t.labels) ?? preferred(t.prefLabels);
    if (label === undefined) continue;
    const names = dedupe([...t.labels.map((l) => ({ text: l.text, kind: 'label' as const })), ...t.prefLabels.map((l) => ({ text: l.text, kind: 'label' as const })), ...t.names]);
    const description = preferred(t.descriptions);
    entries.push({
      iri,
      label,
      names,
      types: [...(types.get(iri)?.types ?? [])].sort(),
      classes: [...(types.get(iri)?.classes ?? [])].sort(),
      ...(description === undefined ? {} : { description }),
    });
  }
  return new Matcher(entries);
}

function addText(byEntity: Map<string, Texts>, row: Binding): void {
  const entity = row.entity.value;
  const t = byEntity.get(entity) ?? { labels: [], prefLabels: [], names: [], descriptions: [] };
  byEntity.set(entity, t);
  const term = row.text;
  const text = { text: term.value, lang: term.termType === 'Literal' ? term.language : '' };
  const kind = row.kind.value;
  if (kind === 'label') t.labels.push(text);
  else if (kind === 'prefLabel') t.prefLabels.push(text);
  else if (kind === 'description') t.descriptions.push(text);
  else t.names.push({ text: term.value, kind: kind as NameKind });
}

/** Each text once, in kind order (label, alternative, notation), then as read. */
function dedupe(names: readonly Name[]): Name[] {
  const seen = new Set<string>();
  const order: Readonly<Record<NameKind, number>> = { label: 0, alternative: 1, notation: 2 };
  return [...names]
    .sort((a, b) => order[a.kind] - order[b.kind])
    .filter((n) => {
      if (seen.has(n.text)) return false;
      seen.add(n.text);
      return true;
    });
}
