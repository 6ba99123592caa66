/** The human pages that are not one resource's description: the home page and the comparison of two actors. */
import { compareView, resolveActor } from '../../export/linked-data/compare-view';
import { COMPARE_QUERY, editorHref, homeView } from '../../export/linked-data/home-view';
import { formatBySuffix } from '../../export/linked-data/formats';
import { KbError } from '../../errors';
import { sendRepresentation } from '../conditional';
import { HTML, withCharset } from '../negotiate';
import { comparePage } from '../pages/compare';
import { homePage } from '../pages/home';
import type { RequestContext } from '../route';
import { chooseFormat, writeNotFound } from './document';

const HTML_ONLY = [formatBySuffix('html')].filter((f) => f !== undefined);

/** GET /: what CDKG is and where to go next. */
export async function home(ctx: RequestContext): Promise<void> {
  chooseFormat(ctx, HTML_ONLY);
  const view = await homeView(ctx.app.store, ctx.app.named.list(), ctx.app.config.publicBase);
  sendRepresentation(ctx.req, ctx.res, ctx.app, { contentType: withCharset(HTML), body: homePage(view) });
}

/** GET /compare/<slug>/<slug>: two actors side by side, from the named query compare-actors. */
export async function compare(ctx: RequestContext): Promise<void> {
  const format = chooseFormat(ctx, HTML_ONLY);
  const { store, config, named, sparql } = ctx.app;
  const [a, b] = await Promise.all([resolveActor(store, ctx.params.a, config.publicBase), resolveActor(store, ctx.params.b, config.publicBase)]);
  if (!a || !b) return writeNotFound(ctx, format, `${ctx.params[a ? 'b' : 'a']} (no state, union, organisation or group has this slug)`);
  const query = named.bind(COMPARE_QUERY, [
    ['a', a.iri],
    ['b', b.iri],
  ]);
  const outcome = await sparql.run(query);
  if (outcome.result.kind !== 'select') throw new KbError('COMPARE_QUERY', `Named query ${COMPARE_QUERY} must be a SELECT query`);
  const view = compareView(a, b, outcome.result.bindings, editorHref(query.text, `Compare ${a.label} and ${b.label}`), config.publicBase);
  sendRepresentation(ctx.req, ctx.res, ctx.app, { contentType: withCharset(HTML), body: comparePage(view) });
}

