/**
 * Test support for the export tests: the knowledge bases they serialise and
 * a parser per format, so output can be read back and compared with the
 * store's graph by isomorphism (canonical N-Quads, RDFC-1.0). The expected
 * side is computed here, independently of src/export: rdf-canonize on the
 * quads as given, graphs merged and duplicates dropped by this file's code.
 */
import path from 'node:path';
import { Parser } from 'n3';
import * as $rdf from 'rdflib';
import jsonld from 'jsonld';
import type * as RDF from '@rdfjs/types';
import { BASE } from '../../../ontology/namespaces';
import { DEFAULTS } from '../../../src/config';
import { loadStore } from '../../../src/store/load';
import type { EmbeddedStore } from '../../../src/store/oxigraph';
import type { SerialiserName } from '../../../src/export';
import { documentLoader } from '../../../src/export';
// rdf-canonize ships no types; it takes a dataset of plain term objects (RDF/JS shape).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const canonize = require('rdf-canonize') as { canonize(dataset: unknown, options: Record<string, unknown>): Promise<string> };

export const FIXTURE_DATA = path.join(__dirname, '../../fixtures/export/data');

/** The real knowledge base: the generated ontology and every file of data/. */
export function realKb(): EmbeddedStore {
  return loadStore(DEFAULTS).store;
}

/** The export fixture (a slice of CDKG plus awkward blank-node shapes and literals) with the real ontology. */
export function fixtureKb(): EmbeddedStore {
  return loadStore({ ...DEFAULTS, dataDir: FIXTURE_DATA }).store;
}

const { namedNode, blankNode, literal, quad } = $rdf.DataFactory;

/** Parses RDF/XML with rdflib into RDF/JS quads (default graph). */
function parseRdfXml(text: string): RDF.Quad[] {
  // No inference features, so owl:sameAs does not merge nodes while parsing.
  const kb = new $rdf.Store([], {});
  $rdf.parse(text, kb, BASE, 'application/rdf+xml');
  const term = (t: { termType: string; value: string }): RDF.Term => {
    if (t.termType === 'NamedNode') return namedNode(t.value);
    if (t.termType === 'BlankNode') return blankNode(t.value);
    const l = t as unknown as $rdf.Literal;
    return literal(l.value, l.language || namedNode(l.datatype.value));
  };
  return kb.statements.map((s) => quad(term(s.subject) as RDF.Quad_Subject, term(s.predicate) as RDF.Quad_Predicate, term(s.object) as RDF.Quad_Object) as unknown as RDF.Quad);
}

const N3_FORMATS: Partial<Record<SerialiserName, string>> = { turtle: 'Turtle', ntriples: 'N-Triples', nquads: 'N-Quads', trig: 'TriG' };

/** Reads a serialiser's output back into quads with an independent parser. */
export async function parseBack(name: SerialiserName, text: string): Promise<RDF.Quad[]> {
  if (name === 'jsonld') {
    const nquads = (await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads', documentLoader } as jsonld.Options.ToRdf)) as unknown as string;
    return new Parser({ format: 'N-Quads' }).parse(nquads);
  }
  if (name === 'rdfxml') return parseRdfXml(text);
  return new Parser({ format: N3_FORMATS[name] }).parse(text);
}

type Term = { termType: string; value: string; datatype?: { termType: 'NamedNode'; value: string }; language?: string };
const DEFAULT_GRAPH: Term = { termType: 'DefaultGraph', value: '' };

/** A term as rdf-canonize's plain-object dataset has it. */
function plain(t: RDF.Term): Term {
  if (t.termType === 'Literal') return { termType: 'Literal', value: t.value, datatype: { termType: 'NamedNode', value: t.datatype.value }, language: t.language };
  if (t.termType === 'DefaultGraph') return DEFAULT_GRAPH;
  return { termType: t.termType, value: t.value };
}
const key = (t: Term) => `${t.termType} ${t.value} ${t.datatype?.value ?? ''} ${t.language ?? ''}`;

/**
 * The canonical N-Quads (RDFC-1.0, by rdf-canonize) of the quads, each quad
 * once; without `keepGraphs` every quad is moved to the default graph first,
 * as a triples format merges the graphs.
 */
export async function canonicalNQuads(quads: readonly RDF.Quad[], keepGraphs = true): Promise<string> {
  const seen = new Map<string, Record<string, Term>>();
  for (const q of quads) {
    const c = { subject: plain(q.subject), predicate: plain(q.predicate), object: plain(q.object), graph: keepGraphs ? plain(q.graph) : DEFAULT_GRAPH };
    seen.set([c.subject, c.predicate, c.object, c.graph].map(key).join('|'), c);
  }
  // maxWorkFactor 3: the ontology's many identical owl:unionOf lists are automorphic and need deep comparison.
  return canonize.canonize([...seen.values()], { algorithm: 'RDFC-1.0', maxWorkFactor: 3 });
}

/** How many statements a format should carry: every quad, or the distinct triples once the graphs are merged. */
export async function expectedStatements(quads: readonly RDF.Quad[], keepGraphs: boolean): Promise<number> {
  return (await canonicalNQuads(quads, keepGraphs)).split('\n').filter((l) => l !== '').length;
}

/** The canonical form of what a format should carry: all quads, or the merged triples. */
export function expectedCanonical(quads: readonly RDF.Quad[], keepGraphs: boolean): Promise<string> {
  return canonicalNQuads(quads, keepGraphs);
}
