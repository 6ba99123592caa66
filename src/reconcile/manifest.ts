/**
 * The service manifest (Reconciliation Service API 0.2, §3): what OpenRefine
 * reads when a user adds the service, with every URL under the server's own
 * base (Config.serverBase, never a request's Host header).
 */
import { CDKG_NS } from '../../ontology/namespaces';
import { IDENTIFIER_SPACE, termId } from './ids';
import type { Vocabulary } from './vocabulary';

export const RECONCILE_PATH = 'reconcile';
export const PATHS = {
  suggestEntity: `${RECONCILE_PATH}/suggest/entity`,
  suggestType: `${RECONCILE_PATH}/suggest/type`,
  suggestProperty: `${RECONCILE_PATH}/suggest/property`,
  proposeProperties: `${RECONCILE_PATH}/propose_properties`,
  preview: `${RECONCILE_PATH}/preview`,
} as const;

/** Size of the preview card, in CSS pixels (the manifest tells OpenRefine the iframe size). */
export const PREVIEW_SIZE = { width: 400, height: 200 } as const;

export function manifest(serverBase: string, vocabulary: Vocabulary, serviceVersion: string): Record<string, unknown> {
  // service_url + service_path is the URL (§3.2), so the base loses its final slash and each path starts with one.
  const serviceUrl = serverBase.replace(/\/$/, '');
  const service = (path: string) => ({ service_url: serviceUrl, service_path: `/${path}` });
  const typeIris = new Set(vocabulary.types.map((t) => t.iri));
  // The most general types: those whose superclasses are not types of the service themselves.
  const roots = vocabulary.types.filter((t) => !t.broader.some((b) => typeIris.has(b)));
  return {
    versions: ['0.2'],
    name: 'CDKG, the Cyber Diplomacy Knowledge Graph',
    identifierSpace: IDENTIFIER_SPACE,
    schemaSpace: CDKG_NS,
    serviceVersion,
    defaultTypes: roots.map((t) => ({ id: termId(t.iri), name: t.name })),
    view: { url: `${serverBase}id/{{id}}` },
    preview: { url: `${serverBase}${PATHS.preview}?id={{id}}`, ...PREVIEW_SIZE },
    suggest: { entity: service(PATHS.suggestEntity), type: service(PATHS.suggestType), property: service(PATHS.suggestProperty) },
    extend: {
      propose_properties: service(PATHS.proposeProperties),
      property_settings: [{ name: 'limit', label: 'Limit', type: 'number', default: 0, help_text: 'At most this many values per entity (0: all)' }],
    },
  };
}
