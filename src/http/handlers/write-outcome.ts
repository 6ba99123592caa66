/** The answer to an acknowledged write: what changed, and the change's record in /changes. */
import { NO_STORE } from '../cache';
import { send } from '../respond';
import type { RequestContext } from '../route';
import type { WriteOutcome } from '../../store/writes/writer';

export function writeAcknowledged(ctx: RequestContext, status: 200 | 201 | 204, outcome: WriteOutcome, headers: Readonly<Record<string, string>> = {}): void {
  const all = { 'Cache-Control': NO_STORE, ...(outcome.id ? { 'CDKG-Change': outcome.id } : {}), ...headers };
  if (status === 204) {
    ctx.res.writeHead(204, all);
    ctx.res.end();
    return;
  }
  const body = { change: outcome.id ?? null, time: outcome.time, added: outcome.added, removed: outcome.removed, graphs: outcome.graphs.map((g) => g ?? 'default') };
  send(ctx.res, status, 'application/json; charset=utf-8', `${JSON.stringify(body)}\n`, all);
}
