/**
 * Writing a dereferenced document: pick the representation (file suffix,
 * else Accept with q-values), serialise the description or render the page,
 * and send it with validators. Unknown resources get a 404 in the format
 * asked for, so an RDF client still receives parseable RDF.
 */
import type * as RDF from '@rdfjs/types';
import { contentType, serialiser } from '../../export';
import { DOCUMENT_FORMATS, type DocumentFormat } from '../../export/linked-data/formats';
import { sendRepresentation } from '../conditional';
import { choose, HTML, requestedFormat, withCharset, type Choice } from '../negotiate';
import { VOID_PATH } from '../pages/layout';
import { notFoundPage } from '../pages/not-found';
import type { RequestContext } from '../route';

/** The regular-expression tail that lets a path end in a format suffix (`.ttl`, `.jsonld`, …), captured as `ext`. */
export const SUFFIX = `(?:\\.(?<ext>${DOCUMENT_FORMATS.map((f) => f.suffix).join('|')}))?`;

/** The document formats as offers: named by suffix or serialiser name, asked for by their media types. */
function documentOffers(formats: readonly DocumentFormat[]): Choice<DocumentFormat>[] {
  return formats.map((f) => ({ mediaType: f.mediaType, aliases: f.acceptAlso, name: f.serialiser ?? f.suffix, suffix: f.suffix, value: f }));
}

/** The representation a request asks for (suffix or `format`, else Accept with q-values); see choose in ../negotiate.ts. */
export function chooseFormat(ctx: RequestContext, offered: readonly DocumentFormat[] = DOCUMENT_FORMATS): DocumentFormat {
  return choose(ctx, documentOffers(offered), requestedFormat(ctx));
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
    sendRepresentation(ctx.req, ctx.res, ctx.app, { contentType: withCharset(HTML), body: await page(), headers });
    return;
  }
  const s = serialiser(format.serialiser);
  sendRepresentation(ctx.req, ctx.res, ctx.app, { contentType: contentType(s), body: await s.serialise(quads), headers });
}

/**
 * The IRI of a 404 as comment text. It comes from the request, so every
 * character an IRIREF may not hold (Turtle §6.5: controls, space, <>"{}|^`\)
 * and every line or paragraph separator is percent-encoded: a line break
 * would end the comment and let the client's text be read as triples.
 */
function iriInComment(iri: string): string {
  return iri.replace(/[\u0000-\u0020<>"{}|^`\\\u007f-\u009f\u2028\u2029]/g, (c) => encodeURIComponent(c));
}

/** 404 for an IRI CDKG knows nothing about, as an HTML page or an empty graph in the asked syntax. */
export async function writeNotFound(ctx: RequestContext, format: DocumentFormat, iri: string): Promise<void> {
  if (!format.serialiser) {
    sendRepresentation(ctx.req, ctx.res, ctx.app, { status: 404, contentType: withCharset(HTML), body: notFoundPage(iri) });
    return;
  }
  const s = serialiser(format.serialiser);
  const body = await s.serialise([]);
  // Turtle and N-Triples allow comments: say why the graph is empty.
  const note = s.name === 'turtle' || s.name === 'ntriples' ? `# CDKG has no data about <${iriInComment(iri)}>\n` : '';
  sendRepresentation(ctx.req, ctx.res, ctx.app, { status: 404, contentType: contentType(s), body: note + body });
}
