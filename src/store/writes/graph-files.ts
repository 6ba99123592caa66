/**
 * Which data file holds which graph, and writing graphs back to their files
 * (a snapshot). A graph loaded from `data/<stem>.ttl` (or `.nt`) goes back
 * there; a new graph `graph/<stem>` gets `data/<stem>.ttl`; the default
 * graph and graphs with other names live in `data/graphs.trig`, loaded as a
 * dataset. Every file is written to a temporary file beside it, fsynced and
 * renamed over the old one (rename(2) is atomic), then the folder is fsynced.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DataFactory, Parser, Writer } from '../n3';
import type * as RDF from '@rdfjs/types';
import { GRAPH_NS, PREFIXES, graphIri } from '../../../ontology/namespaces';
import { UnsupportedError } from '../../errors';
import { sourceFiles, type LoadOptions } from '../files';
import type { EmbeddedStore } from '../oxigraph';
import type { GraphName } from './change';
import type { ExactTerms } from './exact';
import { fsyncDir } from './journal';
import { graphsOf, quadsOfLines } from './replay';

/** The dataset file for the default graph and for graphs whose names are no data file's. */
export const GRAPHS_FILE = 'graphs.trig';

export interface GraphFile {
  readonly file: string;
  readonly kind: 'turtle' | 'ntriples' | 'dataset';
}

const STEM = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function sourceOfGraph(graph: string, options: LoadOptions) {
  return sourceFiles({ ...options, loadOntology: true }).find((s) => s.graph === graph && path.basename(s.file) !== GRAPHS_FILE);
}

/** Whether a graph is loaded from a file outside the data folder (the generated ontology), which no snapshot writes. */
function isGenerated(graph: GraphName, options: LoadOptions): boolean {
  const source = graph === null ? undefined : sourceOfGraph(graph, options);
  return source !== undefined && path.dirname(source.file) !== path.resolve(options.dataDir);
}

/** The file a graph is written to; a graph of a file writes cannot update (RDF/XML, the generated ontology) is refused. */
export function fileOfGraph(graph: GraphName, options: LoadOptions): GraphFile {
  const dataset = { file: path.join(options.dataDir, GRAPHS_FILE), kind: 'dataset' } as const;
  if (graph === null) return dataset;
  const source = sourceOfGraph(graph, options);
  if (source) {
    if (isGenerated(graph, options)) throw new UnsupportedError(`The graph <${graph}> is generated (${path.basename(source.file)}, npm run build:ontology); it cannot be written`);
    if (source.format === 'text/turtle') return { file: source.file, kind: 'turtle' };
    if (source.format === 'application/n-triples') return { file: source.file, kind: 'ntriples' };
    throw new UnsupportedError(`The graph <${graph}> is stored in ${path.basename(source.file)}, a format writes do not update; convert it to Turtle first`);
  }
  const stem = graph.startsWith(GRAPH_NS) ? graph.slice(GRAPH_NS.length) : undefined;
  if (stem !== undefined && STEM.test(stem) && graphIri(stem) === graph) return { file: path.join(options.dataDir, `${stem}.ttl`), kind: 'turtle' };
  return dataset;
}

const termKey = (t: RDF.Term) => `${t.termType}:${t.value}`;
const quadKey = (q: RDF.Quad) => `${termKey(q.subject)} ${termKey(q.predicate)} ${q.object.termType}:${q.object.value}:${q.object.termType === 'Literal' ? `${(q.object as RDF.Literal).language}|${(q.object as RDF.Literal).datatype.value}` : ''}`;

interface ExistingFile {
  readonly text: string;
  readonly quads: RDF.Quad[];
  readonly prefixes: Record<string, string>;
}

function readExisting(file: string, format: string, baseIRI: string | undefined): ExistingFile | undefined {
  if (!fs.existsSync(file)) return undefined;
  const text = fs.readFileSync(file, 'utf8');
  const prefixes: Record<string, string> = {};
  const quads = new Parser({ format, ...(baseIRI ? { baseIRI } : {}), blankNodePrefix: '' }).parse(text, null, (prefix, iri) => {
    prefixes[prefix] = iri.value;
  });
  return { text, quads, prefixes };
}

function write(quads: readonly RDF.Quad[], format: string, prefixes: Record<string, string>): string {
  const writer = new Writer({ format, prefixes });
  writer.addQuads([...quads]);
  let out = '';
  writer.end((error, result) => {
    if (error) throw error;
    out = result;
  });
  return out;
}

/** The comment lines a curator put at the head of the file, kept when the file is rewritten. */
function header(text: string): string {
  const lines = text.split('\n');
  const end = lines.findIndex((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  const head = lines.slice(0, end < 0 ? lines.length : end).join('\n').trimEnd();
  return head ? `${head}\n\n` : '';
}

/**
 * The new text of a Turtle or N-Triples graph file, or undefined when it holds the graph already. Triples only
 * added (and no blank node among them) are appended below the old text, so a curator's diff shows just them and
 * the file keeps its comments; otherwise the file is rewritten, keeping its header comment, its prefixes and
 * the order of its subjects (new ones at the end).
 */
export function graphFileText(target: readonly RDF.Quad[], file: GraphFile & { readonly graph: GraphName }, note: string): string | undefined {
  const format = file.kind === 'turtle' ? 'Turtle' : 'N-Triples';
  const existing = readExisting(file.file, format, file.graph ?? undefined);
  const triples = target.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
  const oldKeys = new Set(existing?.quads.map(quadKey) ?? []);
  const newKeys = new Set(triples.map(quadKey));
  if (existing && oldKeys.size === newKeys.size && [...oldKeys].every((k) => newKeys.has(k))) return undefined;
  const prefixes = existing?.prefixes ?? (file.kind === 'turtle' ? { ...PREFIXES } : {});
  const onlyAdded = existing !== undefined && [...oldKeys].every((k) => newKeys.has(k));
  const added = triples.filter((q) => !oldKeys.has(quadKey(q)));
  if (onlyAdded && !added.some((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')) {
    const block = write(added, format, prefixes).replace(/^@prefix[^\n]*\n/gm, '').trim();
    return `${existing.text.replace(/\s*$/, '\n')}\n${format === 'Turtle' ? `# ${note}\n` : ''}${block}\n`;
  }
  const subjectOrder = new Map<string, number>();
  const quadOrder = new Map<string, number>();
  existing?.quads.forEach((q, i) => {
    if (!subjectOrder.has(termKey(q.subject))) subjectOrder.set(termKey(q.subject), i);
    if (!quadOrder.has(quadKey(q))) quadOrder.set(quadKey(q), i);
  });
  const rank = (m: Map<string, number>, k: string, i: number) => m.get(k) ?? Number.MAX_SAFE_INTEGER / 2 + i;
  const firstOfSubject = new Map<string, number>();
  triples.forEach((q, i) => firstOfSubject.has(termKey(q.subject)) || firstOfSubject.set(termKey(q.subject), i));
  const ordered = triples
    .map((q, i) => ({ q, s: rank(subjectOrder, termKey(q.subject), firstOfSubject.get(termKey(q.subject)) ?? i), o: rank(quadOrder, quadKey(q), i) }))
    .sort((a, b) => a.s - b.s || a.o - b.o)
    .map((x) => x.q);
  return `${existing ? header(existing.text) : ''}${write(ordered, format, prefixes)}`;
}

/** The dataset file's text: the default graph and every graph that has no file of its own. */
function datasetText(state: EmbeddedStore, exact: ExactTerms, options: LoadOptions): string {
  const quads = graphsOf(state)
    // The generated ontology is loaded beside the data but has its own file, which no write changes.
    .filter((g) => !isGenerated(g, options) && fileOfGraph(g, options).kind === 'dataset')
    .flatMap((g) => quadsOfLines(exact.lines(state.graphLines(g))));
  return quads.length ? write(quads, 'TriG', { ...PREFIXES }) : '';
}

function replaceFile(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeFileSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

/**
 * Writes the given graphs of a state back to their files; returns the files written (or removed, for a graph
 * left empty). Durable when it returns: each file fsynced before its rename, the folder after.
 */
export function writeGraphFiles(state: EmbeddedStore, exact: ExactTerms, graphs: Iterable<GraphName>, options: LoadOptions, note: string): string[] {
  const files = new Map<string, GraphFile & { graph: GraphName }>();
  for (const g of graphs) {
    const f = fileOfGraph(g, options);
    files.set(f.file, { ...f, graph: g });
  }
  const written: string[] = [];
  for (const f of files.values()) {
    const lines = f.kind === 'dataset' ? [] : exact.lines(state.graphLines(f.graph));
    if (f.kind === 'dataset') {
      const text = datasetText(state, exact, options);
      const old = fs.existsSync(f.file) ? fs.readFileSync(f.file, 'utf8') : undefined;
      if (text === '' && old !== undefined) fs.unlinkSync(f.file);
      else if (text !== '' && text !== old) replaceFile(f.file, text);
      else continue;
    } else if (lines.length === 0) {
      if (!fs.existsSync(f.file)) continue;
      fs.unlinkSync(f.file);
    } else {
      const text = graphFileText(quadsOfLines(lines), f, note);
      if (text === undefined) continue;
      replaceFile(f.file, text);
    }
    written.push(f.file);
  }
  if (written.length) fsyncDir(options.dataDir);
  return written;
}
