/**
 * Maps between CDKG IRIs and the server's local paths. The server answers for
 * Config.publicBase: `https://w3id.org/cdkg/id/state/united-states` is served
 * at `/id/state/united-states` on whatever host runs it.
 */
import { compact } from '../../../ontology/namespaces';
import type { Link } from './views';

/** The local path of an IRI under the public base, or undefined for a foreign IRI. */
export function localPath(iri: string, publicBase: string): string | undefined {
  if (!iri.startsWith(publicBase)) return undefined;
  return `/${iri.slice(publicBase.length)}`;
}

/** Where a page links for an IRI: the local path for CDKG IRIs (hash kept), the IRI itself for the rest of the web. */
export function hrefOf(iri: string, publicBase: string): string {
  return localPath(iri, publicBase) ?? iri;
}

/** The IRI a request path stands for (the path is already percent-decoded). */
export function iriOfPath(pathname: string, publicBase: string): string {
  return publicBase + pathname.replace(/^\/+/, '');
}

export function link(iri: string, label: string | undefined, publicBase: string): Link {
  return { iri, href: hrefOf(iri, publicBase), label: label ?? compact(iri) };
}
