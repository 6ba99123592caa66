/**
 * `kb validate`: parses every ontology and data file (a malformed one throws a
 * ParseError with file, line and column), then checks the union of the
 * ontology and the data against ontology/shapes.ttl with rdf-validate-shacl.
 *
 * The ontology is part of the data graph because sh:class follows
 * rdfs:subClassOf there (SHACL §4.1.1): a cdkg:State satisfies
 * `sh:class cdkg:Actor` only through the ontology's subclass axiom.
 *
 * rdf-validate-shacl implements SHACL Core only, not SHACL-SPARQL (§5), so
 * the rules Core cannot state are SPARQL consistency checks (./queries,
 * CONSISTENCY_CHECKS below) run over the same graph, and every quote is
 * checked against its stored source text (./quotes.ts); their results join
 * the SHACL results in one report.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Store } from 'n3';
import type * as RDF from '@rdfjs/types';
import { RDF as RDFNS, XSD, compact, graphIri } from '../../ontology/namespaces';
import { sourcesDirOf } from '../config';
import type { Violation } from '../errors';
import { ONTOLOGY_FILES, sourceFiles, type LoadOptions } from './files';
import { parseFile } from './load';
import { focusedShapes, neighbourhood, readsOneStep } from './writes/affected';
import { journalledFiles } from './writes/journalled';
import { EmbeddedStore, parseRdf } from './oxigraph';
import { QueryLibrary } from './query-library';
import { checkQuotes } from './quotes';
import type { Binding } from './types';

export interface ValidationReport {
  readonly conforms: boolean;
  readonly violations: readonly Violation[];
  /** The files checked (relative to the working directory), the ontology first. */
  readonly files: readonly string[];
  /** Distinct triples checked. */
  readonly triples: number;
}

export type ValidateOptions = Pick<LoadOptions, 'dataDir' | 'ontologyDir' | 'graphNames'> & {
  /** The folder of stored source texts that quotes are checked against; unset, `sources` beside the data folder. */
  readonly sourcesDir?: string;
};

/** A term as text for a report: IRIs bare, blank nodes `_:id`, literals in N-Triples style. */
function show(term: RDF.Term | null): string | undefined {
  if (!term) return undefined;
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  if (term.termType !== 'Literal') return term.value;
  const text = JSON.stringify(term.value);
  if (term.language) return `${text}@${term.language}`;
  return term.datatype.value === XSD.string ? text : `${text}^^<${term.datatype.value}>`;
}

/** The local name of an IRI (`sh:Violation` → `Violation`). */
const localName = (iri: string): string => iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);

const key = (term: RDF.Term): string => `${term.termType}:${term.value}`;

const CHECKS = new QueryLibrary<'unasserted-statements'>(path.join(__dirname, 'queries'));

/** A consistency check: a SELECT query by name and how one of its rows becomes a violation. */
interface ConsistencyCheck {
  readonly query: 'unasserted-statements';
  /** The focus node (whose file the report names) and the rest of the violation. */
  readonly violation: (row: Binding) => { readonly focus: RDF.Term; readonly result: Omit<Violation, 'severity' | 'file' | 'focusNode'> };
}

const CONSISTENCY_CHECKS: readonly ConsistencyCheck[] = [
  {
    query: 'unasserted-statements',
    violation: (r) => ({
      focus: r.statement,
      result: {
        path: RDFNS.predicate,
        value: show(r.predicate),
        message: `The statement's triple is not asserted: add the plain triple ${[r.subject, r.predicate, r.object].map((t) => (t.termType === 'NamedNode' ? compact(t.value) : show(t))).join(' ')} beside the statement node, or correct its rdf:subject, rdf:predicate or rdf:object`,
      },
    }),
  },
];

/** Runs the consistency checks and the quote checks over the checked triples. */
async function consistencyViolations(data: Store, describedIn: ReadonlyMap<string, string>, sourcesDir: string): Promise<Violation[]> {
  const store = new EmbeddedStore();
  store.addAll(data);
  const out: Violation[] = await checkQuotes(store, { sourcesDir, fileOf: (focus) => describedIn.get(`NamedNode:${focus}`) });
  for (const check of CONSISTENCY_CHECKS) {
    for (const row of await CHECKS.select(store, check.query)) {
      const { focus, result } = check.violation(row);
      const file = describedIn.get(key(focus));
      out.push({ focusNode: show(focus) ?? '', ...result, severity: 'Violation', ...(file ? { file } : {}) });
    }
  }
  return out;
}

/** Parses the shapes file; a malformed one throws ParseError like a data file. */
function loadShapes(ontologyDir: string): Store {
  const file = path.join(ontologyDir, ONTOLOGY_FILES.shapes);
  const quads = parseRdf(fs.readFileSync(file, 'utf8'), { format: 'text/turtle', file: path.relative(process.cwd(), file) || file });
  return new Store(quads);
}

/** A file's quads, as a check sees them: the file (as reports name it), its graph and its triples. */
export interface CheckedFile {
  readonly file: string;
  readonly graph: string;
  readonly quads: readonly RDF.Quad[];
}

export interface CheckOptions {
  readonly ontologyDir: string;
  readonly sourcesDir: string;
  /**
   * Only these nodes (IRIs or `_:label`) are checked as SHACL focus nodes: what a write can have changed
   * (see src/store/writes/affected.ts). Unset, every target of every shape.
   */
  readonly focus?: ReadonlySet<string>;
}

/** The shapes, parsed once per folder: every write is checked against them. */
const shapesCache = new Map<string, Store>();
function cachedShapes(ontologyDir: string): Store {
  let shapes = shapesCache.get(ontologyDir);
  if (!shapes) {
    shapes = loadShapes(ontologyDir);
    shapesCache.set(ontologyDir, shapes);
  }
  return shapes;
}

/** `kb validate`: the files of the data folder, with the writes acknowledged since the last snapshot (src/store/writes). */
export async function validate(options: ValidateOptions): Promise<ValidationReport> {
  const sources = sourceFiles({ ...options, loadOntology: true });
  const parsed = sources.map((source) => ({ file: path.relative(process.cwd(), source.file) || source.file, graph: source.graph, quads: parseFile(source) }));
  const journalled = journalledFiles({ ...options, loadOntology: true }, parsed);
  return checkFiles(journalled, { ontologyDir: options.ontologyDir, sourcesDir: sourcesDirOf(options) });
}

/** SHACL, the consistency checks and the quote checks over the union of the files' triples, in one report. */
export async function checkFiles(parsed: readonly CheckedFile[], options: CheckOptions): Promise<ValidationReport> {
  // One default graph: a triple stated in two files counts once (else sh:maxCount would count it twice).
  const data = new Store();
  // Where each node is described, to name the file to fix: the file that gives its rdf:type (a generated file such as
  // data/annotations.ttl adds to nodes described elsewhere), else the first that has it as a subject; data files
  // before the ontology.
  const describedIn = new Map<string, string>();
  const ontologyGraph = graphIri('ontology');
  const dataFirst = [...parsed].sort((a, b) => Number(a.graph === ontologyGraph) - Number(b.graph === ontologyGraph));
  for (const { file, quads } of dataFirst) {
    for (const q of quads) {
      data.addQuad(q.subject, q.predicate, q.object);
      if (q.predicate.value === RDFNS.type && !describedIn.has(key(q.subject))) describedIn.set(key(q.subject), file);
    }
  }
  for (const { file, quads } of dataFirst) for (const q of quads) if (!describedIn.has(key(q.subject))) describedIn.set(key(q.subject), file);

  const all = cachedShapes(options.ontologyDir);
  const focus = options.focus && readsOneStep(all) ? options.focus : undefined;
  const shapes = focus ? focusedShapes(all, data, focus) : all;
  // Loaded on first use: only kb validate and a server taking writes validate.
  const { default: SHACLValidator } = await import('rdf-validate-shacl');
  const report = await new SHACLValidator(shapes).validate(focus ? neighbourhood(data, focus) : data);
  const violations: Violation[] = report.results.map((r) => {
    const focus = r.focusNode;
    const message = r.message.find((m) => m.termType === 'Literal' && (m as RDF.Literal).language === 'en') ?? r.message[0];
    return {
      focusNode: show(focus) ?? '',
      ...(r.path ? { path: show(r.path) } : {}),
      message: message?.value ?? 'SHACL constraint not met',
      severity: r.severity ? localName(r.severity.value) : 'Violation',
      // Property shapes are blank nodes whose labels mean nothing to a reader; only named shapes are reported.
      ...(r.sourceShape?.termType === 'NamedNode' ? { sourceShape: r.sourceShape.value } : {}),
      ...(r.value ? { value: show(r.value) } : {}),
      ...(focus && describedIn.has(key(focus)) ? { file: describedIn.get(key(focus)) } : {}),
    };
  });
  violations.push(...(await consistencyViolations(data, describedIn, options.sourcesDir)));
  const order = (v: Violation) => [v.file ?? '', v.focusNode, v.path ?? '', v.message].join('\u0000');
  violations.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return { conforms: violations.length === 0, violations, files: parsed.map((p) => p.file), triples: data.size };
}
