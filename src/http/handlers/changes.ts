/** /changes: the change log (HTML or JSON, newest first) and /changes/feed.json, its JSON Feed. */
import { changeFeed, changeLog } from '../../export/changes';
import { choose, htmlChoice, requestedFormat, withCharset, HTML } from '../negotiate';
import { changesPage } from '../pages/changes';
import { send } from '../respond';
import type { RequestContext } from '../route';

const JSON_TYPE = 'application/json';

export async function listChanges(ctx: RequestContext): Promise<void> {
  const chosen = choose(ctx, [{ mediaType: JSON_TYPE, name: 'json', value: 'json' as const }, htmlChoice('html' as const)], requestedFormat(ctx));
  const entries = await changeLog(ctx.app.store);
  // The log changes with every write: caches must ask again (no-store would also forbid a browser's back button).
  const headers = { 'Cache-Control': 'no-cache' };
  if (chosen === 'html') send(ctx.res, 200, withCharset(HTML), changesPage(entries), headers);
  else send(ctx.res, 200, withCharset(JSON_TYPE), `${JSON.stringify({ changes: entries }, null, 2)}\n`, headers);
}

export async function changesFeed(ctx: RequestContext): Promise<void> {
  const entries = await changeLog(ctx.app.store, 100);
  send(ctx.res, 200, 'application/feed+json; charset=utf-8', `${JSON.stringify(changeFeed(entries, ctx.app.serverBase), null, 2)}\n`, { 'Cache-Control': 'no-cache' });
}
