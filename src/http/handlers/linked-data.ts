/** Dereferenceable URIs: entities under /id/, the ontology at /ontology, and any CDKG IRI through /describe?uri=. */
import { CDKG_NS } from '../../../ontology/namespaces';
import { describeEntity, describeTerm, ontologyGraph, usageExamples } from '../../export/linked-data/describe';
import { entityView } from '../../export/linked-data/entity-view';
import { hrefOf, iriOfPath, localPath } from '../../export/linked-data/links';
import { ontologyView } from '../../export/linked-data/ontology-view';
import { BadRequestError } from '../../errors';
import { entityPage } from '../pages/entity';
import { ontologyPage } from '../pages/ontology';
import type { RequestContext } from '../route';
import { SLUG, chooseFormat, writeDocument, writeNotFound } from './document';

const ENTITY_PATH = new RegExp(`^[a-z]+/${SLUG}$`);

/** Examples per term on the ontology page (the term's own description carries more). */
const EXAMPLES_ON_PAGE = 3;

/** GET /id/<kind>/<slug>[.ext]: the entity's concise bounded description. */
export async function entity(ctx: RequestContext): Promise<void> {
  const format = chooseFormat(ctx);
  const { publicBase } = ctx.app.config;
  const path = `/id/${ctx.params.rest}`;
  const iri = iriOfPath(path, publicBase);
  // Only paths shaped like minted IRIs (/id/<kind>/<slug>) can name an entity; the rest is not worth a query.
  if (!ENTITY_PATH.test(ctx.params.rest)) return writeNotFound(ctx, format, iri);
  const quads = await describeEntity(ctx.app.store, iri);
  if (!quads) return writeNotFound(ctx, format, iri);
  await writeDocument(ctx, format, quads, () => entityPage(entityView(quads, iri, publicBase)), path);
}

/** GET /ontology[.ext]: the OWL ontology, or for browsers the reference of every term. */
export async function ontology(ctx: RequestContext): Promise<void> {
  const format = chooseFormat(ctx);
  const { publicBase } = ctx.app.config;
  const quads = await ontologyGraph(ctx.app.store);
  const iri = iriOfPath('/ontology', publicBase);
  if (quads.length === 0) return writeNotFound(ctx, format, iri);
  const page = async () => ontologyPage(ontologyView(quads, await usageExamples(ctx.app.store, undefined, EXAMPLES_ON_PAGE), publicBase));
  await writeDocument(ctx, format, quads, page, '/ontology');
}

/**
 * GET /describe?uri=<IRI>: the description of any CDKG IRI, entity or
 * ontology term (VoID's void:uriLookupEndpoint). Hash IRIs such as
 * `cdkg:State` cannot be fetched one by one (the fragment never reaches the
 * server), so this is how a client gets one term with examples of its use.
 * Browsers are sent on to the page that shows the IRI.
 */
export async function describe(ctx: RequestContext): Promise<void> {
  const iri = ctx.url.searchParams.get('uri');
  if (!iri) throw new BadRequestError('Missing "uri" parameter: the IRI to describe, e.g. /describe?uri=https://w3id.org/cdkg/ontology%23State');
  const format = chooseFormat(ctx);
  const { publicBase } = ctx.app.config;
  const isTerm = iri.startsWith(CDKG_NS);
  const quads = isTerm ? await describeTerm(ctx.app.store, iri) : await describeEntity(ctx.app.store, iri);
  if (!quads) return writeNotFound(ctx, format, iri);
  if (!format.serialiser && localPath(iri, publicBase) !== undefined) {
    ctx.res.writeHead(303, { Location: hrefOf(iri, publicBase), Vary: 'Accept' });
    ctx.res.end();
    return;
  }
  await writeDocument(ctx, format, quads, () => entityPage(entityView(quads, iri, publicBase)));
}
