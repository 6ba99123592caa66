/**
 * SELECT and ASK answers as text in one of the four standard result formats,
 * which every SPARQL engine writes itself (the embedded Oxigraph store, or a
 * remote one): the text goes to the client as the engine wrote it, and only
 * an answer longer than the cap is cut here, at a row boundary, in its own
 * syntax.
 */
import { InternalError } from '../errors';

/** The result formats a store writes (SPARQL 1.1 Query Results JSON, XML, CSV and TSV). */
export const RESULT_MEDIA_TYPES = ['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values'] as const;
export type ResultMediaType = (typeof RESULT_MEDIA_TYPES)[number];

export function isResultMediaType(mediaType: string): mediaType is ResultMediaType {
  return (RESULT_MEDIA_TYPES as readonly string[]).includes(mediaType);
}

/** A SELECT or ASK answer as text, and whether rows were cut from it. */
export interface ResultText {
  readonly mediaType: ResultMediaType;
  readonly text: string;
  readonly truncated: boolean;
}

/**
 * The fewest characters a row takes in each format (a row with every
 * variable unbound): a shorter text cannot hold more rows than the cap, and
 * is passed on without being read.
 */
const MIN_ROW_CHARS: Readonly<Record<ResultMediaType, number>> = {
  'application/sparql-results+json': 3, // {},
  'application/sparql-results+xml': 17, // <result></result>
  'text/csv': 2, // CRLF
  'text/tab-separated-values': 1, // LF
};

/** The text up to the end of its `n`th line (`\n` ends a line; in CSV only outside a quoted field), or undefined when it has no more than `n` lines. */
function firstLines(text: string, n: number, quoted: boolean): string | undefined {
  let lines = 0;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted && c === 34) inQuotes = !inQuotes;
    else if (c === 10 && !inQuotes && ++lines === n) return i + 1 < text.length ? text.slice(0, i + 1) : undefined;
  }
  return undefined;
}

/** Cuts an answer after `max` rows; `truncated` tells whether there were more. */
export function capResultText(mediaType: ResultMediaType, text: string, max: number): ResultText {
  const whole = { mediaType, text, truncated: false };
  if (text.length <= (max + 1) * MIN_ROW_CHARS[mediaType]) return whole;
  switch (mediaType) {
    case 'application/sparql-results+json': {
      const json = JSON.parse(text) as { results?: { bindings: unknown[] } };
      if (!json.results || json.results.bindings.length <= max) return whole;
      json.results.bindings.length = max;
      return { mediaType, text: JSON.stringify(json), truncated: true };
    }
    case 'application/sparql-results+xml': {
      // Markup inside values is escaped (&lt;), so every `<result>` is a row.
      let at = -1;
      for (let row = 0; row <= max; row++) {
        at = text.indexOf('<result>', at + 1);
        if (at < 0) return whole;
      }
      return { mediaType, text: `${text.slice(0, at)}</results></sparql>`, truncated: true };
    }
    case 'text/csv':
    case 'text/tab-separated-values': {
      // A header line, then one line per row (TSV escapes line breaks in terms; CSV quotes fields that hold one).
      const head = firstLines(text, max + 1, mediaType === 'text/csv');
      return head === undefined ? whole : { mediaType, text: head, truncated: true };
    }
    default:
      throw new InternalError(`No result format ${String(mediaType)}`);
  }
}
