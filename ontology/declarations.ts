/**
 * Declarations of the external terms the generated ontology uses (OWL 2
 * Structural Specification §5.8: in OWL 2 DL every class, property and
 * datatype used in an axiom or annotation is declared; Mapping to RDF Graphs
 * table 7 writes a declaration as `x rdf:type owl:Class` and so on).
 *
 * The declarations are derived from the statements the generator has
 * emitted, not from a hand list, so a new alignment is declared as soon as the
 * model names it:
 * - classes: objects of rdfs:subClassOf, the class domains and ranges
 *   (members of owl:unionOf included), and the types of individuals;
 * - datatypes: datatype ranges outside the OWL 2 datatype map (§4);
 * - properties: the super-properties of object and datatype properties take
 *   the kind of their sub-property (§9.2: a sub-property axiom relates two
 *   properties of one kind); a predicate linking two individuals is an object
 *   property (skos:inScheme, skos:hasTopConcept); every other predicate is an
 *   annotation property (dct:title, skos:definition, vann:…).
 * Each declaration also names the vocabulary that defines the term
 * (rdfs:isDefinedBy), so a reader knows where to look it up.
 * A term that would need two kinds (an annotation property that is also a
 * super-property of a data property) is not OWL 2 DL (§5.9), so generation
 * fails and names it.
 */
import { CDKG_NS, OWL, PREFIXES, RDF, RDFS, XSD, compact } from './namespaces';
import { iri, type Description, type Obj } from './description';

/** Reserved vocabulary (Structural Specification §2.3): built in, never declared. */
const RESERVED = [RDF.$ns, RDFS.$ns, OWL.$ns, XSD.$ns];
const isReserved = (iri: string): boolean => RESERVED.some((ns) => iri.startsWith(ns));

/** The datatypes of the OWL 2 datatype map (Structural Specification §4) that CDKG can name: built in. */
const OWL2_DATATYPE_MAP: ReadonlySet<string> = new Set([
  RDFS.Literal, XSD.string, XSD.integer, XSD.nonNegativeInteger, XSD.decimal, XSD.boolean, XSD.anyURI, XSD.dateTime, XSD.hexBinary,
]);

type Kind = typeof OWL.Class | typeof RDFS.Datatype | typeof OWL.ObjectProperty | typeof OWL.DatatypeProperty | typeof OWL.AnnotationProperty;

/** The named terms of an object: itself, or the members of an owl:unionOf expression. */
function members(o: Obj): string[] {
  if ('list' in o) return o.list.flatMap(members);
  if ('blank' in o) return o.blank.filter(([p]) => p === OWL.unionOf).flatMap(([, v]) => members(v));
  return o.termType === 'NamedNode' ? [o.value] : [];
}

const namedObject = (o: Obj): string | undefined => ('termType' in o && o.termType === 'NamedNode' ? o.value : undefined);

/** Adds a declaration for every external term the description uses; throws when one term would need two kinds. */
export function declareExternalTerms(d: Description): void {
  const entries = d.entries();
  const typesOf = new Map<string, string[]>();
  for (const [s, p, o] of entries) {
    const type = namedObject(o);
    if (p === RDF.type && type) typesOf.set(s, [...(typesOf.get(s) ?? []), type]);
  }
  const kindOf = (s: string): string | undefined => typesOf.get(s)?.find((t) => t === OWL.ObjectProperty || t === OWL.DatatypeProperty);
  // Individuals: typed by a class, not by OWL's own vocabulary (concepts and concept schemes).
  const isIndividual = (s: string): boolean => (typesOf.get(s) ?? []).some((t) => !isReserved(t));

  const declared = new Map<string, Kind>();
  const declare = (term: string, kind: Kind): void => {
    if (term.startsWith(CDKG_NS) || OWL2_DATATYPE_MAP.has(term) || term === OWL.Thing) return;
    // Datatypes outside the map (xsd:date, rdf:langString) are declared; any other reserved term is built in or misused.
    if (isReserved(term) && kind !== RDFS.Datatype) throw new RangeError(`${compact(term)} is reserved vocabulary and cannot be declared ${compact(kind)} in OWL 2 DL`);
    const before = declared.get(term);
    if (before && before !== kind) throw new RangeError(`${compact(term)} would be both ${compact(before)} and ${compact(kind)}, which OWL 2 DL forbids`);
    declared.set(term, kind);
  };

  for (const [s, p, o] of entries) {
    if (p === RDFS.subClassOf) members(o).forEach((c) => declare(c, OWL.Class));
    else if (p === RDFS.domain) members(o).forEach((c) => declare(c, OWL.Class));
    else if (p === RDFS.range) members(o).forEach((t) => declare(t, kindOf(s) === OWL.DatatypeProperty ? RDFS.Datatype : OWL.Class));
    else if (p === RDF.type && isIndividual(s)) members(o).forEach((c) => declare(c, OWL.Class));
    else if (p === RDFS.subPropertyOf) {
      const kind = kindOf(s);
      if (kind === OWL.ObjectProperty || kind === OWL.DatatypeProperty) members(o).forEach((q) => declare(q, kind));
    }
  }
  for (const [s, p, o] of entries) {
    if (isReserved(p)) continue;
    const target = namedObject(o);
    declare(p, target && isIndividual(s) && isIndividual(target) ? OWL.ObjectProperty : OWL.AnnotationProperty);
  }
  for (const [term, kind] of declared) {
    d.add(term, RDF.type, iri(kind));
    const vocabulary = definedBy(term);
    if (vocabulary) d.add(term, RDFS.isDefinedBy, iri(vocabulary));
  }
}

/** The vocabulary that defines a term: its namespace (longest match) without a trailing `#`, as rdfs:isDefinedBy names it. */
function definedBy(term: string): string | undefined {
  const ns = Object.values(PREFIXES)
    .filter((n) => term.startsWith(n))
    .sort((a, b) => b.length - a.length)[0];
  return ns?.replace(/#$/, '');
}
