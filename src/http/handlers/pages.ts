/** The human pages that are not one resource's description: the home page, the comparison of actors and the timeline of the graph. */
import { listActors, MATRIX_QUERY, matrixView, resolveActor, type MatrixView, type StatementStatus } from '../../export/linked-data/compare-view';
import { matrixCsv, matrixJson } from '../../export/linked-data/compare-table';
import { editorHref, homeView } from '../../export/linked-data/home-view';
import { formatBySuffix } from '../../export/linked-data/formats';
import { STATE_OF_PLAY_QUERY, stateOfPlayView, type Status } from '../../export/linked-data/state-of-play-view';
import type { Link } from '../../export/linked-data/views';
import { BadRequestError, NotFoundError } from '../../errors';
import { sendRepresentation } from '../conditional';
import { choose, HTML, htmlChoice, requestedFormat, withCharset, type Choice } from '../negotiate';
import { comparePage } from '../pages/compare';
import { homePage } from '../pages/home';
import { changeLinks } from '../pages/state-of-play';
import { timelinePage } from '../pages/timeline';
import { TIMELINE_QUERY, timelineView } from '../../export/linked-data/timeline-view';
import type { RequestContext } from '../route';
import { chooseFormat } from './document';
import { asOfParam, selectNamed } from './named-select';

const HTML_ONLY = [formatBySuffix('html')].filter((f) => f !== undefined);

/** GET /: what CDKG is and where to go next. */
export async function home(ctx: RequestContext): Promise<void> {
  chooseFormat(ctx, HTML_ONLY);
  const view = await homeView(ctx.app.store, ctx.app.named.list(), ctx.app.config.publicBase);
  sendRepresentation(ctx.req, ctx.res, ctx.app, { contentType: withCharset(HTML), body: homePage(view) });
}

type TableFormat = 'html' | 'csv' | 'json';
const TABLE_OFFERS: readonly Choice<TableFormat>[] = [
  htmlChoice<TableFormat>('html'),
  { mediaType: 'text/csv', name: 'csv', suffix: 'csv', value: 'csv' },
  { mediaType: 'application/json', name: 'json', suffix: 'json', value: 'json' },
];

/** A matrix wider than this is no longer readable as a table; the limit is stated in the error. */
export const MAX_COMPARED = 12;

/** The slugs of `actors` (comma-separated, or the parameter repeated, as the picker form sends it), in order, without repeats. */
function actorSlugs(url: URL): string[] {
  const slugs = url.searchParams.getAll('actors').flatMap((v) => v.split(',')).map((s) => s.trim()).filter((s) => s !== '');
  return [...new Set(slugs)];
}

/** GET /compare?actors=a,b,c[&asOf=YYYY-MM-DD]: any actors side by side; without actors, the picker alone. */
export async function compareMany(ctx: RequestContext): Promise<void> {
  const slugs = actorSlugs(ctx.url);
  if (slugs.length === 1) throw new BadRequestError(`Give two or more actors to compare, e.g. /compare?actors=${slugs[0]},european-union; got only "${slugs[0]}"`);
  await writeComparison(ctx, slugs);
}

/** GET /compare/<slug>/<slug>: the comparison of two actors at its own address, one instance of /compare. */
export async function compare(ctx: RequestContext): Promise<void> {
  await writeComparison(ctx, [ctx.params.a, ctx.params.b]);
}

async function writeComparison(ctx: RequestContext, slugs: readonly string[]): Promise<void> {
  const format = choose(ctx, TABLE_OFFERS, requestedFormat(ctx));
  const asOf = asOfParam(ctx.url);
  if (slugs.length > MAX_COMPARED) throw new BadRequestError(`Compare at most ${MAX_COMPARED} actors at once; got ${slugs.length}`);
  const { store, config } = ctx.app;
  const actors = await Promise.all(slugs.map((s) => resolveActor(store, s, config.publicBase)));
  const unknown = slugs.filter((_, i) => actors[i] === undefined);
  if (unknown.length) throw new NotFoundError(`No state, union, organisation or group has the slug ${unknown.map((s) => JSON.stringify(s)).join(', ')}; see the picker at /compare`);
  const view = slugs.length ? await matrix(ctx, actors as Link[], asOf) : undefined;
  const base = slugs.length === 2 && ctx.url.pathname !== '/compare' ? ctx.url.pathname : '/compare';
  const query = (extra: Record<string, string>) => {
    const p = new URLSearchParams(base === '/compare' && slugs.length ? { actors: slugs.join(',') } : {});
    if (asOf) p.set('asOf', asOf);
    for (const [k, v] of Object.entries(extra)) p.set(k, v);
    const s = p.toString();
    return s ? `${base}?${s}` : base;
  };
  if (format === 'csv' && view) return send(ctx, 'text/csv', matrixCsv(view), slugs, asOf);
  if (format === 'json' && view) return send(ctx, 'application/json', `${JSON.stringify(matrixJson(view), null, 2)}\n`, slugs, asOf);
  if (format !== 'html') throw new BadRequestError(`Choose actors to get the comparison as ${format}, e.g. /compare?actors=united-states,european-union&format=${format}`);
  const hidden: [string, string][] = base === '/compare' ? [['actors', slugs.join(',')]] : [];
  const changes = view ? await changeDays(ctx, actors as Link[]) : [];
  const body = comparePage(
    {
      ...(view ? { view } : {}),
      choices: await listActors(store, config.publicBase),
      chosen: slugs,
      formats: view ? [{ label: 'CSV', href: query({ format: 'csv' }), mediaType: 'text/csv' }, { label: 'JSON', href: query({ format: 'json' }), mediaType: 'application/json' }] : [],
    },
    view ? changeLinks(base, asOf, changes, hidden) : undefined,
  );
  sendRepresentation(ctx.req, ctx.res, ctx.app, { contentType: withCharset(HTML), body, headers: { Vary: 'Accept' } });
}

function send(ctx: RequestContext, mediaType: string, body: string, slugs: readonly string[], asOf: string | undefined): void {
  const name = `cdkg-compare-${slugs.join('-')}${asOf ? `-${asOf}` : ''}.${mediaType === 'text/csv' ? 'csv' : 'json'}`;
  sendRepresentation(ctx.req, ctx.res, ctx.app, { contentType: withCharset(mediaType), body, headers: { Vary: 'Accept', 'Content-Disposition': `inline; filename="${name}"` } });
}

/** The matrix of the actors (named query actor-matrix), with each statement's status on the day from state-of-play when a day is given. */
async function matrix(ctx: RequestContext, actors: readonly Link[], asOf: string | undefined): Promise<MatrixView> {
  const { config } = ctx.app;
  const { rows, text } = await selectNamed(ctx.app, MATRIX_QUERY, actors.map((a) => ['actor', `<${a.iri}>`] as const));
  const href = editorHref(text, `Compare ${actors.map((a) => a.label).join(', ')}`);
  if (!asOf) return matrixView(actors, rows, href, config.publicBase);
  const day = await selectNamed(ctx.app, STATE_OF_PLAY_QUERY, [['date', asOf], ...actors.map((a) => ['entity', `<${a.iri}>`] as const)]);
  const statuses = new Map<string, StatementStatus>();
  for (const r of day.rows) if (r.statement && r.status) statuses.set(r.statement.value, { status: r.status.value as Status, superseded: r.superseded?.value === 'true' });
  return matrixView(actors, rows, href, config.publicBase, { date: asOf, statuses });
}

/** The days where something about any of the actors changed. */
async function changeDays(ctx: RequestContext, actors: readonly Link[]): Promise<readonly string[]> {
  const { rows } = await selectNamed(ctx.app, STATE_OF_PLAY_QUERY, actors.map((a) => ['entity', `<${a.iri}>`] as const));
  return stateOfPlayView('', rows, ctx.app.config.publicBase).changes;
}

/** GET /timeline: every dated event of the graph, from the named query timeline. */
export async function timeline(ctx: RequestContext): Promise<void> {
  chooseFormat(ctx, HTML_ONLY);
  const { rows, text } = await selectNamed(ctx.app, TIMELINE_QUERY, []);
  const view = timelineView('Timeline of the graph', rows, ctx.app.config.publicBase);
  sendRepresentation(ctx.req, ctx.res, ctx.app, { contentType: withCharset(HTML), body: timelinePage(view, editorHref(text, 'Timeline')) });
}
