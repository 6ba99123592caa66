/**
 * Applying committed writes to a store: the loader replays the journal after
 * the data files (so every reader sees every acknowledged write), the query
 * workers apply each write as it is committed, and `kb validate` checks the
 * files with the journal's writes.
 */
import type * as RDF from '@rdfjs/types';
import { EmbeddedStore } from '../oxigraph';
import type { GraphChange, GraphName, WriteRecord } from './change';
import { journalPath, readJournal } from './journal';

/** Applies one write's changes, in order: a replacement empties its graph first. */
export function applyChanges(store: EmbeddedStore, changes: readonly GraphChange[]): void {
  for (const change of changes) {
    if (change.mode === 'replace') store.clearGraph(change.graph);
    else store.applyNQuads(change.remove, true);
    store.applyNQuads(change.add, false);
  }
}

export function applyRecords(store: EmbeddedStore, records: readonly WriteRecord[]): void {
  for (const record of records) applyChanges(store, record.changes);
}

/** Replays the data folder's journal (if any) onto a store loaded from its files. */
export function replayJournal(store: EmbeddedStore, dataDir: string): number {
  const { records } = readJournal(journalPath(dataDir));
  applyRecords(store, records);
  return records.length;
}

/** N-Quads lines as RDF/JS quads, blank node labels kept as written. */
export function quadsOfLines(lines: readonly string[]): RDF.Quad[] {
  if (lines.length === 0) return [];
  // Required here, not at the top: a query worker loads this module but never parses lines, and starts faster without n3's parser.
  const { Parser } = require('../n3') as typeof import('../n3');
  return new Parser({ format: 'N-Quads', blankNodePrefix: '' }).parse(`${lines.join('\n')}\n`);
}

/** The graphs of a store, the default graph (`null`) first when it holds triples. */
export function graphsOf(store: EmbeddedStore): GraphName[] {
  return [...(store.hasDefaultGraphTriples ? [null] : []), ...store.graphsSync()];
}
