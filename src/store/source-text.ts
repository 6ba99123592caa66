/**
 * Stored source texts (the folder sources/) and the spans quotes select in
 * them. A quote is compared with the text with every run of whitespace
 * counting as one space (a line break of the stored text matches a space of
 * the quote) and nothing else normalised: no case folding, no quote-mark or
 * dash mapping, so a changed word or letter is a different text.
 *
 * Positions count Unicode code points from 0, end excluded, as the Web
 * Annotation Data Model requires of a TextPositionSelector (§4.2.5: "in terms
 * of unicode code points … not in terms of code units").
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sourceTextFile } from '../../ontology/namespaces';

/** Code points of context kept before and after a quote (oa:prefix, oa:suffix). */
export const CONTEXT_LENGTH = 32;

export interface StoredText {
  readonly iri: string;
  /** The file under the sources folder, e.g. `atlas-us-eu.txt`. */
  readonly file: string;
  readonly text: string;
  /** SHA-256 of the file's bytes, hex. */
  readonly sha256: string;
}

/** A span of a stored text, in code points, with its context. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly prefix: string;
  readonly suffix: string;
}

/** Runs of whitespace as one space, ends trimmed: how a quote and a stored text are compared. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Reads the stored text an IRI names; undefined when the IRI is no stored-text IRI or its file is missing. */
export function readStoredText(sourcesDir: string, iri: string): StoredText | undefined {
  const file = sourceTextFile(iri);
  if (file === undefined) return undefined;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(sourcesDir, file));
  } catch {
    return undefined;
  }
  return { iri, file, text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** A text indexed for quote look-ups: its whitespace-collapsed form and the way back to code-point positions. */
export class IndexedText {
  /** The text with each whitespace run as one space (not trimmed). */
  private readonly collapsed: string;
  /** For each UTF-16 unit of `collapsed`, the UTF-16 offset in the original text where it starts. */
  private readonly origin: Uint32Array;
  /** For each UTF-16 offset of the original text (and its end), the number of code points before it. */
  private readonly codePoints: Uint32Array;
  /** The text's code points, one string each. */
  private readonly chars: readonly string[];

  constructor(readonly text: string) {
    const collapsed: string[] = [];
    const origin: number[] = [];
    for (let i = 0; i < text.length; ) {
      if (/\s/.test(text[i])) {
        let j = i;
        while (j < text.length && /\s/.test(text[j])) j++;
        collapsed.push(' ');
        origin.push(i);
        i = j;
      } else {
        collapsed.push(text[i]);
        origin.push(i);
        i++;
      }
    }
    this.collapsed = collapsed.join('');
    this.origin = Uint32Array.from(origin);
    const cps = new Uint32Array(text.length + 1);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      cps[i] = n;
      // The low half of a surrogate pair is not a code point of its own.
      const code = text.charCodeAt(i);
      if (!(code >= 0xdc00 && code <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) n++;
    }
    cps[text.length] = n;
    this.codePoints = cps;
    this.chars = Array.from(text);
  }

  /** The first span whose text is the quote (whitespace runs as one space), or undefined when the text has none. */
  find(exact: string): TextSpan | undefined {
    const needle = normaliseWhitespace(exact);
    if (needle === '') return undefined;
    const at = this.collapsed.indexOf(needle);
    if (at < 0) return undefined;
    // The needle is trimmed, so its last unit is no whitespace run and covers exactly one unit of the original.
    const startUnit = this.origin[at];
    const endUnit = this.origin[at + needle.length - 1] + 1;
    return this.span(this.codePoints[startUnit], this.codePoints[endUnit]);
  }

  /** The span [start, end) in code points, with its context. */
  span(start: number, end: number): TextSpan {
    return { start, end, prefix: this.slice(Math.max(0, start - CONTEXT_LENGTH), start), suffix: this.slice(end, end + CONTEXT_LENGTH) };
  }

  /** The text between two code-point positions. */
  slice(start: number, end: number): string {
    return this.chars.slice(start, end).join('');
  }

  /** Number of code points of the text. */
  get length(): number {
    return this.chars.length;
  }
}
