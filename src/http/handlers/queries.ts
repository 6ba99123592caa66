/** /queries: the list of named queries (JSON or HTML) and /queries/<name>: one of them run with its parameters. */
import { BadRequestError } from '../../errors';
import type { NamedQuery } from '../../sparql/named';
import { namedQueriesView } from '../../export/linked-data/named-queries-view';
import { queriesPage } from '../pages/queries';
import { choose, HTML, htmlChoice, withCharset } from '../negotiate';
import { send, writeOutcome } from '../respond';
import type { RequestContext } from '../route';
import { urlParams } from '../sparql-protocol';
import { resultsPage } from './query-page';

const JSON_TYPE = 'application/json';

function summary(q: NamedQuery) {
  return { name: q.name, title: q.title, description: q.description, params: q.params, example: q.example, url: `/queries/${q.name}`, query: q.text };
}

export async function listQueries(ctx: RequestContext): Promise<void> {
  const queries = ctx.app.named.list();
  const chosen = choose(ctx, [{ mediaType: JSON_TYPE, name: 'json', value: JSON_TYPE }, htmlChoice(HTML)], ctx.url.searchParams.get('format') ?? undefined);
  if (chosen === HTML) send(ctx.res, 200, withCharset(HTML), queriesPage(namedQueriesView(queries)));
  else send(ctx.res, 200, withCharset(JSON_TYPE), `${JSON.stringify(queries.map(summary), null, 2)}\n`);
}

/** Every URL parameter but `format` is a query parameter. */
export async function runNamedQuery(ctx: RequestContext): Promise<void> {
  const params = urlParams(ctx);
  const formats = params.filter(([k]) => k === 'format').map(([, v]) => v);
  if (formats.length > 1) throw new BadRequestError('At most one "format" parameter is allowed');
  const bound = params.filter(([k]) => k !== 'format');
  const query = ctx.app.named.bind(ctx.params.name, bound);
  const outcome = await ctx.app.sparql.run(query);
  // A browser gets the results as an HTML table (./query-page.ts); clients get the negotiated format.
  await writeOutcome(ctx, outcome, formats[0], () => resultsPage(ctx, ctx.params.name, bound, outcome));
}
