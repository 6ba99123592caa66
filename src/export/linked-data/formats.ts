/**
 * The representations a dereferenced CDKG URI offers: HTML for people and
 * four RDF syntaxes, each also reachable by a file suffix for clients that
 * cannot set Accept. N-Quads and TriG are left to the dumps: a description is
 * one graph.
 */
import { serialiser } from '../index';
import type { SerialiserName } from '../serialiser';
import type { FormatLink } from './views';

export interface DocumentFormat {
  /** File suffix of the URL that names this representation (`.ttl`). */
  readonly suffix: string;
  readonly label: string;
  readonly mediaType: string;
  /** Further media types that ask for this format. */
  readonly acceptAlso: readonly string[];
  /** The serialiser that writes it; absent for HTML. */
  readonly serialiser?: SerialiserName;
}

/** An RDF representation: media type and suffix are the serialiser's own (src/export/index.ts holds the one table). */
function rdf(name: SerialiserName, label: string, acceptAlso: readonly string[] = []): DocumentFormat {
  const s = serialiser(name);
  return { suffix: s.extension, label, mediaType: s.mediaType, acceptAlso, serialiser: name };
}

/** HTML first: it is the default for browsers, which send text/html with the highest q. */
export const DOCUMENT_FORMATS: readonly DocumentFormat[] = [
  { suffix: 'html', label: 'HTML', mediaType: 'text/html', acceptAlso: ['application/xhtml+xml'] },
  rdf('turtle', 'Turtle'),
  rdf('jsonld', 'JSON-LD'),
  rdf('rdfxml', 'RDF/XML'),
  // N-Triples was served as text/plain before application/n-triples was registered
  // (RDF 1.1 N-Triples, appendix A); clients such as rdflib still ask for it that way.
  rdf('ntriples', 'N-Triples', ['text/plain']),
];

/** The format a URL suffix or `format=` value names: the suffix (`nt`) or the serialiser name (`ntriples`). */
export function formatBySuffix(suffix: string): DocumentFormat | undefined {
  return DOCUMENT_FORMATS.find((f) => f.suffix === suffix || f.serialiser === suffix);
}

export function formatByMediaType(mediaType: string): DocumentFormat | undefined {
  return DOCUMENT_FORMATS.find((f) => f.mediaType === mediaType || f.acceptAlso.includes(mediaType));
}

/** Links to every representation of the document at `path` (a local path without suffix). */
export function formatLinks(path: string): FormatLink[] {
  return DOCUMENT_FORMATS.map((f) => ({ label: f.label, href: `${path}.${f.suffix}`, mediaType: f.mediaType }));
}
