/** The dataset as a whole: its VoID and DCAT description, and the JSON-LD context its documents use. */
import { jsonldContext, serialiser } from '../../export';
import { describeDataset } from '../../export/describe-dataset';
import { formatLinks } from '../../export/linked-data/formats';
import { dataLastModified, sendRepresentation } from '../conditional';
import { voidPage } from '../pages/void';
import type { RequestContext } from '../route';
import { chooseFormat, writeDocument } from './document';

/**
 * GET /.well-known/void and /void[.ext]: the VoID and DCAT description
 * (VoID §7.2 names the well-known path). Dump and endpoint URLs are those of
 * the server that answers, so they work wherever it runs.
 */
export async function voidDescription(ctx: RequestContext): Promise<void> {
  const format = chooseFormat(ctx);
  const quads = await describeDataset(ctx.app.store, {
    publicBase: `${ctx.url.origin}/`,
    modified: dataLastModified(ctx.app).toISOString().slice(0, 10),
  });
  const page = async () => voidPage(await serialiser('turtle').serialise(quads), formatLinks('/void'));
  await writeDocument(ctx, format, quads, page, '/void');
}

/** GET /context.jsonld: the JSON-LD context every CDKG JSON-LD document refers to. */
export async function context(ctx: RequestContext): Promise<void> {
  sendRepresentation(ctx.req, ctx.res, ctx.app, { contentType: 'application/ld+json; charset=utf-8', body: `${JSON.stringify(jsonldContext(), null, 2)}\n` });
}
