/**
 * /graphs: the SPARQL 1.1 Graph Store HTTP Protocol with indirect graph
 * identification (§4.2): `?graph=<IRI>` or `?default`. GET and HEAD read
 * (public); PUT replaces, POST merges, DELETE removes a graph (§5.2–5.5),
 * each an authorised write through the one write path. POST without a graph
 * creates a new graph named by the server (§5.5: 201 with Location).
 */
import { randomUUID } from 'node:crypto';
import { graphIri } from '../../../ontology/namespaces';
import { BadRequestError, NotFoundError } from '../../errors';
import type { RdfSyntax } from '../../store/oxigraph';
import { isAbsoluteIri } from '../../store/terms';
import { DEFAULT_GRAPH } from '../../store/types';
import type { GraphName } from '../../store/writes/change';
import { authorise } from '../auth';
import { contentTypeOf, readBody, utf8 } from '../body';
import { unsupportedMediaType } from '../errors';
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

async function body(ctx: RequestContext): Promise<{ text: string; format: RdfSyntax }> {
  const type = contentTypeOf(ctx.req);
  const format = type ? SYNTAXES[type.mediaType] : undefined;
  if (!type || !format) throw unsupportedMediaType(`Send the graph as ${Object.keys(SYNTAXES).join(', ')}${type ? `, not ${type.mediaType}` : ' (no Content-Type given)'}`);
  return { text: utf8(await readBody(ctx.req, ctx.app.config.maxUpdateBytes), type), format };
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
  const { text, format } = await body(ctx);
  const outcome = await writes.write({ kind: method === 'PUT' ? 'replace' : 'merge', graph, text, format, baseIri: graph ?? new URL('graphs', ctx.app.config.publicBase).href }, agent);
  if (created) {
    const location = `/graphs?graph=${encodeURIComponent(graph ?? '')}`;
    writeAcknowledged(ctx, 201, outcome, { Location: location });
  } else writeAcknowledged(ctx, outcome.created ? 201 : 204, outcome);
}
