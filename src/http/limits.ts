/**
 * Per-client request rate on every endpoint: a token bucket per client
 * address (`rateBurst` requests at once, refilled at `rateLimit` a second).
 * A client past it gets 429 with Retry-After (RFC 6585 §4), and the request
 * costs nothing further: it is refused before routing, before any body is read.
 */
import type { IncomingMessage } from 'node:http';
import net from 'node:net';
import { HttpError } from './errors';

export interface RateOptions {
  readonly rateLimit: number;
  readonly rateBurst: number;
  readonly rateLimitExempt: readonly string[];
  readonly trustedProxies: readonly string[];
}

/** Buckets kept at most; past it, the fullest (longest idle) are forgotten first, so memory stays bounded whatever clients come. */
const MAX_CLIENTS = 10_000;

/** An IPv4 client on a dual-stack socket is reported as `::ffff:a.b.c.d` (RFC 4291 §2.5.5.2); it is the same client as `a.b.c.d`. */
export function normalAddress(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (m ? m[1] : address).toLowerCase();
}

/**
 * The client's address: the connection's peer, or, when that peer is a trusted proxy, the last address in
 * X-Forwarded-For that is not itself a trusted proxy (each proxy appends the address it was reached from, so
 * only the entries added by trusted proxies can be believed; RFC 7239 §5.2 for the same rule on Forwarded).
 */
export function clientAddress(req: IncomingMessage, trustedProxies: ReadonlySet<string>): string {
  const peer = normalAddress(req.socket.remoteAddress ?? '');
  if (!trustedProxies.has(peer)) return peer;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((h) => normalAddress(h.trim()));
  for (let i = hops.length - 1; i >= 0; i--) {
    if (net.isIP(hops[i]) === 0) return peer;
    if (!trustedProxies.has(hops[i])) return hops[i];
  }
  return peer;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly exempt: ReadonlySet<string>;
  private readonly proxies: ReadonlySet<string>;

  constructor(
    private readonly options: RateOptions,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.exempt = new Set(options.rateLimitExempt.map(normalAddress));
    this.proxies = new Set(options.trustedProxies.map(normalAddress));
  }

  /** Takes one request from the client's bucket, or throws the 429 that says when to come back. */
  admit(req: IncomingMessage): void {
    const { rateLimit, rateBurst } = this.options;
    if (rateLimit === 0) return;
    const client = clientAddress(req, this.proxies);
    if (this.exempt.has(client)) return;
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: rateBurst, at: now };
    bucket.tokens = Math.min(rateBurst, bucket.tokens + ((now - bucket.at) / 1000) * rateLimit);
    bucket.at = now;
    // Re-inserted, so the Map's order is least recently seen first.
    this.buckets.delete(client);
    this.buckets.set(client, bucket);
    if (this.buckets.size > MAX_CLIENTS) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens < 1) {
      const seconds = Math.ceil((1 - bucket.tokens) / rateLimit);
      throw new HttpError(429, `Too many requests from ${client}: at most ${rateLimit} a second on average (bursts of ${rateBurst}); retry in ${seconds} s`, { 'Retry-After': String(seconds) });
    }
    bucket.tokens -= 1;
  }
}

/** The request target's length is checked before it is parsed: a longer query belongs in a POST body (SPARQL 1.1 Protocol §2.1.2). */
export function checkTargetLength(req: IncomingMessage, maxUrlBytes: number): void {
  const length = Buffer.byteLength(req.url ?? '');
  if (length > maxUrlBytes) throw new HttpError(414, `Request target of ${length} bytes is longer than the ${maxUrlBytes} allowed (KB_MAX_URL_BYTES); send a long query with POST`);
}
