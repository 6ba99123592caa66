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
import type { RequestContext } from '../route';
import { asOfParam, selectNamed } from './named-select';

export async function entityExtras(ctx: RequestContext, entity: EntityView, path: string): Promise<EntityExtras> {
  const asOf = asOfParam(ctx.url);
  const { publicBase } = ctx.app.config;
  const params: [string, string][] = [['entity', `<${entity.iri}>`]];
  const [state, timeline, change] = await Promise.all([
    selectNamed(ctx.app, STATE_OF_PLAY_QUERY, asOf ? [...params, ['date', asOf]] : params),
    selectNamed(ctx.app, TIMELINE_QUERY, params),
    lastChangeOf(ctx.app.store, entity.iri),
  ]);
  const view = stateOfPlayView(asOf ?? '', state.rows, publicBase);
  return {
    lastChange: lastChangeLine(change),
    beforeFacts: html`${state.rows.length ? html`${dateControl(path, asOf, view.changes)}${asOf ? stateOfPlaySection(view) : ''}` : ''}${neighbourhoodSection(neighbourhoodView(entity))}`,
    afterFacts: timelineSection(timelineView(`Timeline of ${entity.label}`, timeline.rows, publicBase)),
  };
}
