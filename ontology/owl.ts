/**
 * Builds the OWL 2 ontology (ontology/cdkg.ttl) from the TypeScript model.
 * Every term gets rdfs:label, rdfs:comment and skos:definition in English
 * (rdfs:comment for generic RDF tools, skos:definition for vocabulary
 * browsers), rdfs:isDefinedBy the ontology, and its alignments; every
 * external term used is declared (./declarations.ts), so the ontology is OWL 2 DL.
 */
import { CDKG_NS, DCT, LICENSES, ONTOLOGY_IRI, OWL, PREFIXES, RDF, RDFS, SHAPES_IRI, SKOS, VANN, XSD } from './namespaces';
import { CLASSES, CONCEPTS, ONTOLOGY_META, ONTOLOGY_VERSION, PROPERTIES, SCHEMES, type PropertyDef } from './model';
import { Description, blank, en, iri, list, str, typed, type Obj } from './description';
import { declareExternalTerms } from './declarations';

/** The prefix the namespace table gives the ontology namespace (vann:preferredNamespacePrefix). */
const ONTOLOGY_PREFIX = Object.entries(PREFIXES).find(([, ns]) => ns === CDKG_NS)?.[0] ?? '';

export const VERSION_IRI = `${ONTOLOGY_IRI}/${ONTOLOGY_VERSION}`;

/**
 * One class or datatype, or the union of several: OWL 2 writes a union as an
 * anonymous owl:Class (or rdfs:Datatype for data ranges) with owl:unionOf
 * (OWL 2 Mapping to RDF Graphs, table 1).
 */
function classOrUnion(iris: readonly string[], kind: 'class' | 'datatype'): Obj {
  if (iris.length === 1) return iri(iris[0]);
  return blank([RDF.type, iri(kind === 'class' ? OWL.Class : RDFS.Datatype)], [OWL.unionOf, list(iris.map(iri))]);
}

function annotate(d: Description, subject: string, label: string, definition: string): void {
  d.add(subject, RDFS.label, en(label));
  d.add(subject, RDFS.comment, en(definition));
  d.add(subject, SKOS.definition, en(definition));
  d.add(subject, RDFS.isDefinedBy, iri(ONTOLOGY_IRI));
}

function addProperty(d: Description, p: PropertyDef): void {
  d.add(p.iri, RDF.type, iri(p.kind === 'object' ? OWL.ObjectProperty : OWL.DatatypeProperty));
  if (p.symmetric) d.add(p.iri, RDF.type, iri(OWL.SymmetricProperty));
  annotate(d, p.iri, p.label, p.definition);
  d.add(p.iri, RDFS.domain, classOrUnion(p.domain, 'class'));
  d.add(p.iri, RDFS.range, classOrUnion(p.range, p.kind === 'object' ? 'class' : 'datatype'));
  d.add(p.iri, RDFS.subPropertyOf, ...(p.subPropertyOf ?? []).map(iri));
  d.add(p.iri, RDFS.seeAlso, ...(p.closeMatch ?? []).map(iri));
}

/** The ontology as Turtle text. */
export function ontologyTurtle(): Promise<string> {
  const d = new Description();
  d.add(ONTOLOGY_IRI, RDF.type, iri(OWL.Ontology));
  d.add(ONTOLOGY_IRI, OWL.versionIRI, iri(VERSION_IRI));
  d.add(ONTOLOGY_IRI, OWL.versionInfo, str(ONTOLOGY_VERSION));
  d.add(ONTOLOGY_IRI, RDFS.label, en(ONTOLOGY_META.title));
  d.add(ONTOLOGY_IRI, DCT.title, en(ONTOLOGY_META.title));
  d.add(ONTOLOGY_IRI, DCT.description, en(ONTOLOGY_META.description));
  d.add(ONTOLOGY_IRI, DCT.license, iri(LICENSES.data));
  d.add(ONTOLOGY_IRI, DCT.creator, iri(ONTOLOGY_META.creator));
  d.add(ONTOLOGY_IRI, DCT.issued, typed(ONTOLOGY_META.issued, XSD.date));
  d.add(ONTOLOGY_IRI, DCT.modified, typed(ONTOLOGY_META.modified, XSD.date));
  d.add(ONTOLOGY_IRI, VANN.preferredNamespacePrefix, str(ONTOLOGY_PREFIX));
  d.add(ONTOLOGY_IRI, VANN.preferredNamespaceUri, typed(CDKG_NS, XSD.anyURI));
  d.add(ONTOLOGY_IRI, RDFS.seeAlso, iri(SHAPES_IRI));

  for (const c of CLASSES) {
    d.add(c.iri, RDF.type, iri(OWL.Class));
    annotate(d, c.iri, c.label, c.definition);
    d.add(c.iri, RDFS.subClassOf, ...(c.subClassOf ?? []).map(iri));
    d.add(c.iri, RDFS.seeAlso, ...(c.closeMatch ?? []).map(iri));
  }
  for (const p of PROPERTIES) addProperty(d, p);
  for (const s of SCHEMES) {
    d.add(s.iri, RDF.type, iri(SKOS.ConceptScheme));
    d.add(s.iri, SKOS.prefLabel, en(s.label));
    annotate(d, s.iri, s.label, s.definition);
    d.add(s.iri, SKOS.hasTopConcept, ...CONCEPTS.filter((c) => c.scheme === s.iri).map((c) => iri(c.iri)));
  }
  for (const c of CONCEPTS) {
    const scheme = SCHEMES.find((s) => s.iri === c.scheme);
    if (!scheme) throw new RangeError(`Concept ${c.iri} names an unknown scheme ${c.scheme}`);
    d.add(c.iri, RDF.type, iri(SKOS.Concept), iri(scheme.memberClass));
    d.add(c.iri, SKOS.prefLabel, en(c.label));
    annotate(d, c.iri, c.label, c.definition);
    d.add(c.iri, SKOS.inScheme, iri(c.scheme));
  }
  declareExternalTerms(d);
  return d.toTurtle(ONTOLOGY_IRI);
}
