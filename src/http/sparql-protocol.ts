/**
 * Reads a SPARQL 1.1 Protocol query request (https://www.w3.org/TR/sparql11-protocol/#query-operation):
 * GET with `query=` (§2.1.1), POST of a URL-encoded form (§2.1.2) or of the
 * query itself as application/sparql-query (§2.1.3), with `default-graph-uri`
 * and `named-graph-uri` giving the RDF dataset (§2.1.4). Anything else the
 * protocol forbids is refused here with the status the W3C protocol tests
 * expect.
 */
import { BadRequestError, UnsupportedError } from '../errors';
import type { DatasetSpec } from '../store/types';
import { isAbsoluteIri } from '../store/terms';
import { contentTypeOf, parseForm, readBody, utf8 } from './body';
import { unsupportedMediaType } from './errors';
import type { RequestContext } from './route';

export interface ProtocolRequest {
  /** Absent for a GET without a query (the service description). */
  readonly query?: string;
  readonly dataset?: DatasetSpec;
  /** The `format` parameter, naming a result or RDF format. */
  readonly format?: string;
}

const FORM = 'application/x-www-form-urlencoded';
const QUERY = 'application/sparql-query';
const UPDATE = 'application/sparql-update';

/** Parameters of the URL's query string. */
export function urlParams(ctx: RequestContext): [string, string][] {
  return parseForm(ctx.url.search.slice(1));
}

export async function readProtocolRequest(ctx: RequestContext): Promise<ProtocolRequest> {
  const fromUrl = urlParams(ctx);
  if (ctx.req.method !== 'POST') return fromParams(fromUrl);
  const type = contentTypeOf(ctx.req);
  if (!type) throw unsupportedMediaType(`A POST to /sparql needs a Content-Type: ${FORM} or ${QUERY} (SPARQL 1.1 Protocol §2.1)`);
  if (type.mediaType === UPDATE) {
    throw new UnsupportedError('SPARQL Update is not accepted: this is a read-only query endpoint');
  }
  if (type.mediaType !== FORM && type.mediaType !== QUERY) {
    throw unsupportedMediaType(`Content-Type ${type.mediaType} is not a query request; use ${FORM} or ${QUERY} (SPARQL 1.1 Protocol §2.1)`);
  }
  const text = utf8(await readBody(ctx.req, ctx.app.config.maxBodyBytes), type);
  if (type.mediaType === FORM) return fromParams([...fromUrl, ...parseForm(text)]);
  // §2.1.3: the query is the body; the URL carries only the dataset.
  if (fromUrl.some(([k]) => k === 'query')) throw new BadRequestError('A query sent as application/sparql-query must not also have a "query" URL parameter');
  return fromParams([...fromUrl, ['query', text]]);
}

function fromParams(params: readonly [string, string][]): ProtocolRequest {
  const all = (name: string) => params.filter(([k]) => k === name).map(([, v]) => v);
  if (all('update').length > 0) throw new UnsupportedError('SPARQL Update is not accepted: this is a read-only query endpoint');
  const queries = all('query');
  if (queries.length > 1) throw new BadRequestError(`Exactly one "query" parameter is allowed, got ${queries.length} (SPARQL 1.1 Protocol §2.1)`);
  const formats = all('format');
  if (formats.length > 1) throw new BadRequestError('At most one "format" parameter is allowed');
  const defaultGraphs = graphs(all('default-graph-uri'), 'default-graph-uri');
  const namedGraphs = graphs(all('named-graph-uri'), 'named-graph-uri');
  // As with FROM / FROM NAMED (SPARQL 1.1 Query §13.2), naming only one part of the dataset leaves the other empty.
  const dataset = defaultGraphs || namedGraphs ? { defaultGraphs: defaultGraphs ?? [], namedGraphs: namedGraphs ?? [] } : undefined;
  return { query: queries[0], dataset, format: formats[0] };
}

function graphs(values: readonly string[], name: string): readonly string[] | undefined {
  if (values.length === 0) return undefined;
  const bad = values.find((v) => !isAbsoluteIri(v));
  if (bad !== undefined) throw new BadRequestError(`${name} must be an absolute IRI, got "${bad}"`);
  return values;
}
