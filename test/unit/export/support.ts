/**
 * Test support for the export tests: the knowledge bases they serialise and
 * a parser per format, so output can be read back and compared with the
 * store's graph by isomorphism (canonical N-Quads, RDFC-1.0).
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
import { canonicalNQuads } from '../../../src/export/canonical';
import { asTriples } from '../../../src/export/quads';

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

/** The canonical form of what a format should carry: all quads, or the merged triples. */
export function expectedCanonical(quads: readonly RDF.Quad[], keepGraphs: boolean): Promise<string> {
  return canonicalNQuads(keepGraphs ? quads : asTriples(quads));
}

export { canonicalNQuads };
