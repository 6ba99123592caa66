/**
 * Shared helpers of the data tests: the knowledge base loaded from data/ and
 * its statement nodes. The expected facts are in test/fixtures/.
 * `seedText` and `referenceRows` still read ../shared for quotes.test.ts only:
 * removed by the sources change (issue 7), which reads the stored sources/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type * as RDF from '@rdfjs/types';
import { CDKG, OA, RDF as RDFNS, RDFS } from '../../ontology/namespaces';
import { DEFAULTS } from '../../src/config';
import { ONTOLOGY_FILES, loadStore, parseFile, sourceFiles } from '../../src/store/load';
import type { EmbeddedStore } from '../../src/store/oxigraph';

const SHARED = path.resolve(__dirname, '../../../shared');
const SEEDS = path.join(SHARED, 'seeds');
export const REFERENCE_FACTS = path.join(SHARED, 'reference-facts.md');

/** The data and, once generated, the ontology: the same store `kb` and the server use. */
export function loadKb(): EmbeddedStore {
  const loadOntology = fs.existsSync(path.join(DEFAULTS.ontologyDir, ONTOLOGY_FILES.ontology));
  return loadStore({ dataDir: DEFAULTS.dataDir, ontologyDir: DEFAULTS.ontologyDir, loadOntology }).store;
}

/** The quads of the data files as written (parsed file by file, each in its graph). */
export function dataQuads(): RDF.Quad[] {
  return sourceFiles({ dataDir: DEFAULTS.dataDir, ontologyDir: DEFAULTS.ontologyDir, loadOntology: false }).flatMap(parseFile);
}

/** Runs of whitespace (the seed's line breaks) count as one space (docs/data-model.md). */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of every seed file, whitespace-normalised. */
export function seedText(): string {
  return fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => normalise(fs.readFileSync(path.join(SEEDS, f), 'utf8')))
    .join('\n');
}

export interface ReferenceRow {
  /** The whole markdown line, which the quotes of its statements come from. */
  readonly text: string;
  readonly fact: string;
  readonly urls: readonly string[];
  readonly confidence: string;
}

const URL = /https?:\/\/[^\s|)]+/g;

/** The rows of the fact table of reference-facts.md; a source cell "same" repeats the row above's sources. */
export function referenceRows(): ReferenceRow[] {
  const rows: ReferenceRow[] = [];
  for (const line of fs.readFileSync(REFERENCE_FACTS, 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // A fact row has four cells between the outer pipes: fact, value, source, confidence.
    if (cells.length !== 6 || !/^(high|medium)$/.test(cells[4])) continue;
    const urls = cells[3] === 'same' ? rows[rows.length - 1].urls : (cells[3].match(URL) ?? []);
    rows.push({ text: line, fact: cells[1], urls, confidence: cells[4] });
  }
  return rows;
}

export interface StatementNode {
  readonly iri: string;
  readonly subject?: RDF.Term;
  readonly predicate?: RDF.Term;
  readonly object?: RDF.Term;
  readonly sources: string[];
  readonly quotes: string[];
  readonly labels: RDF.Literal[];
  /** Every other property of the node: qualifier IRI to values. */
  readonly qualifiers: Map<string, RDF.Term[]>;
}

/** Every cdkg:Statement of the store with its parts, read from quads (no query text built from values). */
export function statementNodes(quads: readonly RDF.Quad[]): StatementNode[] {
  const bySubject = new Map<string, RDF.Quad[]>();
  for (const q of quads) bySubject.set(q.subject.value, [...(bySubject.get(q.subject.value) ?? []), q]);
  const exact = (iri: string) => (bySubject.get(iri) ?? []).filter((q) => q.predicate.value === OA.exact).map((q) => q.object.value);
  const out: StatementNode[] = [];
  for (const [iri, qs] of bySubject) {
    if (!qs.some((q) => q.predicate.value === RDFNS.type && q.object.value === CDKG.Statement)) continue;
    const one = (p: string) => qs.find((q) => q.predicate.value === p)?.object;
    const qualifiers = new Map<string, RDF.Term[]>();
    for (const q of qs) qualifiers.set(q.predicate.value, [...(qualifiers.get(q.predicate.value) ?? []), q.object]);
    out.push({
      iri,
      subject: one(RDFNS.subject),
      predicate: one(RDFNS.predicate),
      object: one(RDFNS.object),
      sources: qs.filter((q) => q.predicate.value === CDKG.source).map((q) => q.object.value),
      quotes: qs.filter((q) => q.predicate.value === CDKG.quote).flatMap((q) => exact(q.object.value)),
      labels: qs.filter((q) => q.predicate.value === RDFS.label).map((q) => q.object as RDF.Literal),
      qualifiers,
    });
  }
  return out;
}

/** A key that identifies a term, literals by value, datatype and language. */
export function termKey(t: RDF.Term): string {
  return t.termType === 'Literal' ? `"${t.value}"^^${t.datatype.value}@${t.language}` : `<${t.value}>`;
}
