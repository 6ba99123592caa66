/**
 * Writing answers: query results in the negotiated (or `format`-named)
 * result format, RDF through the export serialisers, and a truncated answer
 * marked so that no client mistakes it for the whole one.
 */
import type { ServerResponse } from 'node:http';
import { aliasesOf, contentType, SERIALISER_NAMES, SERIALISERS, type AliasOptions, type RdfSerialiser } from '../export';
import { BadRequestError } from '../errors';
import { RESULT_FORMAT_NAMES, resultFormatsFor, type ResultFormat } from '../sparql/results';
import type { QueryOutcome } from '../sparql/service';
import type * as RDF from '@rdfjs/types';
import { REVALIDATE } from './cache';
import { notAcceptable } from './errors';
import { negotiateOffer, type Offer as MediaOffer } from './negotiate';
import type { RequestContext } from './route';

/** Response headers that mark a cut answer (exposed to browser scripts through CORS, see ./server.ts). */
export const TRUNCATED_HEADER = 'CDKG-Results-Truncated';
export const LIMIT_HEADER = 'CDKG-Results-Limit';

/** Formats that allow `#` comment lines, where a truncated answer also says so in the body. */
const COMMENTED = new Set(['turtle', 'ntriples', 'nquads', 'trig']);

/** Generic media types that standard SPARQL clients send for the result formats (mapped to the specific ones). */
const RESULT_ALIASES: Readonly<Record<string, string>> = { 'application/json': 'json', 'application/xml': 'xml', 'text/xml': 'xml' };

/** Every name the `format` parameter takes. */
const FORMAT_NAMES: readonly string[] = [...RESULT_FORMAT_NAMES, ...SERIALISER_NAMES];

/** A format a route can send: its media type (the Content-Type), the other media types that ask for it, and its `format` name. */
interface Offer<T> extends MediaOffer {
  readonly name: string;
  readonly value: T;
}

/**
 * Chooses among offers: by the `format` parameter (a name or a media type)
 * when given, else by the Accept header. Unknown `format` → 400; nothing
 * acceptable → 406.
 */
export function choose<T>(ctx: RequestContext, offers: readonly Offer<T>[], format: string | undefined): T {
  const names = (o: Offer<T>) => [o.mediaType, ...(o.aliases ?? [])];
  const types = [...new Set(offers.flatMap(names))];
  if (format !== undefined) {
    if (!FORMAT_NAMES.includes(format) && !types.includes(format)) {
      throw new BadRequestError(`Unknown format "${format}"; expected one of ${FORMAT_NAMES.join(', ')} or a media type`);
    }
    const found = offers.find((o) => o.name === format || names(o).includes(format));
    if (!found) throw notAcceptable(types);
    return found.value;
  }
  // Each format is one offer with its aliases (see offerQuality): a refused canonical type is never sent because an alias matched a wildcard.
  const picked = negotiateOffer(ctx.req.headers.accept, offers);
  if (picked === undefined) throw notAcceptable(types);
  return picked.value;
}

function resultOffers(kind: 'select' | 'ask'): Offer<ResultFormat>[] {
  return resultFormatsFor(kind).map((f) => ({
    mediaType: f.mediaType,
    aliases: Object.entries(RESULT_ALIASES).filter(([, name]) => name === f.name).map(([mediaType]) => mediaType),
    name: f.name,
    value: f,
  }));
}

/**
 * Every serialiser as one offer: its registered media type, with the other types that
 * ask for its format (the alias table of src/export/index.ts); `generic` adds
 * application/json, application/xml and the like, for answers that can only be RDF.
 */
export function rdfOffers(aliases: AliasOptions = {}): Offer<RdfSerialiser>[] {
  return SERIALISERS.map((s) => ({ mediaType: s.mediaType, aliases: aliasesOf(s.name, aliases), name: s.name, value: s }));
}

/** Writes one response with the headers every negotiated answer carries (Cache-Control: see ./cache.ts; `headers` may override it). */
export function send(res: ServerResponse, status: number, type: string, body: string, headers: Readonly<Record<string, string>> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), Vary: 'Accept', 'Cache-Control': REVALIDATE, ...headers });
  res.end(body);
}

/** Serialises quads in the negotiated RDF format (Turtle by default); `note` becomes a leading comment where the format has comments. */
export async function writeQuads(
  ctx: RequestContext,
  quads: readonly RDF.Quad[],
  format: string | undefined,
  headers: Readonly<Record<string, string>> = {},
  note?: string,
  aliases: AliasOptions = {},
): Promise<void> {
  const s = choose(ctx, rdfOffers(aliases), format);
  const body = await s.serialise(quads);
  send(ctx.res, 200, contentType(s), note && COMMENTED.has(s.name) ? `# ${note}\n${body}` : body, headers);
}

export async function writeOutcome(ctx: RequestContext, outcome: QueryOutcome, format: string | undefined): Promise<void> {
  const limit = ctx.app.sparql.options.maxResults;
  const headers: Record<string, string> = outcome.truncated ? { [TRUNCATED_HEADER]: 'true', [LIMIT_HEADER]: String(limit) } : {};
  const { result } = outcome;
  if (result.kind === 'graph') {
    const note = outcome.truncated ? `Truncated: only the first ${limit} triples of a larger answer (see the ${TRUNCATED_HEADER} header)` : undefined;
    // A CONSTRUCT or DESCRIBE answer can only be RDF, so generic types (application/json, application/xml) name an RDF format here.
    await writeQuads(ctx, result.quads, format, headers, note, { generic: true });
    return;
  }
  const f = choose(ctx, resultOffers(result.kind), format);
  send(ctx.res, 200, `${f.mediaType}; charset=utf-8`, f.serialise(result), headers);
}
