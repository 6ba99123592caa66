/**
 * What the views of issue 11 add to an entity page: the date control with
 * the days where something changed and, for `?asOf=YYYY-MM-DD`, the state of
 * play on that day (named query state-of-play).
 */
import { STATE_OF_PLAY_QUERY, stateOfPlayView } from '../../export/linked-data/state-of-play-view';
import { html } from '../pages/html';
import type { EntityExtras } from '../pages/entity';
import { dateControl, stateOfPlaySection } from '../pages/state-of-play';
import type { RequestContext } from '../route';
import { asOfParam, selectNamed } from './named-select';

export async function entityExtras(ctx: RequestContext, iri: string, path: string): Promise<EntityExtras> {
  const asOf = asOfParam(ctx.url);
  const params: [string, string][] = [['entity', `<${iri}>`]];
  if (asOf) params.push(['date', asOf]);
  const { rows } = await selectNamed(ctx.app, STATE_OF_PLAY_QUERY, params);
  if (rows.length === 0) return {};
  const view = stateOfPlayView(asOf ?? '', rows, ctx.app.config.publicBase);
  return {
    beforeFacts: html`${dateControl(path, asOf, view.changes)}${asOf ? stateOfPlaySection(view) : ''}`,
  };
}
