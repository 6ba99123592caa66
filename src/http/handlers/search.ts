/** GET /search?q=: the site search, as a page or (Accept: application/json, format=json) as JSON for a type-ahead. */
import { MAX_QUERY, searchView } from '../../export/linked-data/search-view';
import { BadRequestError } from '../../errors';
import { storeMatcher } from '../../search/load';
import { sendRepresentation } from '../conditional';
import { choose, HTML, htmlChoice, requestedFormat, withCharset, type Choice } from '../negotiate';
import { searchPage } from '../pages/search';
import type { RequestContext } from '../route';

type SearchFormat = 'html' | 'json';
const OFFERS: readonly Choice<SearchFormat>[] = [htmlChoice<SearchFormat>('html'), { mediaType: 'application/json', name: 'json', value: 'json' }];

export async function search(ctx: RequestContext): Promise<void> {
  const format = choose(ctx, OFFERS, requestedFormat(ctx));
  const values = ctx.url.searchParams.getAll('q');
  if (values.length > 1) throw new BadRequestError(`Give one "q" parameter, got ${values.length}`);
  const q = values[0] ?? '';
  if (q.length > MAX_QUERY) throw new BadRequestError(`The search "q" is ${q.length} characters long; at most ${MAX_QUERY} are taken`);
  const view = searchView(await storeMatcher(ctx.app.store), q, ctx.app.config.publicBase);
  const headers = { Vary: 'Accept' };
  if (format === 'json') {
    const body = {
      query: view.query,
      results: view.results.map((r) => ({ iri: r.link.iri, href: r.link.href, label: r.link.label, types: r.types, ...(r.matched ? { matched: r.matched } : {}), ...(r.description ? { description: r.description } : {}), score: r.score, exact: r.exact })),
    };
    sendRepresentation(ctx.req, ctx.res, ctx.app, { contentType: withCharset('application/json'), body: `${JSON.stringify(body)}\n`, headers });
    return;
  }
  sendRepresentation(ctx.req, ctx.res, ctx.app, { contentType: withCharset(HTML), body: searchPage(view), headers });
}
