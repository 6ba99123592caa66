/**
 * What the views of issue 11 add to an entity page: the date control with
 * the days where something changed and, for `?asOf=YYYY-MM-DD`, the state of
 * play on that day (named query state-of-play); and the entity's timeline
 * (named query timeline); the diagram of its direct relations; and when a
 * write last changed it (from the changes graph).
 */
import { STATE_OF_PLAY_QUERY, stateOfPlayView } from '../../export/linked-data/state-of-play-view';
import { TIMELINE_QUERY, timelineView } from '../../export/linked-data/timeline-view';
import type { EntityView } from '../../export/linked-data/views';
import { html } from '../pages/html';
import type { EntityExtras } from '../pages/entity';
import { dateControl, stateOfPlaySection } from '../pages/state-of-play';
import { timelineSection } from '../pages/timeline';
import { neighbourhoodView } from '../../export/linked-data/neighbourhood-view';
import { neighbourhoodSection } from '../pages/neighbourhood';
import { lastChangeOf } from '../../export/changes';
import { lastChangeLine } from '../pages/changes';
import { ResourceError } from '../../errors';
import type { Binding } from '../../store/types';
import type { RequestContext } from '../route';
import { asOfParam, selectNamed } from './named-select';

/** A section's rows; when the store cannot answer its query (a ResourceError, e.g. a remote store refusing it), why. */
type Section = { readonly rows: readonly Binding[] } | { readonly rows: readonly Binding[]; readonly unavailable: string };

/**
 * The sections beside the facts are a view of them: a store that cannot answer one (Virtuoso and state-of-play,
 * docs/deployment.md) leaves the rest of the page, which says what is missing. The view a request asked for
 * (`?asOf=`) is the page itself, so its failure is the page's.
 */
async function section(run: Promise<{ readonly rows: readonly Binding[] }>, required: boolean): Promise<Section> {
  try {
    return await run;
  } catch (e) {
    if (required || !(e instanceof ResourceError)) throw e;
    return { rows: [], unavailable: e.message };
  }
}

const unavailable = (what: string, s: Section) => ('unavailable' in s ? html`<p class="muted" role="note">${what} cannot be shown: ${s.unavailable}</p>` : html``);

export async function entityExtras(ctx: RequestContext, entity: EntityView, path: string): Promise<EntityExtras> {
  const asOf = asOfParam(ctx.url);
  const { publicBase } = ctx.app.config;
  const params: [string, string][] = [['entity', `<${entity.iri}>`]];
  const [state, timeline, change] = await Promise.all([
    section(selectNamed(ctx.app, STATE_OF_PLAY_QUERY, asOf ? [...params, ['date', asOf]] : params), asOf !== undefined),
    section(selectNamed(ctx.app, TIMELINE_QUERY, params), false),
    lastChangeOf(ctx.app.store, entity.iri),
  ]);
  const view = stateOfPlayView(asOf ?? '', state.rows, publicBase);
  return {
    lastChange: lastChangeLine(change),
    beforeFacts: html`${state.rows.length ? html`${dateControl(path, asOf, view.changes)}${asOf ? stateOfPlaySection(view) : ''}` : ''}${unavailable('The state of play on a date', state)}${neighbourhoodSection(neighbourhoodView(entity))}`,
    afterFacts: html`${timelineSection(timelineView(`Timeline of ${entity.label}`, timeline.rows, publicBase))}${unavailable('The timeline', timeline)}`,
  };
}
