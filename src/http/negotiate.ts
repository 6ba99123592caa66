/**
 * Proactive content negotiation (RFC 9110 §12.5.1): the Accept header's media
 * ranges with their q-values pick the best of the media types a route offers.
 * A range's most specific match decides an offered type's quality
 * (`type/subtype` over `type/*` over `*\/*`); among equal qualities the
 * route's own order (its preference) wins. No acceptable type → undefined,
 * which the caller answers with 406. `choose` is the one rule every route
 * uses: the `format` parameter or path suffix first, else Accept.
 */
import { SERIALISERS } from '../export';
import { BadRequestError } from '../errors';
import { RESULT_FORMATS } from '../sparql/results';
import { HttpError, notAcceptable } from './errors';
import type { RequestContext } from './route';

/** The media type of every page, spelled once. */
export const HTML = 'text/html';

/** The Content-Type of a text answer: every text CDKG writes is UTF-8. */
export function withCharset(mediaType: string): string {
  return `${mediaType}; charset=utf-8`;
}

export interface MediaRange {
  readonly type: string;
  readonly subtype: string;
  readonly q: number;
}

/** Parses an Accept header; malformed ranges are skipped, as RFC 9110 lets a server ignore what it cannot read. */
export function parseAccept(header: string): MediaRange[] {
  const out: MediaRange[] = [];
  for (const part of header.split(',')) {
    const [range, ...params] = part.split(';').map((s) => s.trim());
    const m = /^([\w.+!#$&^-]+|\*)\/([\w.+!#$&^-]+|\*)$/.exec(range ?? '');
    if (!m || (m[1] === '*' && m[2] !== '*')) continue;
    let q = 1;
    for (const p of params) {
      const qm = /^q\s*=\s*([01](?:\.\d{0,3})?)$/i.exec(p);
      if (qm) q = Math.min(1, Number(qm[1]));
    }
    out.push({ type: m[1].toLowerCase(), subtype: m[2].toLowerCase(), q });
  }
  return out;
}

function specificity(range: MediaRange, type: string, subtype: string): number {
  if (range.type === type && range.subtype === subtype) return 3;
  if (range.type === type && range.subtype === '*') return 2;
  if (range.type === '*' && range.subtype === '*') return 1;
  return 0;
}

/** The most specific range matching one media type: its specificity (0 = no range matches) and its q. */
function bestMatch(ranges: readonly MediaRange[], mediaType: string): { s: number; q: number } {
  const [type, subtype] = mediaType.toLowerCase().split('/');
  let best: { s: number; q: number } = { s: 0, q: 0 };
  for (const r of ranges) {
    const s = specificity(r, type, subtype);
    if (s > best.s) best = { s, q: r.q };
  }
  return best;
}

/** The quality the Accept header gives one media type (0 = not acceptable). */
export function quality(ranges: readonly MediaRange[], mediaType: string): number {
  return bestMatch(ranges, mediaType).q;
}

/** One format a route can send: the media type it is sent as, and other media types that also ask for it. */
export interface Offer {
  /** The Content-Type the answer carries. */
  readonly mediaType: string;
  readonly aliases?: readonly string[];
}

/**
 * The quality of a format that several media types name. The answer is always
 * sent as the canonical `mediaType`, never as an alias: CDKG's pages are HTML
 * syntax, not well-formed XML, so labelling one application/xhtml+xml would make
 * a browser's XML parser reject it, and `application/json` or `text/plain` would
 * hide from the client which format (SPARQL JSON results, JSON-LD, N-Triples) it
 * got. Hence:
 * - when the canonical type is refused (its most specific range has q=0), the
 *   format is not acceptable, whatever an alias matches (RFC 9110 §12.4.2: q=0
 *   is "not acceptable", and the canonical type is what would be served);
 * - otherwise the most specific range over all the format's names decides
 *   (§12.5.1), the highest q among equally specific ones: `application/json`
 *   asks for SPARQL JSON results more specifically than a `*\/*` does, while a
 *   wildcard matching an alias cannot outrank a q the client gave the canonical type.
 */
export function offerQuality(ranges: readonly MediaRange[], offer: Offer): number {
  const canonical = bestMatch(ranges, offer.mediaType);
  if (canonical.s > 0 && canonical.q === 0) return 0;
  let best = canonical;
  for (const alias of offer.aliases ?? []) {
    const m = bestMatch(ranges, alias);
    if (m.s > best.s || (m.s === best.s && m.q > best.q)) best = m;
  }
  return best.q;
}

/**
 * Picks the best offer; a missing or empty Accept header means any type
 * (RFC 9110 §12.5.1), so the first offer wins, as it does among equal qualities.
 */
export function negotiateOffer<T extends Offer>(accept: string | undefined, offers: readonly T[]): T | undefined {
  if (accept === undefined || accept.trim() === '') return offers[0];
  const ranges = parseAccept(accept);
  if (ranges.length === 0) return offers[0];
  let best: { offer: T; q: number } | undefined;
  for (const offer of offers) {
    const q = offerQuality(ranges, offer);
    if (q > 0 && (!best || q > best.q)) best = { offer, q };
  }
  return best?.offer;
}

/** Picks the best of plain media types (each its own format, no aliases). */
export function negotiate(accept: string | undefined, offered: readonly string[]): string | undefined {
  return negotiateOffer(accept, offered.map((mediaType) => ({ mediaType })))?.mediaType;
}

/** The format a document request names: its path suffix (`.ttl`), else its `format` URL parameter. */
export function requestedFormat(ctx: RequestContext): string | undefined {
  return ctx.params.ext ?? ctx.url.searchParams.get('format') ?? undefined;
}

/** A format a route can send, as `choose` sees it: its media types, its `format` name, its path suffix, and what the route does with it. */
export interface Choice<T> extends Offer {
  /** The `format` parameter value that names it (`turtle`, `json`, `html`). */
  readonly name: string;
  /** The path suffix (and `format` value) that also names it (`ttl`). */
  readonly suffix?: string;
  readonly value: T;
}

/** The HTML page as an offer; application/xhtml+xml asks for it too, though the page is always sent as text/html (see offerQuality). */
export function htmlChoice<T>(value: T): Choice<T> {
  return { mediaType: HTML, aliases: ['application/xhtml+xml'], name: 'html', suffix: 'html', value };
}

/** Every name of a format CDKG writes somewhere: a `format` value naming one of them is not offered here (406), any other is unknown (400). */
const KNOWN_FORMATS: ReadonlySet<string> = new Set([
  'html',
  HTML,
  ...RESULT_FORMATS.flatMap((f) => [f.name, f.mediaType]),
  ...SERIALISERS.flatMap((s) => [s.name, s.extension, s.mediaType]),
]);

const namesOf = (o: Choice<unknown>): string[] => [o.name, o.mediaType, ...(o.suffix ? [o.suffix] : []), ...(o.aliases ?? [])];

/**
 * Chooses among a route's offers. A `format` (see requestedFormat) picks the offer that has it as name,
 * suffix or media type; a name of a format CDKG writes elsewhere but not here
 * is 406 (RFC 9110 §15.5.7), any other name is 400. Without `format`, the
 * Accept header decides (negotiateOffer); nothing acceptable is 406.
 */
export function choose<T>(ctx: RequestContext, offers: readonly Choice<T>[], format: string | undefined): T {
  if (format !== undefined) {
    const found = offers.find((o) => namesOf(o).includes(format));
    if (found) return found.value;
    const available = offers.map((o) => `${o.suffix ?? o.name} (${o.mediaType})`).join(', ');
    if (KNOWN_FORMATS.has(format)) throw new HttpError(406, `Format "${format}" is not offered here; this resource is available as ${available}`);
    throw new BadRequestError(`Unknown format "${format}"; this resource is available as ${available}`);
  }
  // Each format is one offer with its aliases (see offerQuality): a refused canonical type is never sent because an alias matched a wildcard.
  const picked = negotiateOffer(ctx.req.headers.accept, offers);
  if (picked === undefined) throw notAcceptable([...new Set(offers.flatMap((o) => [o.mediaType, ...(o.aliases ?? [])]))]);
  return picked.value;
}
