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

/** The quality the Accept header gives one media type (0 = not acceptable). */
export function quality(ranges: readonly MediaRange[], mediaType: string): number {
  const [type, subtype] = mediaType.toLowerCase().split('/');
  let best: { s: number; q: number } = { s: 0, q: 0 };
  for (const r of ranges) {
    const s = specificity(r, type, subtype);
    if (s > best.s) best = { s, q: r.q };
  }
  return best.q;
}

/** Picks the best offered media type; a missing or empty Accept header means any type (RFC 9110 §12.5.1), so the first offered wins. */
export function negotiate(accept: string | undefined, offered: readonly string[]): string | undefined {
  if (accept === undefined || accept.trim() === '') return offered[0];
  const ranges = parseAccept(accept);
  if (ranges.length === 0) return offered[0];
  let best: { type: string; q: number } | undefined;
  for (const type of offered) {
    const q = quality(ranges, type);
    if (q > 0 && (!best || q > best.q)) best = { type, q };
  }
  return best?.type;
}
