/**
 * The view model of the /queries page: each named query with its parameters,
 * a link that runs it with its example parameters and one that opens it in
 * the query editor.
 */
import { editorHref, type NamedQuerySummary } from './home-view';
import type { NamedQueryView } from './views';

/** What the list needs of a named query (src/sparql/named.ts): the summary and the declared parameters. */
export interface NamedQueryListing extends NamedQuerySummary {
  readonly params: readonly { readonly name: string; readonly type: string; readonly description: string }[];
}

export function namedQueriesView(queries: readonly NamedQueryListing[]): NamedQueryView[] {
  return queries.map((q) => ({
    name: q.name,
    title: q.title,
    description: q.description,
    params: q.params.map((p) => ({ name: p.name, type: p.type, description: p.description })),
    runHref: `/queries/${encodeURIComponent(q.name)}${q.example ? `?${q.example}` : ''}`,
    editorHref: editorHref(q.text, q.title),
  }));
}
