/**
 * Quotes against their stored source texts. A quote (`oa:exact`) is the
 * source's own words or nothing, so `kb validate` and the server's start
 * check each one against the stored text of its source (./source-text.ts):
 * found there, and selected by the text position and context that
 * `kb annotate` wrote. SHACL Core cannot read files, so this is a check of
 * its own whose violations join the SHACL report.
 */
import path from 'node:path';
import { CDKG, OA, SOURCE_TEXT_NS, SPDX, compact } from '../../ontology/namespaces';
import type { Violation } from '../errors';
import { QueryLibrary } from './query-library';
import { IndexedText, normaliseWhitespace, readStoredText, type StoredText, type TextSpan } from './source-text';
import type { Binding, KnowledgeStore } from './types';

const QUERIES = new QueryLibrary<'quotes' | 'stored-texts'>(path.join(__dirname, 'queries'));

/** One quote of one statement, with what it is checked against. */
export interface QuoteRecord {
  readonly statement: string;
  readonly quote: string;
  readonly exact?: string;
  /** The graph stating the quote, when the store keeps graphs. */
  readonly graph?: string;
  readonly sources: readonly string[];
  /** Stored texts of the statement's sources. */
  readonly texts: readonly string[];
  readonly prefix?: string;
  readonly suffix?: string;
  readonly span?: string;
  readonly spanSource?: string;
  readonly start?: number;
  readonly end?: number;
}

export interface SourceTextRecord {
  readonly iri: string;
  readonly sources: readonly string[];
  /** The SHA-256 checksums recorded for it (one when annotated). */
  readonly checksums: readonly string[];
}

const value = (row: Binding, name: string): string | undefined => row[name]?.value;
const position = (row: Binding, name: string): number | undefined => {
  const v = value(row, name);
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
};
const add = (list: string[], v: string | undefined) => v !== undefined && !list.includes(v) && list.push(v);

/** The quotes of the store, one record per statement and quote. */
export async function quoteRecords(store: KnowledgeStore): Promise<QuoteRecord[]> {
  const byKey = new Map<string, QuoteRecord & { sources: string[]; texts: string[] }>();
  for (const row of await QUERIES.select(store, 'quotes')) {
    const statement = value(row, 'statement') as string;
    const quote = value(row, 'quote') as string;
    const key = `${statement}\u0000${quote}`;
    let record = byKey.get(key);
    if (!record) {
      record = {
        statement,
        quote,
        sources: [],
        texts: [],
        ...optional({
          exact: value(row, 'exact'),
          graph: value(row, 'graph'),
          prefix: value(row, 'prefix'),
          suffix: value(row, 'suffix'),
          span: value(row, 'span'),
          spanSource: value(row, 'spanSource'),
          start: position(row, 'start'),
          end: position(row, 'end'),
        }),
      };
      byKey.set(key, record);
    }
    add(record.sources, value(row, 'source'));
    add(record.texts, value(row, 'text'));
  }
  return [...byKey.values()];
}

/** The stored texts the store names, with their recorded checksums. */
export async function sourceTextRecords(store: KnowledgeStore): Promise<SourceTextRecord[]> {
  const byIri = new Map<string, { iri: string; sources: string[]; checksums: string[] }>();
  for (const row of await QUERIES.select(store, 'stored-texts')) {
    const iri = value(row, 'text') as string;
    const record = byIri.get(iri) ?? { iri, sources: [], checksums: [] };
    add(record.sources, value(row, 'source'));
    add(record.checksums, value(row, 'checksum'));
    byIri.set(iri, record);
  }
  return [...byIri.values()];
}

function optional<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Stored texts read once per check, by IRI; undefined for an IRI with no file. */
export class StoredTexts {
  private readonly cache = new Map<string, { stored: StoredText; indexed: IndexedText } | undefined>();

  constructor(readonly dir: string) {}

  get(iri: string): { stored: StoredText; indexed: IndexedText } | undefined {
    if (!this.cache.has(iri)) {
      const stored = readStoredText(this.dir, iri);
      this.cache.set(iri, stored ? { stored, indexed: new IndexedText(stored.text) } : undefined);
    }
    return this.cache.get(iri);
  }
}

/** Where the quote is in its stored text: the text it is found in (the span's own source first) and the span. */
export function locate(record: QuoteRecord, texts: StoredTexts): { text: StoredText; indexed: IndexedText; span: TextSpan } | undefined {
  const candidates = [...(record.spanSource ? [record.spanSource] : []), ...record.texts];
  for (const iri of candidates) {
    const t = texts.get(iri);
    const span = t && record.exact !== undefined ? t.indexed.find(record.exact) : undefined;
    if (t && span) return { text: t.stored, indexed: t.indexed, span };
  }
  return undefined;
}

/** `sources/<file>` as the messages name a stored text. */
const shown = (texts: StoredTexts, t: StoredText) => path.join(path.basename(texts.dir), t.file);

/** The violations of one quote, focused on its statement. */
function quoteViolations(record: QuoteRecord, texts: StoredTexts): Omit<Violation, 'file'>[] {
  const v = (message: string, extra: Partial<Violation> = {}): Omit<Violation, 'file'> => ({
    focusNode: record.statement,
    path: extra.path ?? CDKG.quote,
    message,
    severity: 'Violation',
    ...(record.exact !== undefined ? { value: JSON.stringify(record.exact) } : {}),
    ...extra,
  });
  if (record.exact === undefined || record.exact.trim() === '') return []; // SHACL reports a quote without oa:exact, or a blank one.
  if (record.texts.length === 0) {
    const sources = record.sources.length ? record.sources.map(compact).join(', ') : 'no source';
    return [v(`The quote rests on ${sources}, whose text is not stored: a quote is the source's own words, checked against its stored text. Store the text under sources/ and link it with cdkg:storedText, or state the fact with a cdkg:note instead of a quote`)];
  }
  const missing = record.texts.filter((iri) => !texts.get(iri));
  if (missing.length === record.texts.length) {
    return [v(`The stored text ${missing.join(', ')} of the quote's source is not a file of ${texts.dir} (a stored text IRI is ${SOURCE_TEXT_NS}<slug>.txt, the file sources/<slug>.txt)`)];
  }
  const found = locate(record, texts);
  if (!found) {
    const where = record.texts.flatMap((iri) => { const t = texts.get(iri); return t ? [shown(texts, t.stored)] : []; }).join(', ');
    return [v(`The quote is not in the stored text ${where} (whitespace runs count as one space, nothing else is normalised)`)];
  }
  const file = shown(texts, found.text);
  if (record.span === undefined || record.start === undefined || record.end === undefined) {
    return [v(`The quote has no text position in ${file}: run npx kb annotate`)];
  }
  const out: Omit<Violation, 'file'>[] = [];
  if (record.spanSource !== found.text.iri) {
    out.push(v(`The quote's text span has oa:hasSource ${record.spanSource ?? '(none)'}, not the stored text it is found in, ${found.text.iri}: run npx kb annotate`));
  }
  const selected = found.indexed.slice(record.start, record.end);
  if (normaliseWhitespace(selected) !== normaliseWhitespace(record.exact)) {
    out.push(v(`oa:start ${record.start} and oa:end ${record.end} select ${JSON.stringify(selected)} in ${file}, not the quote: run npx kb annotate`, { path: OA.start }));
  } else {
    const context = found.indexed.span(record.start, record.end);
    if (record.prefix !== context.prefix || record.suffix !== context.suffix) {
      out.push(v(`oa:prefix and oa:suffix are not the text around the quote in ${file}: run npx kb annotate`, { path: OA.prefix }));
    }
  }
  return out;
}

/** A recorded checksum that is not the file's: the text changed after `kb annotate`. */
function checksumViolations(records: readonly SourceTextRecord[], texts: StoredTexts): Omit<Violation, 'file'>[] {
  return records.flatMap((r) => {
    const t = texts.get(r.iri);
    if (!t || r.checksums.length === 0 || r.checksums.includes(t.stored.sha256)) return [];
    return [{
      focusNode: r.iri,
      path: SPDX.checksum,
      message: `${shown(texts, t.stored)} has changed since kb annotate recorded its SHA-256 ${r.checksums.join(', ')} (now ${t.stored.sha256}): run npx kb annotate`,
      severity: 'Violation',
    }];
  });
}

export interface QuoteCheckOptions {
  /** The folder of stored source texts. */
  readonly sourcesDir: string;
  /** The file (relative path) to name for a focus node, when known. */
  readonly fileOf: (focus: string, graph?: string) => string | undefined;
}

/** Every quote of the store checked against its stored source text; an empty list when all hold. */
export async function checkQuotes(store: KnowledgeStore, options: QuoteCheckOptions): Promise<Violation[]> {
  const texts = new StoredTexts(options.sourcesDir);
  const records = await quoteRecords(store);
  const withFile = (graph: string | undefined) => (v: Omit<Violation, 'file'>): Violation => {
    const file = options.fileOf(v.focusNode, graph);
    return file ? { ...v, file } : v;
  };
  return [
    ...records.flatMap((r) => quoteViolations(r, texts).map(withFile(r.graph))),
    ...checksumViolations(await sourceTextRecords(store), texts).map(withFile(undefined)),
  ];
}
