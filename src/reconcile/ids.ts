/**
 * Identifiers of the reconciliation service. An entity's id is its IRI
 * without the entity namespace (`instrument/budapest-convention`), so that
 * identifierSpace + id is the IRI, as with Wikidata's Q-ids. Types and
 * properties are named by prefixed names of the CDKG prefix table
 * (`cdkg:Convention`, `skos:exactMatch`), else by their full IRI. Full IRIs
 * and prefixed names are accepted for entities too.
 */
import { ID_NS, PREFIXES } from '../../ontology/namespaces';
import { BadRequestError } from '../errors';
import { isAbsoluteIri } from '../store/terms';

/** The entity namespace: the manifest's identifierSpace. */
export const IDENTIFIER_SPACE = ID_NS;

const PREFIX_ENTRIES = Object.entries(PREFIXES) as [string, string][];

export function entityId(iri: string): string {
  return iri.startsWith(ID_NS) ? iri.slice(ID_NS.length) : iri;
}

/** A prefixed name or IRI as an IRI; undefined when it is neither. */
function expand(name: string): string | undefined {
  const colon = name.indexOf(':');
  if (colon > 0) {
    const ns = PREFIXES[name.slice(0, colon) as keyof typeof PREFIXES];
    if (ns !== undefined && !name.slice(colon + 1).startsWith('//')) return ns + name.slice(colon + 1);
  }
  return isAbsoluteIri(name) ? name : undefined;
}

/** The IRI of an entity id (short id, prefixed name or IRI); `what` names the place in the request for the error. */
export function entityIri(id: string, what: string): string {
  const iri = /^[a-z]+\/[^\s:]+$/.test(id) ? ID_NS + id : expand(id);
  if (iri === undefined || !isAbsoluteIri(iri)) throw new BadRequestError(`${what}: "${id}" is not an entity id (such as instrument/budapest-convention) or IRI`);
  return iri;
}

/** The IRI of a type or property id (prefixed name or IRI). */
export function termIri(id: string, what: string): string {
  const iri = expand(id);
  if (iri === undefined) throw new BadRequestError(`${what}: "${id}" is neither a prefixed name of the CDKG prefixes (such as cdkg:Convention) nor an absolute IRI`);
  return iri;
}

/** The shortest prefixed name of an IRI (the longest matching namespace), else the IRI itself. */
export function termId(iri: string): string {
  let best: [string, string] | undefined;
  for (const [prefix, ns] of PREFIX_ENTRIES) {
    if (iri.startsWith(ns) && /^[A-Za-z_][\w.-]*$/.test(iri.slice(ns.length)) && (!best || ns.length > best[1].length)) best = [prefix, ns];
  }
  return best ? `${best[0]}:${iri.slice(best[1].length)}` : iri;
}
