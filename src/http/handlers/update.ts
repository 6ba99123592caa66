/**
 * POST /update: the SPARQL 1.1 Protocol update operation (§2.2), by
 * `application/sparql-update` body or `update=` form parameter. Every update
 * needs an admin token (./auth.ts) and goes through the one write path
 * (src/store/writes): validated whole, refused whole (422 with the report),
 * acknowledged only once durable.
 */
import { BadRequestError, UnsupportedError } from '../../errors';
import { authorise } from '../auth';
import { contentTypeOf, parseForm, readBody, utf8 } from '../body';
import { unsupportedMediaType } from '../errors';
import type { RequestContext } from '../route';
import { writeAcknowledged } from './write-outcome';

export async function updateEndpoint(ctx: RequestContext): Promise<void> {
  const agent = authorise(ctx.req, ctx.app);
  const writes = ctx.app.writes;
  if (!writes) throw new UnsupportedError('Writes are disabled');
  const type = contentTypeOf(ctx.req);
  if (!type) throw unsupportedMediaType('An update needs Content-Type application/sparql-update, or application/x-www-form-urlencoded with update= (SPARQL 1.1 Protocol §2.2)');
  const body = utf8(await readBody(ctx.req, ctx.app.config.maxUpdateBytes), type);
  let text: string;
  if (type.mediaType === 'application/sparql-update') text = body;
  else if (type.mediaType === 'application/x-www-form-urlencoded') {
    const params = parseForm(body);
    const updates = params.filter(([k]) => k === 'update').map(([, v]) => v);
    if (updates.length !== 1) throw new BadRequestError(`Exactly one "update" parameter is required (SPARQL 1.1 Protocol §2.2.1); got ${updates.length}`);
    if (params.some(([k]) => k === 'using-graph-uri' || k === 'using-named-graph-uri')) {
      throw new UnsupportedError('using-graph-uri and using-named-graph-uri are not supported here; write USING or WITH in the update itself');
    }
    text = updates[0];
  } else throw unsupportedMediaType(`Content-Type ${type.mediaType} is not an update; use application/sparql-update or application/x-www-form-urlencoded (SPARQL 1.1 Protocol §2.2)`);
  const outcome = await writes.write({ kind: 'update', text }, agent);
  writeAcknowledged(ctx, 200, outcome);
}
