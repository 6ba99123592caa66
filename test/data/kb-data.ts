/**
 * Shared helpers of the data tests: the knowledge base loaded from data/ and
 * its statement nodes. The expected facts are in test/fixtures/; the source
 * texts quotes are checked against, in sources/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type * as RDF from '@rdfjs/types';
import { CDKG, OA, RDF as RDFNS, RDFS } from '../../ontology/namespaces';
import { DEFAULTS } from '../../src/config';
import { ONTOLOGY_FILES, sourceFiles } from '../../src/store/files';
import { loadStore, parseFile } from '../../src/store/load';
import type { EmbeddedStore } from '../../src/store/oxigraph';

/** The data and, once generated, the ontology: the same store `kb` and the server use. */
export function loadKb(): EmbeddedStore {
  const loadOntology = fs.existsSync(path.join(DEFAULTS.ontologyDir, ONTOLOGY_FILES.ontology));
  return loadStore({ dataDir: DEFAULTS.dataDir, ontologyDir: DEFAULTS.ontologyDir, loadOntology }).store;
}

/** The quads of the data files as written (parsed file by file, each in its graph). */
export function dataQuads(): RDF.Quad[] {
  return sourceFiles({ dataDir: DEFAULTS.dataDir, ontologyDir: DEFAULTS.ontologyDir, loadOntology: false }).flatMap(parseFile);
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
