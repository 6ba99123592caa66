/**
 * The site search's view model: the hits of the one matcher (src/search,
 * shared with the reconciliation service) for what a user typed, without
 * statement nodes (their labels restate the facts of the entities found),
 * each with its page, its classes in words and the name that matched.
 */
import { CDKG, compact } from '../../../ontology/namespaces';
import { CLASSES } from '../../../ontology/model';
import type { Hit, Matcher } from '../../search/matcher';
import { link } from './links';
import type { Link } from './views';

export const SEARCH_LIMIT = 20;
/** Longer than any name in the data by far; a longer query is a mistake or an attack, not a search. */
export const MAX_QUERY = 200;

export interface SearchResult {
  readonly link: Link;
  readonly types: readonly string[];
  /** The name that matched, when it is not the label (an alternative label, a notation such as "UNTOC"). */
  readonly matched?: { readonly text: string; readonly kind: 'alternative' | 'notation' };
  readonly description?: string;
  readonly score: number;
  readonly exact: boolean;
}

export interface SearchView {
  readonly query: string;
  readonly results: readonly SearchResult[];
}

function classLabel(iri: string): string {
  return CLASSES.find((c) => c.iri === iri)?.label ?? compact(iri);
}

function result(h: Hit, publicBase: string): SearchResult {
  return {
    link: link(h.entry.iri, h.entry.label, publicBase),
    types: h.entry.types.map(classLabel),
    ...(h.name.kind !== 'label' ? { matched: { text: h.name.text, kind: h.name.kind } } : {}),
    ...(h.entry.description ? { description: h.entry.description } : {}),
    score: h.score,
    exact: h.exact,
  };
}

/** The best matches of the query, exact names first (the matcher's ranking: label, then alternative names and notations, then tolerant matches). */
export function searchView(matcher: Matcher, query: string, publicBase: string): SearchView {
  const q = query.trim();
  if (q === '') return { query: q, results: [] };
  // Statement nodes are left out after ranking, so ask for enough to still fill a page.
  const hits = matcher.complete(q, { limit: 10 * SEARCH_LIMIT }).filter((h) => !h.entry.types.includes(CDKG.Statement));
  return { query: q, results: hits.slice(0, SEARCH_LIMIT).map((h) => result(h, publicBase)) };
}
