/** /queries: the list of named queries (JSON or HTML) and /queries/<name>: one of them run with its parameters. */
import { BadRequestError } from '../../errors';
import type { NamedQuery } from '../../sparql/named';
import { escapeHtml } from '../editor-page';
import { choose, send, writeOutcome } from '../respond';
import type { RequestContext } from '../route';
import { urlParams } from '../sparql-protocol';
import { wantsResultsPage, writeResultsPage } from './query-page';

function summary(q: NamedQuery) {
  return { name: q.name, title: q.title, description: q.description, params: q.params, example: q.example, url: `/queries/${q.name}`, query: q.text };
}

function listHtml(queries: readonly NamedQuery[]): string {
  const rows = queries.map((q) => {
    const params = q.params.map((p) => `<li><code>${escapeHtml(p.name)}</code> (${p.type}): ${escapeHtml(p.description)}</li>`).join('');
    const run = `/queries/${encodeURIComponent(q.name)}${q.example ? `?${q.example}` : ''}`;
    return `<section><h2><a href="${escapeHtml(run)}">${escapeHtml(q.title)}</a></h2><p>${escapeHtml(q.description)}</p>${params ? `<ul>${params}</ul>` : ''}<details><summary>SPARQL</summary><pre>${escapeHtml(q.text)}</pre></details></section>`;
  });
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Named queries</title></head><body><h1>Named queries</h1><p>Run one at <code>/queries/&lt;name&gt;?param=value</code>; edit them in the <a href="/sparql">query editor</a>.</p>${rows.join('\n')}</body></html>\n`;
}

export async function listQueries(ctx: RequestContext): Promise<void> {
  const queries = ctx.app.named.list();
  const chosen = choose(ctx, [{ mediaType: 'application/json', name: 'json', value: 'json' }, { mediaType: 'text/html', name: 'html', value: 'html' }], undefined);
  if (chosen === 'html') send(ctx.res, 200, 'text/html; charset=utf-8', listHtml(queries));
  else send(ctx.res, 200, 'application/json; charset=utf-8', `${JSON.stringify(queries.map(summary), null, 2)}\n`);
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
  if (wantsResultsPage(ctx, formats[0])) return writeResultsPage(ctx, ctx.params.name, bound, outcome);
  await writeOutcome(ctx, outcome, formats[0]);
}
