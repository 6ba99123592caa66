/**
 * Writing a dereferenced document: pick the representation (file suffix,
 * else Accept with q-values), serialise the description or render the page,
 * and send it with validators. Unknown resources get a 404 in the format
 * asked for, so an RDF client still receives parseable RDF.
 */
import type * as RDF from '@rdfjs/types';
import { SERIALISERS, contentType, serialiser } from '../../export';
import { DOCUMENT_FORMATS, formatBySuffix, type DocumentFormat } from '../../export/linked-data/formats';
import { BadRequestError } from '../../errors';
import { sendRepresentation } from '../conditional';
import { HttpError, notAcceptable } from '../errors';
import { negotiateOffer } from '../negotiate';
import { VOID_PATH } from '../pages/layout';
import { notFoundPage } from '../pages/not-found';
import type { RequestContext } from '../route';

const HTML_TYPE = 'text/html; charset=utf-8';

/** The regular-expression tail that lets a path end in a format suffix (`.ttl`, `.jsonld`, …), captured as `ext`. */
export const SUFFIX = `(?:\\.(?<ext>${DOCUMENT_FORMATS.map((f) => f.suffix).join('|')}))?`;

/** The representation a request asks for: the suffix when there is one, else the best acceptable media type; none → 406. */
export function chooseFormat(ctx: RequestContext, offered: readonly DocumentFormat[] = DOCUMENT_FORMATS): DocumentFormat {
  const ext = ctx.params.ext ?? ctx.url.searchParams.get('format') ?? undefined;
  if (ext) {
    const f = formatBySuffix(ext);
    // A format name that does not exist is a bad request; one that exists (N-Quads, TriG: formats of the dumps)
    // but is not offered here is not acceptable (RFC 9110 §15.5.7).
    const available = offered.map((o) => `${o.suffix} (${o.mediaType})`).join(', ');
    if (f && offered.includes(f)) return f;
    if (f || SERIALISERS.some((s) => s.name === ext || s.extension === ext)) throw new HttpError(406, `Format "${ext}" is not offered here; this resource is available as ${available}`);
    throw new BadRequestError(`Unknown format "${ext}"; this resource is available as ${available}`);
  }
  // Each format is one offer with its aliases, so an alias never wins on a wildcard when its canonical type was refused.
  const picked = negotiateOffer(ctx.req.headers.accept, offered.map((format) => ({ mediaType: format.mediaType, aliases: format.acceptAlso, format })));
  if (!picked) throw notAcceptable(offered.flatMap((f) => [f.mediaType, ...f.acceptAlso]));
  return picked.format;
}

/** Headers that tie a document to its other formats and to the dataset description (RFC 8288 links). */
function linkHeaders(path: string | undefined, format: DocumentFormat): Record<string, string> {
  const links = [`<${VOID_PATH}>; rel="describedby"`];
  if (path !== undefined) {
    for (const f of DOCUMENT_FORMATS) if (f !== format) links.push(`<${path}.${f.suffix}>; rel="alternate"; type="${f.mediaType}"`);
  }
  return {
    Link: links.join(', '),
    // A negotiated answer names the URL of this very representation (RFC 9110 §8.7).
    ...(path !== undefined ? { 'Content-Location': `${path}.${format.suffix}` } : {}),
  };
}

/**
 * Sends a document: the page for HTML, the triples in the chosen syntax otherwise.
 * `path` is the local path without suffix (for Content-Location and alternate links).
 */
export async function writeDocument(ctx: RequestContext, format: DocumentFormat, quads: readonly RDF.Quad[], page: () => Promise<string> | string, path?: string): Promise<void> {
  const headers = linkHeaders(path, format);
  if (!format.serialiser) {
    sendRepresentation(ctx.req, ctx.res, ctx.app, { contentType: HTML_TYPE, body: await page(), headers });
    return;
  }
  const s = serialiser(format.serialiser);
  sendRepresentation(ctx.req, ctx.res, ctx.app, { contentType: contentType(s), body: await s.serialise(quads), headers });
}

/** 404 for an IRI CDKG knows nothing about, as an HTML page or an empty graph in the asked syntax. */
export async function writeNotFound(ctx: RequestContext, format: DocumentFormat, iri: string): Promise<void> {
  if (!format.serialiser) {
    sendRepresentation(ctx.req, ctx.res, ctx.app, { status: 404, contentType: HTML_TYPE, body: notFoundPage(iri) });
    return;
  }
  const s = serialiser(format.serialiser);
  const body = await s.serialise([]);
  // Turtle and N-Triples allow comments: say why the graph is empty.
  const note = s.name === 'turtle' || s.name === 'ntriples' ? `# CDKG has no data about <${iri}>\n` : '';
  sendRepresentation(ctx.req, ctx.res, ctx.app, { status: 404, contentType: contentType(s), body: note + body });
}
