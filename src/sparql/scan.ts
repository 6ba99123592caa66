/**
 * A single lexical pass over a query text, before any parser: the nesting
 * check every query passes (so no parser recurses past MAX_NESTING), and,
 * for the queries that need nothing a syntax tree gives, the facts the
 * query layer needs (form, top-level LIMIT). Such a query goes to the store
 * without sparqljs, whose parse costs more than the store's own parse and
 * run of a small query (./service.ts, docs/performance.md); the store's
 * parser still checks it. Comments, string literals and IRIs are skipped, as
 * neither brackets nor keywords there are syntax.
 */
import { UnsupportedError } from '../errors';
import type { QueryForm } from '../store/types';

/**
 * Deepest bracket nesting accepted. sparqljs, the syntax-tree walks and
 * Oxigraph all recurse once per level: a few thousand levels overflow the
 * stack on the main thread (blocking every request for seconds) or trap the
 * store's WebAssembly module, while hand-written queries stay far below this.
 */
export const MAX_NESTING = 128;

/** What the scan tells of a query the store can be given as it is. */
export interface QueryScan {
  readonly form: QueryForm;
  /** The LIMIT of the outermost query (SPARQL 1.1 Query §19.8 [25]), when it has one. */
  readonly limit?: number;
}

/** An IRIREF token (SPARQL 1.1 Query §19.8 [139]): inside it `#`, `(` and `[` are plain characters. */
const IRIREF = /<[^<>"{}|^`\\\u0000-\u0020]*>/y;
/** A name-like run: keywords, prefixed names, numbers, variable names, language tags. */
const WORD = /[A-Za-z0-9_\u00b7-\uffff][A-Za-z0-9_\-.:%\\\u00b7-\uffff]*/y;
const OPENING = new Set(['(', '{', '[']);
const CLOSING = new Set([')', '}', ']']);
const FORMS: Readonly<Record<string, QueryForm>> = { SELECT: 'select', ASK: 'ask', CONSTRUCT: 'construct', DESCRIBE: 'describe' };
/**
 * Words after which the syntax tree is needed: FROM (the query's own dataset), SERVICE (the federation plans
 * from the tree), and the update keywords (refused with the operation's name). VALUES only counts at the top
 * level, where a trailing block makes appending the cap's LIMIT wrong.
 */
const NEEDS_TREE = new Set(['FROM', 'SERVICE', 'INSERT', 'DELETE', 'LOAD', 'CLEAR', 'CREATE', 'DROP', 'ADD', 'MOVE', 'COPY', 'WITH', 'USING']);

/** The index of the last character of the string literal starting at `start` (short or long form, with backslash escapes). */
function endOfString(text: string, start: number): number {
  const quote = text[start];
  const long = text.startsWith(quote.repeat(3), start);
  const delimiter = long ? quote.repeat(3) : quote;
  for (let i = start + delimiter.length; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text.startsWith(delimiter, i)) return i + delimiter.length - 1;
    else if (!long && text[i] === '\n') return i;
  }
  return text.length;
}

function tooDeep(text: string, at: number): UnsupportedError {
  const before = text.slice(0, at).split('\n');
  const line = before.length;
  const column = before[before.length - 1].length + 1;
  return new UnsupportedError(`Query nested too deeply: more than ${MAX_NESTING} levels of brackets ((, { or [) at line ${line}, column ${column}; this endpoint accepts at most ${MAX_NESTING}`);
}

/**
 * Scans a query text: throws when it is nested too deeply; returns the facts of a query the store can run as
 * it is, or undefined when the query needs the full parser (a keyword above, a top-level VALUES, no form found,
 * a LIMIT without a number).
 */
export function scanQuery(text: string): QueryScan | undefined {
  let depth = 0;
  let form: QueryForm | undefined;
  let limit: number | undefined;
  let fast = true;
  let expectLimit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r') continue;
    if (c === '#') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
      continue;
    }
    // Anything but a number after a top-level LIMIT: the store's parser will say what is wrong.
    if (expectLimit && !/[0-9]/.test(c)) {
      expectLimit = false;
      fast = false;
    }
    if (c === '"' || c === "'") {
      i = endOfString(text, i);
      continue;
    }
    if (c === '<') {
      IRIREF.lastIndex = i;
      if (IRIREF.test(text)) i = IRIREF.lastIndex - 1;
      continue;
    }
    if (OPENING.has(c)) {
      if (++depth > MAX_NESTING) throw tooDeep(text, i);
      continue;
    }
    if (CLOSING.has(c)) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m) continue;
    const word = m[0];
    i += word.length - 1;
    // A variable's name, a language tag or a prefixed name is never a keyword.
    const previous = text[i - word.length];
    if (previous === '?' || previous === '$' || previous === '@' || word.includes(':')) continue;
    if (!fast) continue;
    const upper = word.toUpperCase();
    if (expectLimit) {
      expectLimit = false;
      if (/^[0-9]+$/.test(word)) limit = Number(word);
      else fast = false;
      continue;
    }
    if (form === undefined && FORMS[upper]) form = FORMS[upper];
    else if (NEEDS_TREE.has(upper)) fast = false;
    else if (depth === 0 && upper === 'VALUES') fast = false;
    else if (depth === 0 && upper === 'LIMIT') {
      if (limit !== undefined) fast = false;
      expectLimit = true;
    }
  }
  if (!fast || form === undefined || expectLimit) return undefined;
  return limit === undefined ? { form } : { form, limit };
}
