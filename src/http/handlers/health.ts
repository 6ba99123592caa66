/** GET /health: 200 with the number of triples and the state of the query workers, once the first worker has loaded (the server listens only then). */
import { NO_STORE } from '../cache';
import { send } from '../respond';
import type { RequestContext } from '../route';

export async function health(ctx: RequestContext): Promise<void> {
  send(ctx.res, 200, 'application/json; charset=utf-8', `${JSON.stringify({ status: 'ok', triples: ctx.app.triples, workers: ctx.app.workers() })}\n`, { 'Cache-Control': NO_STORE });
}
