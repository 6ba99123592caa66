/**
 * /queries/<name> for a browser: when text/html is what the client prefers
 * (or `format=html`), the results are rendered as a table on the server
 * instead of sent as SPARQL XML, which a browser would show as raw markup.
 * SPARQL clients, whose Accept header names a result format or `*\/*`, are
 * unaffected: the machine formats come first, so HTML must be preferred
 * outright to win.
 */
import { SERIALISERS, aliasesOf } from '../../export';
import { resultsView } from '../../export/linked-data/results-view';
import { RESULT_FORMATS, resultFormatsFor } from '../../sparql/results';
import type { QueryOutcome } from '../../sparql/service';
import { negotiate } from '../negotiate';
import { queryResultsPage } from '../pages/query-results';
import { send } from '../respond';
import type { RequestContext } from '../route';

const HTML = 'text/html';
const MACHINE_TYPES = [...RESULT_FORMATS.map((f) => f.mediaType), ...SERIALISERS.flatMap((s) => [s.mediaType, ...aliasesOf(s.name, { generic: true })])];

/** Whether the request asks for the results page: `format=html`, or an Accept header that prefers text/html to every machine format. */
export function wantsResultsPage(ctx: RequestContext, format: string | undefined): boolean {
  if (format !== undefined) return format === 'html';
  return negotiate(ctx.req.headers.accept, [...MACHINE_TYPES, HTML]) === HTML;
}

/** Sends the results of the named query `name`, run with `params`, as an HTML table. */
export function writeResultsPage(ctx: RequestContext, name: string, params: readonly (readonly [string, string])[], outcome: QueryOutcome): void {
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
  send(ctx.res, 200, `${HTML}; charset=utf-8`, queryResultsPage(view));
}
