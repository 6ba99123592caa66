/** The routes of writes and their record: SPARQL Update, the Graph Store Protocol, the change log. */
import { changesFeed, listChanges } from './handlers/changes';
import { graphStoreRead, graphStoreWrite } from './handlers/graph-store';
import { updateEndpoint } from './handlers/update';
import type { Route } from './route';

export const WRITE_ROUTES: readonly Route[] = [
  { method: 'POST', pattern: /^\/update$/, handler: updateEndpoint },
  { method: 'GET', pattern: /^\/graphs$/, handler: graphStoreRead },
  { method: 'PUT', pattern: /^\/graphs$/, handler: graphStoreWrite },
  { method: 'POST', pattern: /^\/graphs$/, handler: graphStoreWrite },
  { method: 'DELETE', pattern: /^\/graphs$/, handler: graphStoreWrite },
  { method: 'GET', pattern: /^\/changes$/, handler: listChanges },
  { method: 'GET', pattern: /^\/changes\/feed\.json$/, handler: changesFeed },
];
