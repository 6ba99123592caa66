/**
 * /queries/<name> for a browser: when text/html is what the client prefers
 * (or `format=html`), the results are rendered as a table on the server
 * instead of sent as SPARQL XML, which a browser would show as raw markup.
 * SPARQL clients, whose Accept header names a result format or `*\/*`, are
 * unaffected: the machine formats come first, so HTML must be preferred
 * outright to win.
 */
import { SERIALISERS } from '../../export';
import { resultsView } from '../../export/linked-data/results-view';
import { resultFormatsFor } from '../../sparql/results';
import type { QueryOutcome } from '../../sparql/service';
import { queryResultsPage } from '../pages/query-results';
import type { RequestContext } from '../route';

/** The results of the named query `name`, run with `params`, as an HTML table (offered by writeOutcome in ../respond.ts). */
export function resultsPage(ctx: RequestContext, name: string, params: readonly (readonly [string, string])[], outcome: QueryOutcome): string {
  const q = ctx.app.named.get(name);
  const graph = outcome.result.kind === 'graph';
  const formats = graph
    ? SERIALISERS.map((s) => ({ name: s.name, mediaType: s.mediaType }))
    : resultFormatsFor(outcome.result.kind).map((f) => ({ name: f.name, mediaType: f.mediaType }));
  const view = resultsView({
    name,
    title: q.title,
    description: q.description,
    params,
    text: outcome.query.text,
    result: outcome.result,
    publicBase: ctx.app.config.publicBase,
    formats,
    ...(outcome.truncated ? { truncatedAt: ctx.app.sparql.options.maxResults } : {}),
  });
  return queryResultsPage(view);
}
