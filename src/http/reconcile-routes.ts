/**
 * The routes of the W3C Reconciliation Service API 0.2 (see
 * docs/reconciliation.md), spread into the route table of ./routes.ts.
 */
import { preview, propose, reconcileService, suggest } from './handlers/reconcile';
import type { Route } from './route';

export const RECONCILE_ROUTES: readonly Route[] = [
  // The manifest (no parameters), reconciliation queries (queries=) and data extension (extend=), by GET or POST.
  { method: 'GET', pattern: /^\/reconcile$/, handler: reconcileService },
  { method: 'POST', pattern: /^\/reconcile$/, handler: reconcileService },
  { method: 'GET', pattern: /^\/reconcile\/suggest\/(?<kind>entity|type|property)$/, handler: suggest },
  { method: 'GET', pattern: /^\/reconcile\/propose_properties$/, handler: propose },
  { method: 'GET', pattern: /^\/reconcile\/preview$/, handler: preview },
];
