/** /sparql: the SPARQL 1.1 Protocol query operation, or the service description when no query is given. */
import { endpointDescription } from '../../export/linked-data/service';
import type { RdfSerialiser } from '../../export';
import { BadRequestError } from '../../errors';
import { storeStats } from '../../store/stats';
import { editorPage } from '../editor-page';
import { choose, HTML, htmlChoice, withCharset } from '../negotiate';
import { answerQuery, rdfOffers, send, writeRdf } from '../respond';
import type { RequestContext } from '../route';
import { readProtocolRequest } from '../sparql-protocol';

export async function sparqlEndpoint(ctx: RequestContext): Promise<void> {
  const request = await readProtocolRequest(ctx);
  if (request.query === undefined) {
    if (ctx.req.method === 'POST') throw new BadRequestError('Missing "query" parameter (SPARQL 1.1 Protocol §2.1.2)');
    await describeService(ctx, request.format);
    return;
  }
  await answerQuery(ctx, ctx.app.sparql.parse(request.query), request.dataset, request.format);
}

/** GET /sparql without a query: the service description in RDF, or the query editor for a browser. */
async function describeService(ctx: RequestContext, format: string | undefined): Promise<void> {
  // The description can only be RDF, so the generic types (application/json, application/xml, text/plain) name an RDF
  // syntax as for every RDF-only answer; a browser still gets the editor, since it puts text/html first.
  const chosen = choose<RdfSerialiser | 'html'>(ctx, [...rdfOffers({ generic: true }), htmlChoice('html' as const)], format);
  if (chosen === 'html') {
    send(ctx.res, 200, withCharset(HTML), editorPage('SPARQL endpoint', ctx.app.named.list()));
    return;
  }
  // The endpoint's URL comes from configuration, not from the Host header a client can set (see Config.serverBase).
  const base = ctx.app.serverBase;
  const endpoint = new URL('sparql', base).href;
  // Writes are offered only where tokens are configured (else /update and /graphs refuse every write with 403).
  const writes = ctx.app.writes ? { updateEndpoint: new URL('update', base).href, graphStore: new URL('graphs', base).href } : {};
  await writeRdf(ctx, chosen, endpointDescription(endpoint, await storeStats(ctx.app.store), { federation: ctx.app.config.federationAllow.length > 0, ...writes }));
}
