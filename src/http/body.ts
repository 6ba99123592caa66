/**
 * Reading request bodies: bounded in size, and strictly UTF-8, which is the
 * only encoding the SPARQL 1.1 Protocol allows for query text (§2.1.2, §2.1.3).
 */
import type { IncomingMessage } from 'node:http';
import { BadRequestError } from '../errors';
import { payloadTooLarge } from './errors';

export interface ContentType {
  /** Lower-case `type/subtype`, without parameters. */
  readonly mediaType: string;
  readonly charset?: string;
}

export function contentTypeOf(req: IncomingMessage): ContentType | undefined {
  const header = req.headers['content-type'];
  return header ? parseContentType(header) : undefined;
}

/** A Content-Type header's media type and charset (RFC 9110 §8.3). */
export function parseContentType(header: string): ContentType {
  const [type, ...params] = header.split(';').map((s) => s.trim());
  const charset = params.map((p) => /^charset\s*=\s*"?([^"]*)"?$/i.exec(p)?.[1]).find((c) => c !== undefined);
  return { mediaType: type.toLowerCase(), ...(charset ? { charset: charset.toLowerCase() } : {}) };
}

export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  // A declared length past the limit is refused before a byte is read.
  if (Number(req.headers['content-length'] ?? 0) > limit) throw payloadTooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw payloadTooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Decodes a body that must be UTF-8: a declared other charset or invalid bytes are a 400 that says so. */
export function utf8(body: Buffer, type: ContentType): string {
  if (type.charset && type.charset !== 'utf-8' && type.charset !== 'utf8') {
    throw new BadRequestError(`The request body must be UTF-8 (SPARQL 1.1 Protocol §2.1), not charset=${type.charset}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch (e) {
    throw new BadRequestError('The request body is not valid UTF-8 (SPARQL 1.1 Protocol §2.1)', { cause: e });
  }
}

/**
 * Parses `application/x-www-form-urlencoded` text (a body or a URL's query
 * string) strictly: a percent-escape that is not UTF-8 is a 400, where
 * URLSearchParams would silently put U+FFFD in the query.
 */
export function parseForm(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const [rawKey, rawValue] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
    try {
      out.push([decodeURIComponent(rawKey.replace(/\+/g, ' ')), decodeURIComponent(rawValue.replace(/\+/g, ' '))]);
    } catch (e) {
      throw new BadRequestError(`Parameter "${rawKey}" is not valid percent-encoded UTF-8`, { cause: e });
    }
  }
  return out;
}
