/**
 * /reconcile: the W3C Reconciliation Service API 0.2 (manifest, queries,
 * data extension, suggest, property proposals, previews). Parameters come
 * from the URL or a form body (OpenRefine POSTs `queries=`); JSON answers
 * are wrapped for JSONP when a `callback` is named.
 */
import { version } from '../../../package.json';
import { BadRequestError, NotFoundError } from '../../errors';
import { extend, parseExtension, proposeProperties } from '../../reconcile/extend';
import { entityId, entityIri, termId, termIri } from '../../reconcile/ids';
import { manifest } from '../../reconcile/manifest';
import { checkTerms, parseBatch, reconcile } from '../../reconcile/query';
import { suggestEntities, suggestProperties, suggestTypes, type SuggestRequest } from '../../reconcile/suggest';
import { storeVocabulary } from '../../reconcile/vocabulary';
import { storeMatcher } from '../../search/load';
import { contentTypeOf, parseForm, readBody, utf8 } from '../body';
import { NO_STORE } from '../cache';
import { unsupportedMediaType } from '../errors';
import { HTML, withCharset } from '../negotiate';
import { previewPage } from '../pages/preview';
import { EMBEDDABLE_POLICY } from '../security';
import { send } from '../respond';
import type { RequestContext } from '../route';

/** A JSONP callback: a JavaScript name or dotted path, nothing that could be script of its own. */
const CALLBACK = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;

/** The request's parameters: the URL's, then a form body's (a POST); each name once. */
async function params(ctx: RequestContext): Promise<Map<string, string>> {
  const pairs = parseForm(ctx.url.search.slice(1));
  if (ctx.req.method === 'POST') {
    const type = contentTypeOf(ctx.req);
    if (type?.mediaType !== 'application/x-www-form-urlencoded') {
      throw unsupportedMediaType(`POST to ${ctx.url.pathname} takes application/x-www-form-urlencoded parameters (queries=, extend=), not ${type?.mediaType ?? 'a body without Content-Type'}`);
    }
    pairs.push(...parseForm(utf8(await readBody(ctx.req, ctx.app.config.maxBodyBytes), type)));
  }
  const out = new Map<string, string>();
  for (const [k, v] of pairs) {
    if (out.has(k)) throw new BadRequestError(`Parameter "${k}" is given more than once`);
    out.set(k, v);
  }
  return out;
}

/** Writes JSON, or JSONP (application/javascript) when the request names a callback. */
function sendJson(ctx: RequestContext, p: Map<string, string>, body: unknown): void {
  const json = JSON.stringify(body);
  const callback = p.get('callback');
  const headers: Record<string, string> = ctx.req.method === 'POST' ? { 'Cache-Control': NO_STORE } : {};
  if (callback === undefined) return send(ctx.res, 200, 'application/json; charset=utf-8', json, headers);
  if (!CALLBACK.test(callback)) throw new BadRequestError(`Parameter "callback": "${callback}" is not a JavaScript function name`);
  // The comment keeps a callback name from being read as the start of a content sniffing attack (the Rosetta Flash fix).
  send(ctx.res, 200, 'application/javascript; charset=utf-8', `/**/${callback}(${json});`, headers);
}

async function parts(ctx: RequestContext) {
  const [matcher, vocabulary] = await Promise.all([storeMatcher(ctx.app.store), storeVocabulary(ctx.app.store)]);
  return { matcher, vocabulary };
}

/** GET or POST /reconcile: the manifest, or the answers to `queries`, or a data extension for `extend`. */
export async function reconcileService(ctx: RequestContext): Promise<void> {
  const p = await params(ctx);
  const { matcher, vocabulary } = await parts(ctx);
  const queries = p.get('queries');
  const extension = p.get('extend');
  if (queries !== undefined && extension !== undefined) throw new BadRequestError('Give either "queries" or "extend", not both');
  if (queries !== undefined) {
    const batch = parseBatch(queries);
    checkTerms(batch, vocabulary);
    const out: Record<string, unknown> = {};
    for (const [key, q] of batch) out[key] = { result: await reconcile(ctx.app.store, matcher, vocabulary, q) };
    return sendJson(ctx, p, out);
  }
  if (extension !== undefined) return sendJson(ctx, p, await extend(ctx.app.store, matcher, vocabulary, parseExtension(extension)));
  if (ctx.req.method === 'POST') throw new BadRequestError('Missing parameter: POST /reconcile takes "queries" or "extend"');
  sendJson(ctx, p, manifest(ctx.app.serverBase, vocabulary, version));
}

function suggestRequest(p: Map<string, string>): SuggestRequest {
  const prefix = p.get('prefix');
  if (prefix === undefined || prefix.trim() === '') throw new BadRequestError('Missing parameter "prefix": the text to complete');
  const cursor = p.get('cursor') ?? '0';
  if (!/^\d{1,6}$/.test(cursor)) throw new BadRequestError(`Parameter "cursor": "${cursor}" is not a non-negative integer`);
  const type = p.get('type');
  return { prefix, cursor: Number(cursor), ...(type ? { types: [termIri(type, 'Parameter "type"')] } : {}) };
}

/** GET /reconcile/suggest/{entity,type,property}?prefix=…&cursor=… */
export async function suggest(ctx: RequestContext): Promise<void> {
  const p = await params(ctx);
  const request = suggestRequest(p);
  const { matcher, vocabulary } = await parts(ctx);
  const kind = ctx.params.kind;
  const body = kind === 'entity' ? suggestEntities(matcher, vocabulary, request) : kind === 'type' ? suggestTypes(vocabulary, request) : suggestProperties(vocabulary, request);
  sendJson(ctx, p, body);
}

/** GET /reconcile/propose_properties?type=…&limit=… */
export async function propose(ctx: RequestContext): Promise<void> {
  const p = await params(ctx);
  const type = p.get('type');
  if (type === undefined || type === '') throw new BadRequestError('Missing parameter "type": the type to propose properties for, such as cdkg:Instrument');
  const limit = p.get('limit');
  if (limit !== undefined && !/^\d{1,6}$/.test(limit)) throw new BadRequestError(`Parameter "limit": "${limit}" is not a non-negative integer`);
  const { vocabulary } = await parts(ctx);
  sendJson(ctx, p, proposeProperties(vocabulary, type, limit === undefined ? undefined : Number(limit)));
}

/** GET /reconcile/preview?id=…: the entity's card. */
export async function preview(ctx: RequestContext): Promise<void> {
  const p = await params(ctx);
  const id = p.get('id');
  if (id === undefined || id === '') throw new BadRequestError('Missing parameter "id": the entity to preview, such as instrument/budapest-convention');
  const iri = entityIri(id, 'Parameter "id"');
  const { matcher, vocabulary } = await parts(ctx);
  const entry = matcher.entry(iri);
  if (!entry) throw new NotFoundError(`No entity with id ${id}`);
  const card = {
    id,
    label: entry.label,
    href: new URL(`id/${entityId(iri)}`, ctx.app.serverBase).href,
    types: entry.types.map((t) => vocabulary.type(t)?.name ?? termId(t)),
    otherNames: entry.names.filter((n) => n.text !== entry.label).map((n) => n.text),
    ...(entry.description ? { description: entry.description } : {}),
  };
  ctx.res.setHeader('Content-Security-Policy', EMBEDDABLE_POLICY);
  send(ctx.res, 200, withCharset(HTML), previewPage(card));
}
