/**
 * /dumps/ lists the dump files (HTML or JSON) and /dumps/<file> serves one.
 * A dump is a gzip file, served as such: Content-Type application/gzip and
 * no Content-Encoding, so that clients save the .gz as it is instead of
 * decompressing it on the fly (RFC 9110 §8.4: Content-Encoding would make the
 * resource the uncompressed N-Triples).
 */
import { dumpFile, dumps } from '../../export/dumps';
import { dumpsView } from '../../export/linked-data/dumps-view';
import { BadRequestError } from '../../errors';
import { sendRepresentation } from '../conditional';
import { notAcceptable } from '../errors';
import { negotiate } from '../negotiate';
import { dumpsPage } from '../pages/dumps';
import type { RequestContext } from '../route';

const LISTING_TYPES = ['text/html', 'application/json'] as const;

/** The `format` names of the listing and the media type each names. */
const LISTING_FORMATS: Readonly<Record<string, (typeof LISTING_TYPES)[number]>> = { html: 'text/html', json: 'application/json' };

/** The listing's media type: by `format` (html or json; any other name is a 400, as on every route), else by Accept. */
function listingType(ctx: RequestContext): string {
  const format = ctx.url.searchParams.get('format');
  if (format !== null) {
    if (!Object.hasOwn(LISTING_FORMATS, format)) throw new BadRequestError(`Unknown format "${format}" for the dump listing; expected one of ${Object.keys(LISTING_FORMATS).join(', ')}`);
    return LISTING_FORMATS[format];
  }
  const picked = negotiate(ctx.req.headers.accept, LISTING_TYPES);
  if (!picked) throw notAcceptable(LISTING_TYPES);
  return picked;
}

/** GET /dumps/: the list, as a page or as JSON (by Accept, or `?format=json`). */
export async function listDumps(ctx: RequestContext): Promise<void> {
  const picked = listingType(ctx);
  const view = dumpsView(await dumps(ctx.app.store));
  const body = picked === 'application/json' ? `${JSON.stringify({ dumps: view }, null, 2)}\n` : dumpsPage(view);
  sendRepresentation(ctx.req, ctx.res, ctx.app, { contentType: `${picked}; charset=utf-8`, body });
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
