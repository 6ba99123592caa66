/**
 * What the linked-data integration tests share: a real server (ephemeral
 * port) on the fixture data of test/fixtures/linked-data with the real
 * ontology and named queries, a GET that never follows redirects, and
 * parsing of every RDF format with a real parser.
 */
import path from 'node:path';
import jsonld from 'jsonld';
import type * as RDF from '@rdfjs/types';
import { CDKG } from '../../../ontology/namespaces';
import { DEFAULTS, type Config } from '../../../src/config';
import { documentLoader } from '../../../src/export';
import { startServer, type RunningServer } from '../../../src/http/server';
import { parseRdf, type RdfSyntax } from '../../../src/store/oxigraph';

const FIXTURE = path.join(__dirname, '../../fixtures/linked-data/data');
const config: Config = { ...DEFAULTS, dataDir: FIXTURE, port: 0, workers: 1 };

/** What Chromium sends for a page navigation. */
export const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

export const US = '/id/state/united-states';
export const US_IRI = 'https://w3id.org/cdkg/id/state/united-states';
export const STATE_TERM = `/describe?uri=${encodeURIComponent(CDKG.State)}`;
export const UNKNOWN = '/id/state/atlantis';

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly bytes: Buffer;
  readonly body: string;
}

export type Get = (pathname: string, headers?: Record<string, string>) => Promise<Answer>;

/** Starts a server for the calling test file (beforeAll) and stops it (afterAll); returns a GET against it. */
export function linkedDataServer(): Get {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(config, () => undefined);
  });
  afterAll(() => server.close());
  return async (pathname, headers = {}) => {
    const res = await fetch(server.url + pathname, { headers, redirect: 'manual' });
    const bytes = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, bytes, body: bytes.toString('utf8') };
  };
}

/** Parses a body in any of the RDF formats with a real parser (Oxigraph; jsonld.js for JSON-LD, with the local context). */
export async function parse(body: string, mediaType: string): Promise<RDF.Quad[]> {
  if (mediaType === 'application/ld+json') {
    const nquads = (await jsonld.toRDF(JSON.parse(body) as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader } as jsonld.Options.ToRdf)) as unknown as string;
    return parseRdf(nquads, { format: 'application/n-quads' });
  }
  return parseRdf(body, { format: mediaType as RdfSyntax });
}

export const has = (quads: readonly RDF.Quad[], s: string, p: string, o?: string) =>
  quads.some((q) => q.subject.value === s && q.predicate.value === p && (o === undefined || q.object.value === o));
