/**
 * Who may write: `Authorization: Bearer <token>` (RFC 6750 §2.1) with one of
 * the configured admin tokens. Tokens are compared as SHA-256 digests with
 * crypto.timingSafeEqual, every configured token each time, so neither the
 * answer's timing nor its length tells how much of a guess was right. The
 * token's name is what provenance records; the token is never logged.
 */
import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AuthenticationError, WritesDisabledError } from '../errors';
import type { App } from './route';

const digest = (s: string) => crypto.createHash('sha256').update(s, 'utf8').digest();

/** The name of the token that authorises this write; 403 when writes are off, 401 without a valid token. */
export function authorise(req: IncomingMessage, app: App): string {
  if (!app.writes || app.config.adminTokens.length === 0) {
    throw new WritesDisabledError('Writes are disabled on this server: no admin token is configured (set KB_ADMIN_TOKENS or KB_ADMIN_TOKENS_FILE; docs/writes.md)');
  }
  const header = req.headers.authorization;
  const m = header ? /^Bearer\s+([A-Za-z0-9\-._~+/]+=*)\s*$/i.exec(header) : null;
  if (!m) throw new AuthenticationError('This write needs an admin token: send Authorization: Bearer <token>');
  const given = digest(m[1]);
  let name: string | undefined;
  for (const t of app.config.adminTokens) {
    if (crypto.timingSafeEqual(given, digest(t.token)) && name === undefined) name = t.name;
  }
  if (name === undefined) throw new AuthenticationError('The bearer token is not valid here');
  return name;
}
