/**
 * The representations a dereferenced CDKG URI offers: HTML for people and
 * four RDF syntaxes, each also reachable by a file suffix for clients that
 * cannot set Accept. N-Quads and TriG are left to the dumps: a description is
 * one graph.
 */
import type { SerialiserName } from '../serialiser';
import type { FormatLink } from './views';

export interface DocumentFormat {
  readonly suffix: 'html' | 'ttl' | 'jsonld' | 'rdf' | 'nt';
  readonly label: string;
  readonly mediaType: string;
  /** The serialiser that writes it; absent for HTML. */
  readonly serialiser?: SerialiserName;
}

/** HTML first: it is the default for browsers, which send text/html with the highest q. */
export const DOCUMENT_FORMATS: readonly DocumentFormat[] = [
  { suffix: 'html', label: 'HTML', mediaType: 'text/html' },
  { suffix: 'ttl', label: 'Turtle', mediaType: 'text/turtle', serialiser: 'turtle' },
  { suffix: 'jsonld', label: 'JSON-LD', mediaType: 'application/ld+json', serialiser: 'jsonld' },
  { suffix: 'rdf', label: 'RDF/XML', mediaType: 'application/rdf+xml', serialiser: 'rdfxml' },
  { suffix: 'nt', label: 'N-Triples', mediaType: 'application/n-triples', serialiser: 'ntriples' },
];

export function formatBySuffix(suffix: string): DocumentFormat | undefined {
  return DOCUMENT_FORMATS.find((f) => f.suffix === suffix);
}

export function formatByMediaType(mediaType: string): DocumentFormat | undefined {
  return DOCUMENT_FORMATS.find((f) => f.mediaType === mediaType);
}

/** Links to every representation of the document at `path` (a local path without suffix). */
export function formatLinks(path: string): FormatLink[] {
  return DOCUMENT_FORMATS.map((f) => ({ label: f.label, href: `${path}.${f.suffix}`, mediaType: f.mediaType }));
}
