/**
 * The only way CDKG opens a connection to another server: a fetch for the
 * federation engine that reaches allowlisted SPARQL endpoints only. Before
 * any connection the request URL must be an allowlisted endpoint (same
 * origin and path), its host is resolved, and every address it resolves to
 * must be public, unless the allowlist entry names the host by address (a
 * test or intranet endpoint, chosen on purpose); the connection then goes to
 * the checked address, so a second resolution cannot swap it (DNS
 * rebinding). Redirects are never followed, and each call has a time limit
 * and a size limit.
 */
import dns from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { RemoteError, UnsupportedError } from '../../errors';

export interface GuardOptions {
  /** Allowlisted endpoint URLs (Config.federationAllow). */
  readonly allow: readonly string[];
  readonly timeoutMs: number;
  /** Largest answer body accepted from one call, in bytes. */
  readonly maxBytes: number;
  /** Host name resolution (all addresses); dns.lookup by default, replaceable in tests. */
  readonly resolve?: (host: string) => Promise<readonly { address: string; family: number }[]>;
}

/** Addresses that are not on the public internet (RFC 6890 special-purpose registries). */
const NOT_PUBLIC = new net.BlockList();
for (const [net4, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NOT_PUBLIC.addSubnet(net4, prefix, 'ipv4');
for (const [net6, prefix] of [['::', 128], ['::1', 128], ['64:ff9b::', 96], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) NOT_PUBLIC.addSubnet(net6, prefix, 'ipv6');

/** Whether an address is public (an IPv4-mapped IPv6 address is judged as its IPv4 address). */
export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return isPublicAddress(mapped[1]);
  const family = net.isIP(address);
  if (family === 0) return false;
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

const endpointKey = (u: URL) => `${u.protocol}//${u.host}${u.pathname}`;

/** A host as URL.hostname writes it, without the brackets of an IPv6 literal. */
const bareHost = (hostname: string) => hostname.replace(/^\[(.*)\]$/, '$1');

export class EndpointGuard {
  private readonly allowed: ReadonlySet<string>;
  private readonly resolve: NonNullable<GuardOptions['resolve']>;

  constructor(private readonly options: GuardOptions) {
    this.allowed = new Set(options.allow.map((e) => endpointKey(new URL(e))));
    this.resolve = options.resolve ?? ((host) => dns.lookup(host, { all: true, verbatim: true }));
  }

  /** Refuses, before anything is contacted, an endpoint that is not on the allowlist. */
  checkAllowed(endpoint: string): void {
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      throw new UnsupportedError(`SERVICE <${endpoint}> is not an absolute http(s) URL`);
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !this.allowed.has(endpointKey(url))) {
      const setting = this.options.allow.length ? `it is not among the endpoints KB_FEDERATION_ALLOW names (${this.options.allow.join(', ')})` : 'KB_FEDERATION_ALLOW is empty, so SERVICE is off';
      throw new UnsupportedError(`SERVICE <${endpoint}> is not allowed: ${setting}`);
    }
  }

  /** The address to connect to for a URL: checked as the module comment says. */
  private async address(url: URL): Promise<{ address: string; family: number }> {
    const host = bareHost(url.hostname);
    const literal = net.isIP(host);
    // An allowlisted URL that names its host by address was chosen with that address: any address is allowed then.
    if (literal) return { address: host, family: literal };
    let found: readonly { address: string; family: number }[];
    try {
      found = await this.resolve(host);
    } catch (e) {
      throw new RemoteError(url.href, `SERVICE <${endpointKey(url)}>: the host ${host} does not resolve`, { cause: e });
    }
    const blocked = found.find((a) => !isPublicAddress(a.address));
    if (found.length === 0 || blocked) {
      throw new UnsupportedError(`SERVICE <${endpointKey(url)}> is refused: ${host} resolves to ${blocked?.address ?? 'no address'}, which is not a public address; name it by its address in KB_FEDERATION_ALLOW to allow it`);
    }
    return found[0];
  }

  /** A WHATWG fetch for the engine, through the guard; a 3xx answer is an error, never followed. */
  readonly fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    this.checkAllowed(request.url);
    const { address, family } = await this.address(url);
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : Buffer.from(await request.arrayBuffer());
    const headers: Record<string, string> = {};
    request.headers.forEach((value, key) => {
      headers[key] = value;
    });
    return new Promise<Response>((resolve, reject) => {
      const client = url.protocol === 'https:' ? https : http;
      const req = client.request(
        url,
        {
          method: request.method,
          headers,
          // The connection goes to the checked address, whatever a second lookup would say; TLS still checks the name.
          lookup: (_host: string, _opts: unknown, callback: (err: Error | null, address: string, family: number) => void) => callback(null, address, family),
          timeout: this.options.timeoutMs,
        } as http.RequestOptions,
        (res) => {
          const status = res.statusCode ?? 0;
          if (status >= 300 && status < 400) {
            res.resume();
            reject(new RemoteError(url.href, `SERVICE <${endpointKey(url)}> answered with a redirect (${status}) to ${res.headers.location ?? 'nowhere'}; redirects are not followed`));
            return;
          }
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > this.options.maxBytes) {
              req.destroy();
              reject(new RemoteError(url.href, `SERVICE <${endpointKey(url)}> answered with more than ${this.options.maxBytes} bytes`));
              return;
            }
            chunks.push(chunk);
          });
          res.on('end', () => {
            const out = new Headers();
            for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out.set(k, Array.isArray(v) ? v.join(', ') : v);
            resolve(new Response(status === 204 ? null : Buffer.concat(chunks), { status, headers: out }));
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new RemoteError(url.href, `SERVICE <${endpointKey(url)}> gave no answer within ${this.options.timeoutMs} ms (KB_FEDERATION_TIMEOUT_MS)`)));
      req.on('error', (e) => reject(e instanceof RemoteError ? e : new RemoteError(url.href, `SERVICE <${endpointKey(url)}> could not be reached: ${e.message}`, { cause: e })));
      req.end(body);
    });
  };
}
