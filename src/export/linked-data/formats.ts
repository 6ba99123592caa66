/**
 * The representations a dereferenced CDKG URI offers: HTML for people and
 * four RDF syntaxes, each also reachable by a file suffix for clients that
 * cannot set Accept. N-Quads and TriG are left to the dumps: a description is
 * one graph.
 */
import { aliasesOf, serialiser } from '../index';
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

/**
 * An RDF representation: media type, suffix, label and the other media types
 * that ask for it all come from the one table of src/export/index.ts. A document
 * can only be RDF or HTML, so generic types count here: application/json asks
 * for JSON-LD, application/xml for RDF/XML, text/plain for N-Triples.
 */
function rdf(name: SerialiserName): DocumentFormat {
  const s = serialiser(name);
  return { suffix: s.extension, label: s.title, mediaType: s.mediaType, acceptAlso: aliasesOf(name, { generic: true }), serialiser: name };
}

/** HTML first: it is the default for browsers, which send text/html with the highest q. */
export const DOCUMENT_FORMATS: readonly DocumentFormat[] = [
  { suffix: 'html', label: 'HTML', mediaType: 'text/html', acceptAlso: ['application/xhtml+xml'] },
  rdf('turtle'),
  rdf('jsonld'),
  rdf('rdfxml'),
  rdf('ntriples'),
];

/** The format a URL suffix or `format=` value names: the suffix (`nt`) or the serialiser name (`ntriples`). */
export function formatBySuffix(suffix: string): DocumentFormat | undefined {
  return DOCUMENT_FORMATS.find((f) => f.suffix === suffix || f.serialiser === suffix);
}

/** Links to every representation of the document at `path` (a local path without suffix). */
export function formatLinks(path: string): FormatLink[] {
  return DOCUMENT_FORMATS.map((f) => ({ label: f.label, href: `${path}.${f.suffix}`, mediaType: f.mediaType }));
}
