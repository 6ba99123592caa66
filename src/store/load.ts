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
import { graphIri } from '../../ontology/namespaces';
import { ConfigError } from '../errors';
import { EmbeddedStore, parseRdf, type RdfSyntax } from './oxigraph';
import { replayJournal } from './writes/replay';

export interface SourceFile {
  readonly file: string;
  readonly graph: string;
  readonly format: RdfSyntax;
}

export interface LoadOptions {
  readonly dataDir: string;
  readonly ontologyDir: string;
  readonly loadOntology: boolean;
  /** Graph IRIs for data files by file name, overriding `graphIri(stem)` (foreign data such as the W3C test suite names its own graphs). */
  readonly graphNames?: Readonly<Record<string, string>>;
}

/** The generated ontology files (see `npm run build:ontology`). */
export const ONTOLOGY_FILES = { ontology: 'cdkg.ttl', shapes: 'shapes.ttl' } as const;

const SYNTAX_BY_EXTENSION: Record<string, RdfSyntax> = {
  '.ttl': 'text/turtle',
  '.nt': 'application/n-triples',
  '.nq': 'application/n-quads',
  '.trig': 'application/trig',
  '.rdf': 'application/rdf+xml',
};

/** Lists the files a load reads, in a stable order: the ontology first, then data files by name. */
export function sourceFiles(options: LoadOptions): SourceFile[] {
  const out: SourceFile[] = [];
  if (options.loadOntology) {
    out.push({ file: path.join(options.ontologyDir, ONTOLOGY_FILES.ontology), graph: graphIri('ontology'), format: 'text/turtle' });
  }
  if (!fs.existsSync(options.dataDir)) throw new ConfigError(`Data folder ${options.dataDir} does not exist`);
  for (const name of fs.readdirSync(options.dataDir).sort()) {
    const format = SYNTAX_BY_EXTENSION[path.extname(name)];
    if (!format) continue;
    out.push({ file: path.join(options.dataDir, name), graph: options.graphNames?.[name] ?? graphIri(path.basename(name, path.extname(name))), format });
  }
  return out;
}

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
