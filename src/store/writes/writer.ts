/**
 * The one place writes go through. A write (a SPARQL Update, or a Graph
 * Store operation on one graph) runs on a copy of the current state; the
 * copy is checked with the checks `kb validate` runs (SHACL on the nodes the
 * write touched, the consistency checks and the quote checks); then either
 * nothing happens (ValidationError, the report) or the write is journalled
 * and fsynced, passed to the query backend, and only then acknowledged.
 * Writes run one at a time, in arrival order. See docs/writes.md.
 */
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { DataFactory, Store } from 'n3';
import type * as RDF from '@rdfjs/types';
import { NotFoundError, UnsupportedError, ValidationError } from '../../errors';
import { sourceFiles, type LoadOptions } from '../files';
import { loadStore, parseFile } from '../load';
import { ExactTerms } from './exact';
import { EmbeddedStore, parseRdf, type RdfSyntax } from '../oxigraph';
import type { ChangeSink } from '../types';
import { checkFiles, type CheckedFile } from '../validate';
import { affectedNodes } from './affected';
import type { GraphChange, GraphName, WriteRecord } from './change';
import { fileOfGraph, writeGraphFiles } from './graph-files';
import { Journal, journalPath, readJournal } from './journal';
import { DataLock } from './lock';
import { CHANGES_GRAPH, newChangeId, provenanceQuads } from './provenance';
import { graphsOf, quadsOfLines } from './replay';

export interface WriteServiceOptions extends LoadOptions {
  readonly sourcesDir: string;
  /** Base IRI for relative IRIs in update text. */
  readonly baseIri: string;
}

export type WriteOperation =
  | { readonly kind: 'update'; readonly text: string }
  /** Graph Store PUT (replace) and POST (merge): RDF documents into one graph. */
  | { readonly kind: 'replace' | 'merge'; readonly graph: GraphName; readonly payloads: readonly RdfPayload[]; readonly baseIri: string }
  | { readonly kind: 'delete'; readonly graph: GraphName }
  /** Quads added to the graphs they name (`kb add`: a fact, its statement node and its quote's anchoring). */
  | { readonly kind: 'add'; readonly quads: readonly RDF.Quad[]; readonly label: string };

/** An RDF document of a Graph Store request (a multipart POST carries several). */
export interface RdfPayload {
  readonly text: string;
  readonly format: RdfSyntax;
}

export interface WriteOutcome {
  /** The change's IRI in the changes graph; undefined when the write changed nothing (nothing is recorded). */
  readonly id?: string;
  readonly time: string;
  readonly added: number;
  readonly removed: number;
  readonly graphs: readonly GraphName[];
  /** Whether the operation's graph did not exist before (Graph Store PUT/POST answer 201). */
  readonly created: boolean;
}



const CHANGES_GRAPH_IS_THE_SERVERS = `The changes graph <${CHANGES_GRAPH}> is written by the server alone: it records every write`;

function describe(op: WriteOperation): string {
  const g = (graph: GraphName) => (graph === null ? 'the default graph' : `<${graph}>`);
  switch (op.kind) {
    case 'update':
      return 'SPARQL Update';
    case 'replace':
      return `Graph Store PUT ${g(op.graph)}`;
    case 'merge':
      return `Graph Store POST ${g(op.graph)}`;
    case 'delete':
      return `Graph Store DELETE ${g(op.graph)}`;
    case 'add':
      return op.label;
  }
}

export class WriteService {
  private queue: Promise<unknown> = Promise.resolve();
  private sinks: ChangeSink[] = [];
  private committedAt: Date | undefined;

  private constructor(
    private state: EmbeddedStore,
    private readonly journal: Journal,
    private readonly lock: DataLock,
    readonly options: WriteServiceOptions,
    private readonly exact: ExactTerms,
  ) {}

  /**
   * Takes the data folder's lock, writes the journal's writes (of an earlier run) into the data files and
   * empties the journal, then loads the state. Call before the query workers load, so they read current files.
   */
  static open(options: WriteServiceOptions): WriteService {
    const lock = DataLock.acquire(options.dataDir);
    try {
      snapshot(options);
      const journal = new Journal(journalPath(options.dataDir));
      return new WriteService(loadStore(options).store, journal, lock, options, exactTermsOf(options));
    } catch (e) {
      lock.release();
      throw e;
    }
  }

  /** A backend that receives every committed write before it is acknowledged (the query workers, a remote store). */
  addSink(sink: ChangeSink): void {
    this.sinks.push(sink);
  }

  /** When the last write was committed in this run. */
  get lastCommit(): Date | undefined {
    return this.committedAt;
  }

  get size(): number {
    return this.state.sizeSync;
  }

  /** Whether a graph (`null`: the default graph) holds triples now. */
  hasGraph(graph: GraphName): boolean {
    return this.state.graphLines(graph).length > 0;
  }

  write(op: WriteOperation, agent: string): Promise<WriteOutcome> {
    const run = this.queue.then(() => this.apply(op, agent));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async apply(op: WriteOperation, agent: string): Promise<WriteOutcome> {
    const time = new Date();
    const before = this.state;
    const target = op.kind === 'update' || op.kind === 'add' ? undefined : op.graph;
    const created = target !== undefined && !this.hasGraph(target);
    const candidate = before.copy();
    switch (op.kind) {
      case 'update': {
        // The Graph Store an update works on is every graph but the changes graph, which the server alone writes:
        // so CLEAR ALL, DROP NAMED and the like (SPARQL 1.1 Update §3.2) apply to the data and keep the record.
        const record = candidate.graphLines(CHANGES_GRAPH);
        candidate.clearGraph(CHANGES_GRAPH);
        candidate.updateSync(op.text, this.options.baseIri);
        if (candidate.graphLines(CHANGES_GRAPH).length) throw new UnsupportedError(CHANGES_GRAPH_IS_THE_SERVERS);
        candidate.applyNQuads(record.map((l) => `${l}\n`).join(''), false);
        break;
      }
      case 'replace':
      case 'merge': {
        const quads = op.payloads.flatMap((p, i) =>
          standardisedApart(parseRdf(p.text, { format: p.format, baseIri: op.baseIri, ...(op.graph !== null ? { graph: op.graph } : {}), file: op.payloads.length > 1 ? `part ${i + 1} of the request body` : 'the request body' })),
        );
        if (quads.some((q) => q.graph.termType !== (op.graph === null ? 'DefaultGraph' : 'NamedNode'))) throw new UnsupportedError('The body names graphs of its own; the Graph Store Protocol writes triples into the one graph of the request');
        if (op.kind === 'replace') candidate.clearGraph(op.graph);
        this.exact.addQuads(quads);
        candidate.addAll(quads);
        break;
      }
      case 'add':
        this.exact.addQuads(op.quads);
        candidate.addAll(op.quads);
        break;
      case 'delete':
        if (created) throw new NotFoundError(`No graph ${op.graph === null ? '(default)' : `<${op.graph}>`} to delete`);
        candidate.clearGraph(op.graph);
        break;
    }
    const changes = diff(before, candidate, this.exact);
    if (changes.length === 0) return { time: time.toISOString(), added: 0, removed: 0, graphs: [], created: false };
    for (const c of changes) {
      if (c.graph === CHANGES_GRAPH) throw new UnsupportedError(CHANGES_GRAPH_IS_THE_SERVERS);
      fileOfGraph(c.graph, this.options); // refuses graphs no write may change (the generated ontology)
    }

    const id = newChangeId(time);
    const changed = changes.flatMap((c) => quadsOfLines([...linesOf(c.add), ...linesOf(c.remove)]));
    const provenance = provenanceQuads(
      { id, time: time.toISOString(), agent, operation: describe(op), ...(op.kind === 'update' ? { updateText: op.text } : {}), changes },
      changes.map((c) => c.add).join(''),
      changes.map((c) => c.remove).join(''),
    );
    candidate.addAll(provenance);
    await this.check(candidate, changes.some((c) => c.mode === 'replace') ? undefined : changed, provenance);

    const record: WriteRecord = { id, time: time.toISOString(), agent, operation: describe(op), changes: [...changes, ...diff(before, candidate, this.exact).filter((c) => c.graph === CHANGES_GRAPH)] };
    const mark = this.journal.append(record);
    try {
      for (const sink of this.sinks) await sink.applyChanges(record.changes);
    } catch (e) {
      // Not acknowledged: the journal forgets it (a backend that took it in part reports the failure; see docs/writes.md).
      this.journal.truncate(mark);
      throw e;
    }
    this.state = candidate;
    this.committedAt = time;
    return { id, time: record.time, added: changes.reduce((n, c) => n + c.added, 0), removed: changes.reduce((n, c) => n + c.removed, 0), graphs: changes.map((c) => c.graph), created };
  }

  /** The checks of `kb validate`, on the candidate: SHACL on the nodes the write touched (all, when unknown). */
  private async check(candidate: EmbeddedStore, changed: readonly RDF.Quad[] | undefined, provenance: readonly RDF.Quad[]): Promise<void> {
    const files: CheckedFile[] = graphsOf(candidate).map((graph) => ({
      file: path.relative(process.cwd(), graph === null ? fileOfGraph(null, this.options).file : safeFile(graph, this.options)),
      graph: graph ?? '',
      quads: quadsOfLines(this.exact.lines(candidate.graphLines(graph))),
    }));
    const data = new Store();
    for (const f of files) for (const q of f.quads) data.addQuad(q.subject, q.predicate, q.object);
    const focus = changed ? affectedNodes(data, [...changed, ...provenance]) : undefined;
    const report = await checkFiles(files, { ontologyDir: this.options.ontologyDir, sourcesDir: this.options.sourcesDir, ...(focus ? { focus } : {}) });
    const shown = focus ? new Set([...focus].map((k) => (k.startsWith('BlankNode:') ? `_:${k.slice(10)}` : k.slice(k.indexOf(':') + 1)))) : undefined;
    const violations = report.violations.filter((v) => v.severity === 'Violation' && (!shown || shown.has(v.focusNode)));
    if (violations.length) throw new ValidationError(violations);
  }

  /** Writes the journal's writes into the data files, empties the journal and releases the lock (graceful stop). */
  async close(): Promise<void> {
    await this.queue;
    this.journal.close();
    try {
      snapshot(this.options);
    } finally {
      this.lock.release();
    }
  }
}

/**
 * A document's blank nodes renamed to fresh ones: the parser keeps labels such as `_:a`, which would be the same
 * node as an `_:a` already stored, where merging graphs keeps the documents' blank nodes apart (RDF 1.1 Semantics §5.2).
 */
function standardisedApart(quads: readonly RDF.Quad[]): RDF.Quad[] {
  const fresh = new Map<string, RDF.BlankNode>();
  const rename = <T extends RDF.Term>(t: T): T => {
    if (t.termType !== 'BlankNode') return t;
    let b = fresh.get(t.value);
    if (!b) fresh.set(t.value, (b = DataFactory.blankNode(randomUUID().replace(/-/g, ''))));
    return b as unknown as T;
  };
  return quads.map((q) => DataFactory.quad(rename(q.subject), q.predicate, rename(q.object), q.graph));
}

/** The exact terms of the data files (the journal's are added by whoever replays it). */
function exactTermsOf(options: LoadOptions): ExactTerms {
  const exact = new ExactTerms();
  for (const source of sourceFiles({ ...options, loadOntology: false })) exact.addQuads(parseFile(source));
  return exact;
}

function safeFile(graph: string, options: LoadOptions): string {
  try {
    return fileOfGraph(graph, options).file;
  } catch {
    return graph;
  }
}

const linesOf = (text: string) => text.split('\n').filter((l) => l !== '');
const hasBlank = (lines: readonly string[]) => lines.some((l) => l.startsWith('_:') || l.includes(' _:'));

/** The changes from one state to another, per graph (see ./change.ts for delta and replace). */
function diff(before: EmbeddedStore, after: EmbeddedStore, exact: ExactTerms): GraphChange[] {
  const graphs = new Map<string, GraphName>();
  for (const g of [...graphsOf(before), ...graphsOf(after)]) graphs.set(g ?? '', g);
  const out: GraphChange[] = [];
  for (const graph of graphs.values()) {
    const old = new Set(before.graphLines(graph));
    const now = after.graphLines(graph);
    const nowSet = new Set(now);
    const added = now.filter((l) => !old.has(l));
    const removed = [...old].filter((l) => !nowSet.has(l));
    if (added.length === 0 && removed.length === 0) continue;
    const text = (lines: readonly string[]) => lines.map((l) => `${exact.exact(l)}\n`).join('');
    if (hasBlank(added) || hasBlank(removed)) out.push({ graph, mode: 'replace', add: text(now), remove: '', added: added.length, removed: removed.length });
    else out.push({ graph, mode: 'delta', add: text(added), remove: text(removed), added: added.length, removed: removed.length });
  }
  return out;
}

/**
 * Writes every graph the journal changed back to its data file, then empties the journal. Safe to repeat after a
 * crash at any point: replaying the whole journal on any mix of old and new files gives the same state.
 */
export function snapshot(options: LoadOptions): string[] {
  const file = journalPath(options.dataDir);
  const { records } = readJournal(file);
  if (records.length === 0) return [];
  const state = loadStore(options).store;
  const exact = exactTermsOf(options);
  for (const r of records) for (const c of r.changes) exact.addLines(c.add);
  const graphs = new Map<string, GraphName>();
  for (const r of records) for (const c of r.changes) graphs.set(c.graph ?? '', c.graph);
  const last = records[records.length - 1];
  const written = writeGraphFiles(state, exact, graphs.values(), options, `Written by the server: ${records.length} write(s), the last ${last.id} by ${last.agent} at ${last.time}`);
  const journal = new Journal(file);
  journal.clear();
  journal.close();
  return written;
}

