/** The journal's writes as `kb validate` checks them: per file, with the files' own triples. */
import path from 'node:path';
import type { LoadOptions } from '../files';
import { EmbeddedStore } from '../oxigraph';
import type { CheckedFile } from '../validate';
import { ExactTerms } from './exact';
import { fileOfGraph } from './graph-files';
import { journalPath, readJournal } from './journal';
import { applyRecords, graphsOf, quadsOfLines } from './replay';

/**
 * The state a check sees, per file: the files as parsed, with the journal's writes applied and each graph's
 * triples named by the file they belong to (a new graph by the file a snapshot will write it to).
 */
export function journalledFiles(options: LoadOptions, parsed: readonly CheckedFile[]): readonly CheckedFile[] {
  const { records } = readJournal(journalPath(options.dataDir));
  if (records.length === 0) return parsed;
  const store = new EmbeddedStore();
  const exact = new ExactTerms();
  for (const f of parsed) {
    store.addAll(f.quads);
    exact.addQuads(f.quads);
  }
  for (const r of records) for (const c of r.changes) exact.addLines(c.add);
  applyRecords(store, records);
  const fileOf = new Map(parsed.map((f) => [f.graph, f.file]));
  return graphsOf(store).map((graph) => ({
    file: (graph !== null && fileOf.get(graph)) || path.relative(process.cwd(), fileOfGraph(graph, options).file) || '(journal)',
    graph: graph ?? '',
    quads: quadsOfLines(exact.lines(store.graphLines(graph))),
  }));
}

