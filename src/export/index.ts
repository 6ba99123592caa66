/**
 * The RDF serialisers (shared contract 2) and the one table of RDF media
 * types, names, titles, format IRIs and file extensions in the code base; the
 * HTTP layer negotiates over it, the CLI and dumps pick formats from it, and
 * the dataset and service descriptions name formats through it.
 */
import { BadRequestError } from '../errors';
import { jsonLd } from './jsonld';
import { nquads } from './nquads';
import { ntriples } from './ntriples';
import { rdfXml } from './rdfxml';
import type { RdfSerialiser, SerialiserName } from './serialiser';
import { trig } from './trig';
import { turtle } from './turtle';

export type { RdfSerialiser, SerialiserName } from './serialiser';
export { jsonldContext, documentLoader } from './jsonld-context';

/** Every serialiser; Turtle first, as the default RDF format. */
export const SERIALISERS: readonly RdfSerialiser[] = [turtle, ntriples, nquads, trig, jsonLd, rdfXml];

/** The format names, in the order of SERIALISERS, for usage texts and checks. */
export const SERIALISER_NAMES: readonly SerialiserName[] = SERIALISERS.map((s) => s.name);

/** The serialiser of a format name; an unknown name is a BadRequestError listing the known ones. */
export function serialiser(name: string): RdfSerialiser {
  const found = SERIALISERS.find((s) => s.name === name);
  if (!found) throw new BadRequestError(`Unknown RDF format "${name}"; known formats: ${SERIALISER_NAMES.join(', ')}`);
  return found;
}

/**
 * Unregistered media types still sent by older clients for the same formats
 * (before Turtle, TriG and N-Quads were registered with IANA); text/n3 asks
 * for N3, of which Turtle is a subset (N3 §1), so Turtle answers it.
 */
const ALIASES: Readonly<Record<string, SerialiserName>> = {
  'application/x-turtle': 'turtle',
  'text/n3': 'turtle',
  'application/x-trig': 'trig',
  'text/x-nquads': 'nquads',
};

/**
 * Generic media types that name an RDF format only where the answer can be
 * nothing but RDF (a dereferenced document, not a query endpoint that also
 * has JSON and XML result formats): JSON-LD is JSON (JSON-LD 1.1 §C), RDF/XML
 * is XML, and N-Triples was served as text/plain before it was registered
 * (RDF 1.1 N-Triples, appendix A).
 */
const GENERIC_ALIASES: Readonly<Record<string, SerialiserName>> = {
  'application/json': 'jsonld',
  'application/xml': 'rdfxml',
  'text/xml': 'rdfxml',
  'text/plain': 'ntriples',
};

export interface AliasOptions {
  /** Also the generic types (application/json, application/xml, text/xml, text/plain): for answers that can only be RDF. */
  readonly generic?: boolean;
}

function aliasTable(options: AliasOptions): Readonly<Record<string, SerialiserName>> {
  return options.generic ? { ...ALIASES, ...GENERIC_ALIASES } : ALIASES;
}

/** The other media types that ask for a serialiser's format, besides its registered one. */
export function aliasesOf(name: SerialiserName, options: AliasOptions = {}): string[] {
  return Object.entries(aliasTable(options)).filter(([, n]) => n === name).map(([type]) => type);
}

/** The Content-Type header value for a serialiser's output (every format is UTF-8). */
export function contentType(s: RdfSerialiser): string {
  return `${s.mediaType}; charset=utf-8`;
}
