/**
 * Writing answers: query results in the negotiated (or `format`-named)
 * result format, RDF through the export serialisers, and a truncated answer
 * marked so that no client mistakes it for the whole one.
 */
import type { ServerResponse } from 'node:http';
import { aliasesOf, contentType, SERIALISERS, type AliasOptions, type RdfSerialiser } from '../export';
import { resultFormatsFor, type ResultFormat } from '../sparql/results';
import { xmlReadsBack } from '../sparql/results/xml';
import type { ParsedQuery } from '../sparql/parse';
import type { QueryOutcome } from '../sparql/service';
import { isResultMediaType } from '../store/result-text';
import type { DatasetSpec } from '../store/types';
import type * as RDF from '@rdfjs/types';
import { REVALIDATE } from './cache';
import { choose, HTML, htmlChoice, withCharset, type Choice } from './negotiate';
import type { RequestContext } from './route';

/** Response headers that mark a cut answer (exposed to browser scripts through CORS, see ./server.ts). */
export const TRUNCATED_HEADER = 'CDKG-Results-Truncated';
export const LIMIT_HEADER = 'CDKG-Results-Limit';

/** Formats that allow `#` comment lines, where a truncated answer also says so in the body. */
const COMMENTED = new Set(['turtle', 'ntriples', 'nquads', 'trig']);

/** Generic media types that standard SPARQL clients send for the result formats (mapped to the specific ones). */
const RESULT_ALIASES: Readonly<Record<string, string>> = { 'application/json': 'json', 'application/xml': 'xml', 'text/xml': 'xml' };

function resultOffers(kind: 'select' | 'ask'): Choice<ResultFormat>[] {
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
export function rdfOffers(aliases: AliasOptions = {}): Choice<RdfSerialiser>[] {
  return SERIALISERS.map((s) => ({ mediaType: s.mediaType, aliases: aliasesOf(s.name, aliases), name: s.name, suffix: s.extension, value: s }));
}

/** Writes one response with the headers every negotiated answer carries (Cache-Control: see ./cache.ts; `headers` may override it). */
export function send(res: ServerResponse, status: number, type: string, body: string, headers: Readonly<Record<string, string>> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), Vary: 'Accept', 'Cache-Control': REVALIDATE, ...headers });
  res.end(body);
}

/** Serialises quads with the chosen serialiser; `note` becomes a leading comment where the format has comments. */
export async function writeRdf(
  ctx: RequestContext,
  s: RdfSerialiser,
  quads: readonly RDF.Quad[],
  headers: Readonly<Record<string, string>> = {},
  note?: string,
): Promise<void> {
  const body = await s.serialise(quads);
  send(ctx.res, 200, contentType(s), note && COMMENTED.has(s.name) ? `# ${note}\n${body}` : body, headers);
}

/** The headers of a cut answer, none for a whole one. */
function truncationHeaders(truncated: boolean, limit: number): Record<string, string> {
  return truncated ? { [TRUNCATED_HEADER]: 'true', [LIMIT_HEADER]: String(limit) } : {};
}

/**
 * Runs a checked query and writes its answer in the format the request
 * chooses. A SELECT or ASK answer in one of the standard result formats is
 * written by the store itself and passed through as text; the other formats
 * (and graph answers) go through the result terms and this program's writers.
 */
export async function answerQuery(ctx: RequestContext, query: ParsedQuery, dataset: DatasetSpec | undefined, format: string | undefined): Promise<void> {
  if (ctx.app.sparql.answersAsText(query) && (query.form === 'select' || query.form === 'ask')) {
    const f = choose<ResultFormat>(ctx, resultOffers(query.form), format);
    if (isResultMediaType(f.mediaType) && ctx.app.sparql.answersAsText(query, f.mediaType)) {
      const { answer } = await ctx.app.sparql.runText(query, f.mediaType, dataset);
      if (f.name !== 'xml' || xmlReadsBack(answer.text)) {
        send(ctx.res, 200, withCharset(f.mediaType), answer.text, truncationHeaders(answer.truncated, ctx.app.sparql.options.maxResults));
        return;
      }
    }
  }
  await writeOutcome(ctx, await ctx.app.sparql.run(query, dataset), format);
}

/**
 * Writes a query's answer in the format the request chooses among those that
 * fit its form; `page`, when given, renders it for a browser (offered last,
 * so HTML must be preferred outright to win over the machine formats).
 */
export async function writeOutcome(ctx: RequestContext, outcome: QueryOutcome, format: string | undefined, page?: () => string): Promise<void> {
  const limit = ctx.app.sparql.options.maxResults;
  const headers = truncationHeaders(outcome.truncated, limit);
  const pages = page ? [htmlChoice('html' as const)] : [];
  const { result } = outcome;
  if (result.kind === 'graph') {
    // A CONSTRUCT or DESCRIBE answer can only be RDF, so generic types (application/json, application/xml) name an RDF format here.
    const s = choose<RdfSerialiser | 'html'>(ctx, [...rdfOffers({ generic: true }), ...pages], format);
    if (s === 'html') return send(ctx.res, 200, withCharset(HTML), (page as () => string)(), headers);
    const note = outcome.truncated ? `Truncated: only the first ${limit} triples of a larger answer (see the ${TRUNCATED_HEADER} header)` : undefined;
    await writeRdf(ctx, s, result.quads, headers, note);
    return;
  }
  const f = choose<ResultFormat | 'html'>(ctx, [...resultOffers(result.kind), ...pages], format);
  if (f === 'html') return send(ctx.res, 200, withCharset(HTML), (page as () => string)(), headers);
  send(ctx.res, 200, withCharset(f.mediaType), f.serialise(result), headers);
}
