/**
 * /dumps/ lists the dump files (HTML or JSON) and /dumps/<file> serves one.
 * A dump is a gzip file, served as such: Content-Type application/gzip and
 * no Content-Encoding, so that clients save the .gz as it is instead of
 * decompressing it on the fly (RFC 9110 §8.4: Content-Encoding would make the
 * resource the uncompressed N-Triples).
 */
import { dumpFile, dumps } from '../../export/dumps';
import { dumpsView } from '../../export/linked-data/dumps-view';
import { sendRepresentation } from '../conditional';
import { choose, HTML, htmlChoice, withCharset, type Choice } from '../negotiate';
import { dumpsPage } from '../pages/dumps';
import type { RequestContext } from '../route';

const JSON_TYPE = 'application/json';

/** The listing as a page (first: the default for browsers) or as JSON. */
const LISTING_OFFERS: readonly Choice<string>[] = [htmlChoice(HTML), { mediaType: JSON_TYPE, name: 'json', value: JSON_TYPE }];

/** GET /dumps/: the list, as a page or as JSON (by Accept, or `?format=json`). */
export async function listDumps(ctx: RequestContext): Promise<void> {
  const picked = choose(ctx, LISTING_OFFERS, ctx.url.searchParams.get('format') ?? undefined);
  const view = dumpsView(await dumps(ctx.app.store));
  const body = picked === JSON_TYPE ? `${JSON.stringify({ dumps: view }, null, 2)}\n` : dumpsPage(view);
  sendRepresentation(ctx.req, ctx.res, ctx.app, { contentType: withCharset(picked), body });
}

/** GET /dumps: the listing lives at /dumps/ (relative links in it resolve against the slash). */
export async function redirectToDumps(ctx: RequestContext): Promise<void> {
  ctx.res.writeHead(301, { Location: '/dumps/' });
  ctx.res.end();
}

/** GET /dumps/<file>: one dump, as a download. */
export async function dump(ctx: RequestContext): Promise<void> {
  const d = await dumpFile(ctx.app.store, ctx.params.file);
  sendRepresentation(ctx.req, ctx.res, ctx.app, {
    contentType: d.compressFormat,
    body: d.bytes,
    headers: {
      'Content-Disposition': `attachment; filename="${d.fileName}"`,
      // Integrity of the bytes as sent (RFC 9530); the listing and DCAT give the same hash in hex.
      'Repr-Digest': `sha-256=:${Buffer.from(d.sha256, 'hex').toString('base64')}:`,
    },
  });
}
