/**
 * Suggest services (Reconciliation Service API 0.2, §5): completions of what
 * a user types, for entities, types and properties, through the same
 * matcher as reconciliation (types and properties get a matcher of their own names).
 */
import { Matcher, type Entry } from '../search/matcher';
import { entityId, termId } from './ids';
import type { SchemaTerm, Vocabulary } from './vocabulary';

export const PAGE = 10;

export interface SuggestRequest {
  readonly prefix: string;
  readonly cursor: number;
  readonly types?: readonly string[];
}

const terms = new WeakMap<Vocabulary, { types: Matcher; properties: Matcher }>();

/** A term as a matcher entry: found by its name and by its prefixed name's local part ("partyTo"). */
function asEntry(t: SchemaTerm): Entry {
  const local = termId(t.iri).replace(/^[^:]*:/, '');
  return { iri: t.iri, label: t.name, names: [{ text: t.name, kind: 'label' }, { text: local, kind: 'notation' }, { text: termId(t.iri), kind: 'notation' }], types: [], classes: [], ...(t.description ? { description: t.description } : {}) };
}

function termMatchers(vocabulary: Vocabulary): { types: Matcher; properties: Matcher } {
  let m = terms.get(vocabulary);
  if (!m) {
    m = { types: new Matcher(vocabulary.types.map(asEntry)), properties: new Matcher(vocabulary.properties.map(asEntry)) };
    terms.set(vocabulary, m);
  }
  return m;
}

function page<T>(items: readonly T[], cursor: number): T[] {
  return items.slice(cursor, cursor + PAGE);
}

export function suggestEntities(matcher: Matcher, vocabulary: Vocabulary, r: SuggestRequest): Record<string, unknown> {
  const hits = matcher.complete(r.prefix, { types: r.types, limit: r.cursor + PAGE });
  return {
    result: page(hits, r.cursor).map((h) => ({
      id: entityId(h.entry.iri),
      name: h.entry.label,
      ...(h.entry.description ? { description: h.entry.description } : {}),
      notable: h.entry.types.map((t) => ({ id: termId(t), name: vocabulary.type(t)?.name ?? termId(t) })),
    })),
  };
}

export function suggestTypes(vocabulary: Vocabulary, r: SuggestRequest): Record<string, unknown> {
  const hits = termMatchers(vocabulary).types.complete(r.prefix, { limit: r.cursor + PAGE });
  return {
    result: page(hits, r.cursor).map((h) => {
      const t = vocabulary.type(h.entry.iri);
      return { id: termId(h.entry.iri), name: h.entry.label, ...(h.entry.description ? { description: h.entry.description } : {}), broader: (t?.broader ?? []).flatMap((b) => { const bt = vocabulary.type(b); return bt ? [{ id: termId(b), name: bt.name }] : []; }) };
    }),
  };
}

export function suggestProperties(vocabulary: Vocabulary, r: SuggestRequest): Record<string, unknown> {
  const hits = termMatchers(vocabulary).properties.complete(r.prefix, { limit: r.cursor + PAGE });
  return { result: page(hits, r.cursor).map((h) => ({ id: termId(h.entry.iri), name: h.entry.label, ...(h.entry.description ? { description: h.entry.description } : {}) })) };
}
