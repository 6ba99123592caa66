/**
 * POST /update: the SPARQL 1.1 Protocol update operation (§2.2), by
 * `application/sparql-update` body or `update=` form parameter, with the
 * dataset parameters using-graph-uri and using-named-graph-uri (§2.2.3). Every update
 * needs an admin token (./auth.ts) and goes through the one write path
 * (src/store/writes): validated whole, refused whole (422 with the report),
 * acknowledged only once durable.
 */
import { BadRequestError, UnsupportedError } from '../../errors';
import { withProtocolDataset } from '../../sparql/update-dataset';
import { isAbsoluteIri } from '../../store/terms';
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
  // The dataset parameters ride in the URL with a direct POST (§2.2.2), in the body with a form (§2.2.1).
  const params = [...parseForm(ctx.url.search.slice(1))];
  let text: string;
  if (type.mediaType === 'application/sparql-update') text = body;
  else if (type.mediaType === 'application/x-www-form-urlencoded') {
    params.push(...parseForm(body));
    const updates = params.filter(([k]) => k === 'update').map(([, v]) => v);
    if (updates.length !== 1) throw new BadRequestError(`Exactly one "update" parameter is required (SPARQL 1.1 Protocol §2.2.1); got ${updates.length}`);
    text = updates[0];
  } else throw unsupportedMediaType(`Content-Type ${type.mediaType} is not an update; use application/sparql-update or application/x-www-form-urlencoded (SPARQL 1.1 Protocol §2.2)`);
  const graphs = (name: string) =>
    params
      .filter(([k]) => k === name)
      .map(([, iri]) => {
        if (!isAbsoluteIri(iri)) throw new BadRequestError(`${name} must be an absolute IRI, not ${JSON.stringify(iri)}`);
        return iri;
      });
  text = withProtocolDataset(text, { defaultGraphs: graphs('using-graph-uri'), namedGraphs: graphs('using-named-graph-uri') }, writes.options.baseIri);
  const outcome = await writes.write({ kind: 'update', text }, agent);
  writeAcknowledged(ctx, 200, outcome);
}
