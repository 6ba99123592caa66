/**
 * The linked-data routes, spread into the route table of ./routes.ts:
 * dereferenceable entity, ontology, dataset and graph URIs (with format
 * suffixes), the human pages, the JSON-LD context, the VoID description and
 * the dumps.
 */
import { dump, listDumps, redirectToDumps } from './handlers/dumps';
import { SLUG, SOURCE_TEXT_FILE } from '../../ontology/namespaces';
import { SUFFIX } from './handlers/document';
import { context, datasetIri, graph, voidDescription } from './handlers/dataset';
import { describe, entity, ontology, ontologyVersion } from './handlers/linked-data';
import { compare, compareMany, home, timeline } from './handlers/pages';
import { search } from './handlers/search';
import { shapes } from './handlers/shapes';
import { sourceText } from './handlers/source-text';
import type { Route } from './route';

export const LINKED_DATA_ROUTES: readonly Route[] = [
  { method: 'GET', pattern: /^\/$/, handler: home },
  // https://w3id.org/cdkg/id/<kind>/<slug> is served at /id/<kind>/<slug> (Config.publicBase maps the host).
  // Any path under /id/ is taken, so that even a malformed one gets its 404 in the asked format.
  { method: 'GET', pattern: new RegExp(`^/id/(?<rest>[^.]+)${SUFFIX}$`), handler: entity },
  { method: 'GET', pattern: new RegExp(`^/ontology${SUFFIX}$`), handler: ontology },
  // owl:versionIRI (https://w3id.org/cdkg/ontology/0.1.0); any version is taken, so an old one gets its 404 in the asked format.
  { method: 'GET', pattern: new RegExp(`^/ontology/(?<version>[^/]+?)${SUFFIX}$`), handler: ontologyVersion },
  // SHAPES_IRI (https://w3id.org/cdkg/shapes), the SHACL shapes the ontology links with rdfs:seeAlso.
  { method: 'GET', pattern: new RegExp(`^/shapes${SUFFIX}$`), handler: shapes },
  { method: 'GET', pattern: /^\/describe$/, handler: describe },
  { method: 'GET', pattern: /^\/compare$/, handler: compareMany },
  { method: 'GET', pattern: /^\/timeline$/, handler: timeline },
  // https://w3id.org/cdkg/sources/<slug>.txt: the stored source texts that quotes are checked against.
  { method: 'GET', pattern: new RegExp(`^/sources/(?<file>${SOURCE_TEXT_FILE})$`), handler: sourceText },
  { method: 'GET', pattern: /^\/search$/, handler: search },
  { method: 'GET', pattern: new RegExp(`^/compare/(?<a>${SLUG})/(?<b>${SLUG})$`), handler: compare },
  // DATASET_IRI, the IRI to cite: 303 to its description. Named graphs: https://w3id.org/cdkg/graph/<stem>.
  { method: 'GET', pattern: /^\/dataset$/, handler: datasetIri },
  { method: 'GET', pattern: new RegExp(`^/graph/(?<stem>[^/.]+)${SUFFIX}$`), handler: graph },
  { method: 'GET', pattern: /^\/context\.jsonld$/, handler: context },
  { method: 'GET', pattern: /^\/\.well-known\/void$/, handler: voidDescription },
  { method: 'GET', pattern: new RegExp(`^/void${SUFFIX}$`), handler: voidDescription },
  { method: 'GET', pattern: /^\/dumps$/, handler: redirectToDumps },
  { method: 'GET', pattern: /^\/dumps\/$/, handler: listDumps },
  { method: 'GET', pattern: /^\/dumps\/(?<file>[A-Za-z0-9_-][A-Za-z0-9_.-]*)$/, handler: dump },
];
