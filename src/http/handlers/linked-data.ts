/** Dereferenceable URIs: entities under /id/, the ontology at /ontology (and its version IRI), and any CDKG IRI through /describe?uri=. */
import { CDKG, CDKG_NS, SLUG } from '../../../ontology/namespaces';
import { describeEntity, describeTerm, ontologyGraph, ontologyVersionGraph } from '../../export/linked-data/describe';
import { entityView } from '../../export/linked-data/entity-view';
import { hrefOf, iriOfPath, localPath } from '../../export/linked-data/links';
import { ontologyPageView } from '../../export/linked-data/ontology-view';
import { withStoredTexts } from '../../export/linked-data/source-view';
import { sourcesDirOf } from '../../config';
import { BadRequestError } from '../../errors';
import { isAbsoluteIri } from '../../store/terms';
import { entityPage } from '../pages/entity';
import { entityExtras } from './entity-extras';
import { ontologyPage } from '../pages/ontology';
import type { RequestContext } from '../route';
import { chooseFormat, writeDocument, writeNotFound } from './document';

const ENTITY_PATH = new RegExp(`^[a-z]+/${SLUG}$`);

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
  await writeDocument(ctx, format, quads, async () => {
    const view = await withStoredTexts(entityView(quads, iri, publicBase), quads, ctx.app.store, sourcesDirOf(ctx.app.config), publicBase);
    return entityPage(view, await entityExtras(ctx, view, path));
  }, path);
}

/** GET /ontology[.ext]: the OWL ontology, or for browsers the reference of every term. */
export async function ontology(ctx: RequestContext): Promise<void> {
  const format = chooseFormat(ctx);
  const { publicBase } = ctx.app.config;
  const quads = await ontologyGraph(ctx.app.store);
  const iri = iriOfPath('/ontology', publicBase);
  if (quads.length === 0) return writeNotFound(ctx, format, iri);
  await writeDocument(ctx, format, quads, async () => ontologyPage(await ontologyPageView(ctx.app.store, quads, publicBase)), '/ontology');
}

/**
 * GET /ontology/<version>[.ext]: the ontology's owl:versionIRI. The version
 * the store holds is served (the same document as /ontology); any other
 * version is a 404, since only the current one is kept.
 */
export async function ontologyVersion(ctx: RequestContext): Promise<void> {
  const format = chooseFormat(ctx);
  const { publicBase } = ctx.app.config;
  const path = `/ontology/${ctx.params.version}`;
  const iri = iriOfPath(path, publicBase);
  const quads = await ontologyVersionGraph(ctx.app.store, iri);
  if (!quads) return writeNotFound(ctx, format, iri);
  await writeDocument(ctx, format, quads, async () => ontologyPage(await ontologyPageView(ctx.app.store, quads, publicBase)), path);
}

/** An example request for error messages: a class IRI with its `#` percent-encoded, as a raw `#` would end the query string. */
const DESCRIBE_EXAMPLE = `/describe?uri=${CDKG.State.replace('#', '%23')}`;

/** The one `uri` parameter of /describe, checked before it goes near a query: exactly one, an absolute IRI. */
function describedIri(values: readonly string[]): string {
  if (values.length === 0) throw new BadRequestError(`Missing "uri" parameter: the IRI to describe, e.g. ${DESCRIBE_EXAMPLE}`);
  if (values.length > 1) throw new BadRequestError(`Give exactly one "uri" parameter, got ${values.length}`);
  const [iri] = values;
  if (!isAbsoluteIri(iri)) {
    throw new BadRequestError(`The "uri" parameter ${JSON.stringify(iri)} is not an absolute IRI (it needs a scheme such as https: and no spaces or <>"{}|^\`\\; percent-encode "#" as %23), e.g. ${DESCRIBE_EXAMPLE}`);
  }
  return iri;
}

/**
 * GET /describe?uri=<IRI>: the description of any CDKG IRI, entity or
 * ontology term (VoID's void:uriLookupEndpoint). Hash IRIs such as
 * `cdkg:State` cannot be fetched one by one (the fragment never reaches the
 * server), so this is how a client gets one term with examples of its use.
 * Browsers are sent on to the page that shows the IRI.
 */
export async function describe(ctx: RequestContext): Promise<void> {
  const iri = describedIri(ctx.url.searchParams.getAll('uri'));
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
