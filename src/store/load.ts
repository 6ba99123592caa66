/**
 * Loads the ontology and every data file into a store, each file into a
 * named graph of its own (graph IRI from the file stem), with Oxigraph's bulk
 * loader: the text goes to the engine's parser, no JavaScript object per
 * triple. The store is a fresh one, handed out only once every file has
 * loaded, so a malformed file fails the whole load with its file, line and
 * column and nothing half-loaded is ever served.
 */
import fs from 'node:fs';
import path from 'node:path';
import type * as RDF from '@rdfjs/types';
import { sourceFiles, type LoadOptions, type SourceFile } from './files';
import { EmbeddedStore, parseRdf } from './oxigraph';
import { replayJournal } from './writes/replay';

/** The path a message names for a file: relative to the working folder when below it. */
function shown(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/**
 * The graph a file's triples go to: its own, except in a TriG file, a dataset whose triples keep the graphs it
 * names (data/graphs.trig holds the default graph and the graphs that writes named freely, src/store/writes).
 */
const targetGraph = (source: SourceFile) => (source.format === 'application/trig' ? {} : { graph: source.graph });

/** Parses one file into quads in its graph; throws ParseError with file, line and column. */
export function parseFile(source: SourceFile): RDF.Quad[] {
  const text = fs.readFileSync(source.file, 'utf8');
  return parseRdf(text, { format: source.format, file: shown(source.file), ...targetGraph(source), baseIri: source.graph });
}

/** Builds a fresh embedded store from the files and the writes journalled since they were written; all or nothing. */
export function loadStore(options: LoadOptions): { store: EmbeddedStore; files: SourceFile[] } {
  const files = sourceFiles(options);
  const store = new EmbeddedStore();
  for (const source of files) {
    store.load(fs.readFileSync(source.file, 'utf8'), { format: source.format, file: shown(source.file), ...targetGraph(source), baseIri: source.graph });
  }
  replayJournal(store, options.dataDir);
  return { store, files };
}
