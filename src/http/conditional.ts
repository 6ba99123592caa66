/**
 * Conditional GET for the linked-data routes (RFC 9110 §13): every
 * representation carries a strong ETag (a hash of its bytes and media type)
 * and Last-Modified (when the data files last changed), and a request that
 * already holds it gets 304 Not Modified without a body.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sourceFiles } from '../store/files';
import type { Config } from '../config';
import { REVALIDATE } from './cache';
import type { App } from './route';

/**
 * When the served files last changed: the newest modification time of the
 * files the store was loaded from and of the other files served (the shapes),
 * to the second (HTTP dates have no fractions, RFC 9110 §5.6.7). Not the start
 * of the process: a restart on the same files must keep Last-Modified, as it
 * keeps the ETags. The store is read-only, so the server computes it once at start.
 */
export function filesLastModified(config: Config, extraFiles: readonly string[] = []): Date {
  const files = sourceFiles({ dataDir: config.dataDir, ontologyDir: config.ontologyDir, loadOntology: config.loadOntology, graphNames: config.graphNames });
  const newest = Math.max(0, ...[...files.map((f) => f.file), ...extraFiles].map((f) => fs.statSync(f).mtimeMs));
  return new Date(Math.floor(newest / 1000) * 1000);
}

export function etagOf(body: string | Buffer, mediaType: string): string {
  return `"${crypto.createHash('sha256').update(mediaType).update('\n').update(body).digest('base64url').slice(0, 32)}"`;
}

/** Whether the client's copy is current: If-None-Match decides when present (weak comparison, §13.1.2), else If-Modified-Since (§13.1.3). */
export function notModified(req: IncomingMessage, etag: string, lastModified: Date): boolean {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return inm.split(',').some((t) => t.trim() === '*' || opaque(t) === opaque(etag));
  }
  const ims = req.headers['if-modified-since'];
  if (ims === undefined) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && lastModified.getTime() <= since;
}

export interface Representation {
  readonly status?: number;
  /** The Content-Type header value, with charset for text. */
  readonly contentType: string;
  readonly body: string | Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Writes a representation with its validators and Cache-Control (./cache.ts), or 304 when the request's validators match (only for 200 answers). */
export function sendRepresentation(req: IncomingMessage, res: ServerResponse, app: App, rep: Representation): void {
  const status = rep.status ?? 200;
  const { lastModified } = app;
  const etag = etagOf(rep.body, rep.contentType);
  const validators = { ETag: etag, 'Last-Modified': lastModified.toUTCString(), Vary: 'Accept', 'Cache-Control': REVALIDATE };
  if (status === 200 && notModified(req, etag, lastModified)) {
    res.writeHead(304, { ...validators, ...rep.headers });
    res.end();
    return;
  }
  const length = typeof rep.body === 'string' ? Buffer.byteLength(rep.body) : rep.body.length;
  res.writeHead(status, { 'Content-Type': rep.contentType, 'Content-Length': String(length), ...validators, ...rep.headers });
  res.end(rep.body);
}
