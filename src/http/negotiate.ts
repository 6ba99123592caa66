/**
 * Proactive content negotiation (RFC 9110 §12.5.1): the Accept header's media
 * ranges with their q-values pick the best of the media types a route offers.
 * A range's most specific match decides an offered type's quality
 * (`type/subtype` over `type/*` over `*\/*`); among equal qualities the
 * route's own order (its preference) wins. No acceptable type → undefined,
 * which the caller answers with 406.
 */

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
