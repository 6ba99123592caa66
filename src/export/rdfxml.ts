/**
 * RDF/XML (W3C RDF 1.1 XML Syntax) through rdflib's serialiser, with two
 * guards that make its output valid for any data it accepts:
 * - rdflib nests a blank node used once inside `rdf:parseType="Resource"`
 *   but then writes a node element there, which RDF/XML forbids (§2.11: the
 *   content is property elements); so every subject is made a root and blank
 *   nodes are referenced by `rdf:nodeID` (§2.10).
 * - RDF/XML cannot write every graph (§1: predicates must be XML QNames, and
 *   literals must be XML character data), so such data is refused with a
 *   clear error instead of producing broken XML.
 */
import type { NamedNode } from 'rdflib';
import type * as RDF from '@rdfjs/types';
import { FORMATS, PREFIXES, RDF as RDFNS } from '../../ontology/namespaces';
import { NotSerialisableError } from '../errors';
import { defineSerialiser } from './serialiser';
import { prepare } from './quads';

/** XML 1.0 NCName (Namespaces in XML 1.0 §3), the local part of a QName. */
const NAME_START = 'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NCNAME = new RegExp(`^[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$`);
/** Characters outside XML 1.0 `Char` (§2.2), and CR, which XML parsers turn into LF (§2.11). */
const NOT_XML_TEXT = /[^\t\n\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** The local name rdflib would use for an IRI (after the first `#`, else the last `/`), if it is an XML name. */
function qnameable(iri: string): boolean {
  const hash = iri.indexOf('#');
  const cut = hash >= 0 ? hash : iri.lastIndexOf('/');
  return cut >= 0 && NCNAME.test(iri.slice(cut + 1));
}

function check(triples: readonly RDF.Quad[]): void {
  for (const t of triples) {
    if (!qnameable(t.predicate.value)) {
      throw new NotSerialisableError('rdfxml', `RDF/XML cannot write the predicate <${t.predicate.value}>: its local name is not an XML name (RDF/XML §2.2)`);
    }
    if (t.object.termType === 'Literal' && (NOT_XML_TEXT.test(t.object.value) || t.object.value.includes(']]>'))) {
      throw new NotSerialisableError('rdfxml', `RDF/XML cannot write the literal of <${t.subject.value}> <${t.predicate.value}>: it holds characters XML text cannot carry (XML 1.0 §2.2, §2.4)`);
    }
  }
}

/** rdflib names a node element after the first rdf:type it meets; put an XML-nameable type first. */
function typesFirstNameable(triples: readonly RDF.Quad[]): RDF.Quad[] {
  const rank = (t: RDF.Quad) => (t.predicate.value === RDFNS.type && t.object.termType === 'NamedNode' && !qnameable(t.object.value) ? 1 : 0);
  return [...triples].sort((a, b) => rank(a) - rank(b));
}

/** rdflib, loaded on first use: it is a large module graph, and most servers never write RDF/XML. */
type Rdflib = typeof import('rdflib');

function toRdflib($rdf: Rdflib, t: RDF.Term) {
  switch (t.termType) {
    case 'NamedNode':
      return $rdf.sym(t.value);
    case 'BlankNode':
      return $rdf.blankNode(t.value);
    case 'Literal':
      return $rdf.literal(t.value, t.language || $rdf.sym(t.datatype.value));
    default:
      throw new NotSerialisableError('rdfxml', `RDF/XML cannot write a ${t.termType} term`);
  }
}

type Stats = { roots: unknown[]; subjects: Record<string, unknown>; rootsHash: Record<string, boolean>; incoming: Record<string, unknown[]> };

function toRdfXml($rdf: Rdflib, quads: readonly RDF.Quad[]): string {
  const triples = typesFirstNameable(prepare(quads, { keepGraphs: false }));
  check(triples);
  // No inference features: rdflib's default store would merge owl:sameAs nodes ("smushing") and change the data.
  const kb = new $rdf.Store([], {});
  for (const t of triples) kb.add(toRdflib($rdf, t.subject) as NamedNode, toRdflib($rdf, t.predicate) as NamedNode, toRdflib($rdf, t.object) as NamedNode);
  const serializer = $rdf.Serializer(kb);
  serializer.setNamespaces({ ...PREFIXES });
  const rootSubjects = serializer.rootSubjects.bind(serializer) as (sts: unknown) => Stats;
  serializer.rootSubjects = (sts: unknown) => {
    const stats = rootSubjects(sts);
    const roots = Object.keys(stats.subjects).map((key) => serializer.fromStr(key));
    // A length other than 1 makes rdflib write rdf:nodeID instead of nesting (see the module comment).
    const incoming = Object.fromEntries(Object.entries(stats.incoming).map(([k, v]) => [k, k.startsWith('_:') ? [...v, ...v] : v]));
    return { ...stats, roots, rootsHash: Object.fromEntries(roots.map((r) => [r.toNT(), true])), incoming };
  };
  return serializer.statementsToXML(kb.statements);
}

export const rdfXml = defineSerialiser({
  name: 'rdfxml',
  mediaType: 'application/rdf+xml',
  extension: 'rdf',
  title: 'RDF/XML',
  formatIri: FORMATS.RDF_XML,
  quads: false,
  write: async (quads, sink) => sink(`<?xml version="1.0" encoding="utf-8"?>\n${toRdfXml(await import('rdflib'), quads)}`),
});
