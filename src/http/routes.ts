/**
 * The route table: every URL the server answers, in one visible list.
 * Reads are GET (and POST for queries); writes (./write-routes.ts) are POST, PUT and DELETE; HEAD is answered
 * as GET and OPTIONS as a CORS preflight for any path listed here (see
 * ./server.ts). Linked-data routes come from ./linked-data-routes.ts.
 */
import { editorScript, siteSearchScript, yasguiAsset } from './handlers/assets';
import { fragments } from './handlers/fragments';
import { WRITE_ROUTES } from './write-routes';
import { health } from './handlers/health';
import { LINKED_DATA_ROUTES } from './linked-data-routes';
import { listQueries, runNamedQuery } from './handlers/queries';
import { RECONCILE_ROUTES } from './reconcile-routes';
import { sparqlEndpoint } from './handlers/sparql';
import type { Route } from './route';

export const ROUTES: readonly Route[] = [
  { method: 'GET', pattern: /^\/health$/, handler: health },
  // SPARQL 1.1 Protocol query operation; without a query: service description or editor.
  { method: 'GET', pattern: /^\/sparql$/, handler: sparqlEndpoint },
  { method: 'POST', pattern: /^\/sparql$/, handler: sparqlEndpoint },
  { method: 'GET', pattern: /^\/queries$/, handler: listQueries },
  { method: 'GET', pattern: /^\/queries\/(?<name>[A-Za-z0-9_-]+)$/, handler: runNamedQuery },
  { method: 'GET', pattern: /^\/assets\/site-search\.js$/, handler: siteSearchScript },
  { method: 'GET', pattern: /^\/assets\/editor\.js$/, handler: editorScript },
  { method: 'GET', pattern: /^\/assets\/yasgui\/(?<file>[A-Za-z0-9_-][A-Za-z0-9_.-]*)$/, handler: yasguiAsset },
  ...WRITE_ROUTES,
  ...LINKED_DATA_ROUTES,
  ...RECONCILE_ROUTES,
  // Triple Pattern Fragments (docs/federation.md): ?subject=&predicate=&object=&graph=&page=.
  { method: 'GET', pattern: /^\/fragments$/, handler: fragments },
];
