/** The dataset as a whole: its IRI, its VoID and DCAT description, its named graphs, and the JSON-LD context its documents use. */
import { jsonldContext, serialiser } from '../../export';
import { describeDataset } from '../../export/describe-dataset';
import { formatLinks } from '../../export/linked-data/formats';
import { graphView, namedGraph } from '../../export/linked-data/graph-view';
import { iriOfPath } from '../../export/linked-data/links';
import { sendRepresentation } from '../conditional';
import { graphPage } from '../pages/graph';
import { VOID_PATH } from '../pages/layout';
import { voidPage } from '../pages/void';
import type { RequestContext } from '../route';
import { chooseFormat, writeDocument, writeNotFound } from './document';

/**
 * GET /.well-known/void and /void[.ext]: the VoID and DCAT description
 * (VoID §7.2 names the well-known path). Dump and endpoint URLs are under the
 * configured server base (Config.serverBase), never the request's Host header:
 * a client could set that, and a shared cache would replay its URLs to everyone.
 */
export async function voidDescription(ctx: RequestContext): Promise<void> {
  const format = chooseFormat(ctx);
  const quads = await describeDataset(ctx.app.store, {
    publicBase: ctx.app.serverBase,
    modified: ctx.app.lastModified.toISOString().slice(0, 10),
  });
  const page = async () => voidPage(await serialiser('turtle').serialise(quads), formatLinks('/void'));
  await writeDocument(ctx, format, quads, page, '/void');
}

/** GET /context.jsonld: the JSON-LD context every CDKG JSON-LD document refers to. */
export async function context(ctx: RequestContext): Promise<void> {
  sendRepresentation(ctx.req, ctx.res, ctx.app, { contentType: 'application/ld+json; charset=utf-8', body: `${JSON.stringify(jsonldContext(), null, 2)}\n` });
}

/**
 * GET /dataset: the dataset's own IRI (DATASET_IRI, the one to cite) names
 * the dataset, not a document, so it answers 303 See Other with the document
 * that describes it (W3C "Cool URIs for the Semantic Web" §4.2; the VoID
 * description negotiates its format itself, so one target serves every client).
 */
export async function datasetIri(ctx: RequestContext): Promise<void> {
  ctx.res.writeHead(303, { Location: VOID_PATH });
  ctx.res.end();
}

/** GET /graph/<stem>[.ext]: one named graph's triples, or for browsers a page with its size and downloads; unknown graph → 404. */
export async function graph(ctx: RequestContext): Promise<void> {
  const format = chooseFormat(ctx);
  const { publicBase } = ctx.app.config;
  const path = `/graph/${ctx.params.stem}`;
  const iri = iriOfPath(path, publicBase);
  const quads = await namedGraph(ctx.app.store, iri);
  if (!quads) return writeNotFound(ctx, format, iri);
  await writeDocument(ctx, format, quads, async () => graphPage(await graphView(ctx.app.store, iri, quads, publicBase)), path);
}
