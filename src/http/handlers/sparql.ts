/** /sparql: the SPARQL 1.1 Protocol query operation, or the service description when no query is given. */
import { SERIALISERS } from '../../export';
import { BadRequestError } from '../../errors';
import { serviceDescription } from '../../sparql/description';
import { RESULT_FORMATS } from '../../sparql/results';
import { editorPage } from '../editor-page';
import { choose, rdfOffers, send, writeOutcome, writeQuads } from '../respond';
import type { RequestContext } from '../route';
import { readProtocolRequest } from '../sparql-protocol';

const HTML = 'text/html';

export async function sparqlEndpoint(ctx: RequestContext): Promise<void> {
  const request = await readProtocolRequest(ctx);
  if (request.query === undefined) {
    if (ctx.req.method === 'POST') throw new BadRequestError('Missing "query" parameter (SPARQL 1.1 Protocol §2.1.2)');
    await describeService(ctx, request.format);
    return;
  }
  const outcome = await ctx.app.sparql.query(request.query, request.dataset);
  await writeOutcome(ctx, outcome, request.format);
}

/** GET /sparql without a query: the service description in RDF, or the query editor for a browser. */
async function describeService(ctx: RequestContext, format: string | undefined): Promise<void> {
  // The description can only be RDF, so the generic types (application/json, application/xml, text/plain) name an RDF
  // syntax as for every RDF-only answer; a browser still gets the editor, since it puts text/html first.
  const offers = [...rdfOffers({ generic: true }).map((o) => ({ ...o, value: o.name })), { mediaType: HTML, name: 'html', value: 'html' }];
  const chosen = choose(ctx, offers, format);
  if (chosen === 'html') {
    send(ctx.res, 200, `${HTML}; charset=utf-8`, editorPage('SPARQL endpoint', ctx.app.named.list()));
    return;
  }
  const endpoint = `${ctx.url.origin}${ctx.url.pathname}`;
  const formatIris = [...RESULT_FORMATS, ...SERIALISERS].flatMap((f) => (f.formatIri === undefined ? [] : [f.formatIri]));
  await writeQuads(ctx, serviceDescription(endpoint, formatIris, await ctx.app.statistics()), chosen);
}
