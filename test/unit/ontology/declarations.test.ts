/** Unit tests of ontology/declarations.ts: external terms are declared from what the generator emitted, and a term that OWL 2 DL cannot type once fails generation. */
import { Description, en, iri } from '../../../ontology/description';
import { declareExternalTerms } from '../../../ontology/declarations';
import { CDKG, DCT, ONTOLOGY_IRI, OWL, RDF, RDFS, SCHEMA, SKOS, XSD } from '../../../ontology/namespaces';

const typesOf = (d: Description, term: string) => d.entries().filter(([s, p]) => s === term && p === RDF.type).map(([, , o]) => ('value' in o ? o.value : ''));

describe('declareExternalTerms', () => {
  test('declares superclasses, datatypes outside the OWL 2 datatype map, super-properties by their sub-property kind, and annotations', () => {
    const d = new Description();
    d.add(ONTOLOGY_IRI, RDF.type, iri(OWL.Ontology));
    d.add(ONTOLOGY_IRI, DCT.title, en('title'));
    d.add(CDKG.Session, RDF.type, iri(OWL.Class));
    d.add(CDKG.Session, RDFS.subClassOf, iri(SCHEMA.Event));
    d.add(CDKG.startDate, RDF.type, iri(OWL.DatatypeProperty));
    d.add(CDKG.startDate, RDFS.subPropertyOf, iri(SCHEMA.startDate));
    d.add(CDKG.startDate, RDFS.range, iri(XSD.date));
    d.add(CDKG.confidence, RDF.type, iri(OWL.DatatypeProperty));
    d.add(CDKG.confidence, RDFS.range, iri(XSD.string));
    d.add(CDKG.supporting, RDF.type, iri(SKOS.Concept));
    d.add(CDKG.supporting, SKOS.inScheme, iri(CDKG.stances));
    d.add(CDKG.stances, RDF.type, iri(SKOS.ConceptScheme));
    declareExternalTerms(d);
    expect(typesOf(d, SCHEMA.Event)).toEqual([OWL.Class]);
    expect(typesOf(d, SCHEMA.startDate)).toEqual([OWL.DatatypeProperty]);
    expect(typesOf(d, XSD.date)).toEqual([RDFS.Datatype]);
    expect(typesOf(d, XSD.string)).toEqual([]);
    expect(typesOf(d, DCT.title)).toEqual([OWL.AnnotationProperty]);
    expect(typesOf(d, SKOS.inScheme)).toEqual([OWL.ObjectProperty]);
    expect(typesOf(d, SKOS.Concept)).toEqual([OWL.Class]);
  });

  test('a term used both as an annotation and as the super-property of a data property fails with its name', () => {
    const d = new Description();
    d.add(ONTOLOGY_IRI, DCT.title, en('title'));
    d.add(CDKG.officialTitle, RDF.type, iri(OWL.DatatypeProperty));
    d.add(CDKG.officialTitle, RDFS.subPropertyOf, iri(DCT.title));
    expect(() => declareExternalTerms(d)).toThrow(/dct:title would be both owl:DatatypeProperty and owl:AnnotationProperty/);
  });

  test('reserved vocabulary used as a class fails, as OWL 2 DL forbids it', () => {
    const d = new Description();
    d.add(CDKG.Statement, RDF.type, iri(OWL.Class));
    d.add(CDKG.Statement, RDFS.subClassOf, iri(RDF.Statement));
    expect(() => declareExternalTerms(d)).toThrow(/rdf:Statement is reserved vocabulary/);
  });
});
