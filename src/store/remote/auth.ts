/**
 * HTTP authentication towards a remote store: Basic (RFC 7617) or Digest
 * (RFC 7616, MD5 with qop=auth, what Virtuoso's /sparql-auth and
 * /sparql-graph-crud-auth ask), chosen from the server's challenge. The
 * credentials go only into the Authorization header, never into a message.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface Credentials {
  readonly user: string;
  readonly password: string;
}

interface DigestChallenge {
  readonly realm: string;
  readonly nonce: string;
  readonly opaque?: string;
  readonly qop?: string;
  readonly algorithm?: string;
}

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

/** The parameters of a `Digest k="v", k=v` challenge (RFC 7616 §3.3). */
function digestChallenge(header: string): DigestChallenge | undefined {
  const at = header.search(/Digest\s/i);
  if (at < 0) return undefined;
  const params: Record<string, string> = {};
  for (const m of header.slice(at + 7).matchAll(/([A-Za-z]+)=(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g)) params[m[1].toLowerCase()] = m[2] ?? m[3];
  if (params.realm === undefined || params.nonce === undefined) return undefined;
  return { realm: params.realm, nonce: params.nonce, opaque: params.opaque, qop: params.qop, algorithm: params.algorithm };
}

/** Answers challenges and remembers the last Digest one, so later requests authenticate at once (nonce count increasing). */
export class Authenticator {
  private challenge: DigestChallenge | undefined;
  private basic = false;
  private count = 0;

  constructor(private readonly credentials: Credentials | undefined) {}

  /** The Authorization header for a request, when a scheme is known. */
  header(method: string, url: URL): string | undefined {
    const c = this.credentials;
    if (!c) return undefined;
    if (this.basic) return `Basic ${Buffer.from(`${c.user}:${c.password}`).toString('base64')}`;
    const ch = this.challenge;
    if (!ch) return undefined;
    const uri = `${url.pathname}${url.search}`;
    const nc = (++this.count).toString(16).padStart(8, '0');
    const cnonce = randomBytes(8).toString('hex');
    const ha1 = md5(`${c.user}:${ch.realm}:${c.password}`);
    const ha2 = md5(`${method}:${uri}`);
    const auth = ch.qop?.split(',').map((q) => q.trim()).includes('auth');
    const response = auth ? md5(`${ha1}:${ch.nonce}:${nc}:${cnonce}:auth:${ha2}`) : md5(`${ha1}:${ch.nonce}:${ha2}`);
    const quote = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;
    return [
      `Digest username=${quote(c.user)}`, `realm=${quote(ch.realm)}`, `nonce=${quote(ch.nonce)}`, `uri=${quote(uri)}`, `response=${quote(response)}`,
      ...(ch.algorithm ? [`algorithm=${ch.algorithm}`] : []), ...(ch.opaque !== undefined ? [`opaque=${quote(ch.opaque)}`] : []),
      ...(auth ? ['qop=auth', `nc=${nc}`, `cnonce=${quote(cnonce)}`] : []),
    ].join(', ');
  }

  /** Takes a 401's challenge; true when the request is worth repeating with credentials. */
  accept(wwwAuthenticate: string | null): boolean {
    if (!this.credentials || !wwwAuthenticate) return false;
    const digest = digestChallenge(wwwAuthenticate);
    if (digest) {
      this.challenge = digest;
      this.basic = false;
      this.count = 0;
      return true;
    }
    if (/^\s*Basic\b/i.test(wwwAuthenticate) && !this.basic) {
      this.basic = true;
      return true;
    }
    return false;
  }
}
