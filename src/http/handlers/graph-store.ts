/**
 * /graphs: the SPARQL 1.1 Graph Store HTTP Protocol with indirect graph
 * identification (§4.2): `?graph=<IRI>` or `?default`. GET and HEAD read
 * (public); PUT replaces, POST merges, DELETE removes a graph (§5.2–5.5),
 * each an authorised write through the one write path. POST without a graph
 * creates a new graph named by the server (§5.5: 201 with Location); a POST
 * in multipart/form-data merges every part (§5.5).
 */
import { randomUUID } from 'node:crypto';
import { graphIri } from '../../../ontology/namespaces';
import { BadRequestError, NotFoundError } from '../../errors';
import type { RdfSyntax } from '../../store/oxigraph';
import { isAbsoluteIri } from '../../store/terms';
import { DEFAULT_GRAPH } from '../../store/types';
import type { GraphName } from '../../store/writes/change';
import type { RdfPayload } from '../../store/writes/writer';
import { authorise } from '../auth';
import { contentTypeOf, parseContentType, readBody, utf8, type ContentType } from '../body';
import { unsupportedMediaType } from '../errors';
import { multipartParts } from '../multipart';
import { choose, requestedFormat } from '../negotiate';
import { rdfOffers, writeRdf } from '../respond';
import type { RequestContext } from '../route';
import { writeAcknowledged } from './write-outcome';

/** The RDF syntaxes a Graph Store write accepts (triples only: the request names the graph). */
const SYNTAXES: Readonly<Record<string, RdfSyntax>> = {
  'text/turtle': 'text/turtle',
  'application/x-turtle': 'text/turtle',
  'application/n-triples': 'application/n-triples',
  'text/plain': 'application/n-triples',
  'application/rdf+xml': 'application/rdf+xml',
};

/** The graph a request names: `?graph=IRI`, `?default` (null), or undefined when it names none. */
function requestGraph(ctx: RequestContext): GraphName | undefined {
  const params = ctx.url.searchParams;
  const graphs = params.getAll('graph');
  const isDefault = params.has('default');
  if (graphs.length > 1 || (graphs.length === 1 && isDefault)) throw new BadRequestError('Name one graph: either ?graph=IRI or ?default (Graph Store Protocol §4.2)');
  if (isDefault) return null;
  if (graphs.length === 0) return undefined;
  const iri = graphs[0];
  if (!isAbsoluteIri(iri)) throw new BadRequestError(`?graph= must be an absolute IRI, not ${JSON.stringify(iri)}`);
  return iri;
}

function namedGraph(ctx: RequestContext): GraphName {
  const g = requestGraph(ctx);
  if (g === undefined) throw new BadRequestError('Name the graph: ?graph=IRI or ?default (Graph Store Protocol §4.2)');
  return g;
}

export async function graphStoreRead(ctx: RequestContext): Promise<void> {
  const graph = namedGraph(ctx);
  const chosen = choose(ctx, rdfOffers({ generic: true }).filter((o) => !o.value.quads), requestedFormat(ctx));
  const result = await ctx.app.store.query('CONSTRUCT WHERE { ?s ?p ?o }', { dataset: { defaultGraphs: [graph ?? DEFAULT_GRAPH], namedGraphs: [] }, form: 'construct' });
  const quads = result.kind === 'graph' ? result.quads : [];
  // A graph exists while it holds triples (the files keep triples, not empty graphs); the default graph always exists.
  if (graph !== null && quads.length === 0) throw new NotFoundError(`No graph <${graph}> in this store`);
  await writeRdf(ctx, chosen, quads, { 'Cache-Control': 'no-cache' });
}

function payload(type: ContentType | undefined, bytes: () => Buffer, where = ''): RdfPayload {
  const format = type ? SYNTAXES[type.mediaType] : undefined;
  if (!type || !format) throw unsupportedMediaType(`Send the graph${where} as ${Object.keys(SYNTAXES).join(', ')}${type ? `, not ${type.mediaType}` : ' (no Content-Type given)'}`);
  return { text: utf8(bytes(), type), format };
}

/** The RDF documents of the body: one, or for a POST in multipart/form-data one per part, each merged into the graph (§5.5). */
async function payloads(ctx: RequestContext): Promise<RdfPayload[]> {
  const type = contentTypeOf(ctx.req);
  if (type?.mediaType !== 'multipart/form-data' || ctx.req.method !== 'POST') {
    const checked = payload(type, () => Buffer.alloc(0)).format; // refused before the body is read
    const text = utf8(await readBody(ctx.req, ctx.app.config.maxUpdateBytes), type as ContentType);
    return [{ text, format: checked }];
  }
  const parts = multipartParts(ctx.req.headers['content-type'] ?? '', await readBody(ctx.req, ctx.app.config.maxUpdateBytes));
  return parts.map((p, i) => payload(p.contentType ? parseContentType(p.contentType) : undefined, () => p.body, ` (part ${i + 1})`));
}

export async function graphStoreWrite(ctx: RequestContext): Promise<void> {
  const agent = authorise(ctx.req, ctx.app);
  const writes = ctx.app.writes as NonNullable<typeof ctx.app.writes>;
  const method = ctx.req.method;
  if (method === 'DELETE') {
    const outcome = await writes.write({ kind: 'delete', graph: namedGraph(ctx) }, agent);
    writeAcknowledged(ctx, 204, outcome);
    return;
  }
  let graph = requestGraph(ctx);
  const created = graph === undefined;
  if (graph === undefined) {
    if (method !== 'POST') throw new BadRequestError('Name the graph: ?graph=IRI or ?default (Graph Store Protocol §4.2)');
    graph = graphIri(`new-${randomUUID()}`); // §5.5: the server names the new graph
  }
  const outcome = await writes.write({ kind: method === 'PUT' ? 'replace' : 'merge', graph, payloads: await payloads(ctx), baseIri: graph ?? new URL('graphs', ctx.app.config.publicBase).href }, agent);
  // §5.5: the Location of a graph the server named is the new graph's IRI (which ?graph= then names).
  if (created) writeAcknowledged(ctx, 201, outcome, { Location: graph ?? '' });
  else writeAcknowledged(ctx, outcome.created ? 201 : 204, outcome);
}
