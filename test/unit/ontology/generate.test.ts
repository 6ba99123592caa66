/** Unit tests of ontology/generate.ts: the committed ontology/*.ttl files are what ontology/model.ts generates, byte for byte and every time. */
import fs from 'node:fs';
import path from 'node:path';
import { Parser, Store } from 'n3';
import { generateOntology } from '../../../ontology/generate';
import { CLASSES, CONCEPTS, ENTITY_CLASSES, PROPERTIES, SCHEMES } from '../../../ontology/model';
import { CDKG, DCT, LICENSES, ONTOLOGY_IRI, OWL, RDF, RDFS, SCHEMA, SH, SHAPES_NS, SKOS, VANN, XSD, entityIri } from '../../../ontology/namespaces';
import { DEFAULTS } from '../../../src/config';
import { ONTOLOGY_FILES } from '../../../src/store/files';

function parse(text: string): Store {
  return new Store(new Parser({ format: 'text/turtle' }).parse(text));
}

const has = (store: Store, s: string | null, p: string, o: string | null) => store.getQuads(s, p, o, null).length > 0;

describe('ontology generation', () => {
  let generated: Awaited<ReturnType<typeof generateOntology>>;
  let ontology: Store;
  let shapes: Store;

  beforeAll(async () => {
    generated = await generateOntology();
    ontology = parse(generated.ontology);
    shapes = parse(generated.shapes);
  });

  test('the committed ontology files are identical to a fresh generation (run npm run build:ontology when this fails)', () => {
    expect(fs.readFileSync(path.join(DEFAULTS.ontologyDir, ONTOLOGY_FILES.ontology), 'utf8')).toBe(generated.ontology);
    expect(fs.readFileSync(path.join(DEFAULTS.ontologyDir, ONTOLOGY_FILES.shapes), 'utf8')).toBe(generated.shapes);
  });

  test('two generations produce byte-identical text', async () => {
    const again = await generateOntology();
    expect(again).toEqual(generated);
  });

  test('the ontology header names its version, licence and preferred prefix', () => {
    expect(has(ontology, ONTOLOGY_IRI, RDF.type, OWL.Ontology)).toBe(true);
    expect(ontology.getObjects(ONTOLOGY_IRI, OWL.versionIRI, null).map((t) => t.value)).toEqual([`${ONTOLOGY_IRI}/0.1.0`]);
    expect(ontology.getObjects(ONTOLOGY_IRI, DCT.license, null).map((t) => t.value)).toEqual([LICENSES.data]);
    expect(ontology.getObjects(ONTOLOGY_IRI, VANN.preferredNamespacePrefix, null).map((t) => t.value)).toEqual(['cdkg']);
  });

  test('every class of the model is an owl:Class with an English label, comment and definition', () => {
    for (const c of CLASSES) {
      expect(has(ontology, c.iri, RDF.type, OWL.Class)).toBe(true);
      for (const p of [RDFS.label, RDFS.comment, SKOS.definition]) {
        const values = ontology.getObjects(c.iri, p, null);
        expect(values).toHaveLength(1);
        expect((values[0] as { language: string }).language).toBe('en');
      }
      for (const parent of c.subClassOf ?? []) expect(has(ontology, c.iri, RDFS.subClassOf, parent)).toBe(true);
    }
  });

  test('every property has its kind, domain and range, and several range classes become an owl:unionOf expression', () => {
    for (const p of PROPERTIES) {
      expect(has(ontology, p.iri, RDF.type, p.kind === 'object' ? OWL.ObjectProperty : OWL.DatatypeProperty)).toBe(true);
      const [range] = ontology.getObjects(p.iri, RDFS.range, null);
      if (p.range.length === 1) {
        expect(range.value).toBe(p.range[0]);
      } else {
        expect(range.termType).toBe('BlankNode');
        const [head] = ontology.getObjects(range, OWL.unionOf, null);
        expect(ontology.extractLists()[head.value].map((t) => t.value)).toEqual(p.range);
      }
    }
    expect(has(ontology, CDKG.overlapsInMembershipWith, RDF.type, OWL.SymmetricProperty)).toBe(true);
  });

  test('every concept is a skos:Concept of its scheme and an instance of the scheme member class', () => {
    for (const c of CONCEPTS) {
      const scheme = SCHEMES.find((s) => s.iri === c.scheme);
      expect(has(ontology, c.iri, SKOS.inScheme, c.scheme)).toBe(true);
      expect(has(ontology, c.iri, RDF.type, scheme?.memberClass ?? '')).toBe(true);
      expect(ontology.getObjects(c.iri, SKOS.prefLabel, null).map((t) => t.value)).toEqual([c.label]);
    }
    for (const s of SCHEMES) expect(has(ontology, s.iri, RDF.type, SKOS.ConceptScheme)).toBe(true);
  });

  test('the shapes target every entity class, every property and the statement nodes, each constraint with a message', () => {
    const entityTargets = shapes.getObjects(`${SHAPES_NS}Entity`, SH.targetClass, null).map((t) => t.value);
    expect(entityTargets.sort()).toEqual([...ENTITY_CLASSES].sort());
    for (const p of PROPERTIES) expect(has(shapes, null, SH.targetSubjectsOf, p.iri)).toBe(true);
    expect(has(shapes, `${SHAPES_NS}Statement`, SH.targetClass, CDKG.Statement)).toBe(true);
    // The property shapes of the node shapes report on their own; those nested in sh:or only decide which branch holds.
    const nodeShapes = shapes.getSubjects(RDF.type, SH.NodeShape, null);
    const constrained = [...nodeShapes, ...nodeShapes.flatMap((s) => shapes.getObjects(s, SH.property, null))];
    expect(constrained.length).toBeGreaterThan(PROPERTIES.length * 2);
    for (const node of constrained) expect(shapes.getObjects(node, SH.message, null)).toHaveLength(1);
  });

  test('every fact property has a shape that checks the rdf:subject and rdf:object of its statements against its domain and range', () => {
    for (const p of PROPERTIES.filter((q) => q.fact)) {
      const shape = `${SHAPES_NS}${p.iri.slice(CDKG.$ns.length)}Statement`;
      expect([p.iri, has(shapes, shape, SH.targetSubjectsOf, RDF.predicate)]).toEqual([p.iri, true]);
      expect(shapes.getObjects(shape, SH.or, null)).toHaveLength(1);
    }
  });

  test('the English-label shape targets the entities, every value set and the statements', () => {
    const targets = shapes.getObjects(`${SHAPES_NS}EnglishLabel`, SH.targetClass, null).map((t) => t.value);
    expect(targets).toEqual(expect.arrayContaining([...ENTITY_CLASSES, CDKG.Stance, CDKG.EngagementLevel, CDKG.AdoptionMode, CDKG.Priority, CDKG.Statement]));
  });

  test('the ontology names its creator by the agent IRI that publishes the dataset, and has an English label and a modification date', () => {
    expect(ontology.getObjects(ONTOLOGY_IRI, DCT.creator, null).map((t) => [t.termType, t.value])).toEqual([['NamedNode', entityIri('agent', 'cdkg-project')]]);
    const dataset = fs.readFileSync(path.join(DEFAULTS.dataDir, 'dataset.ttl'), 'utf8');
    expect(parse(dataset).getObjects(null, DCT.publisher, null).map((t) => t.value)).toContain(entityIri('agent', 'cdkg-project'));
    expect(ontology.getObjects(ONTOLOGY_IRI, RDFS.label, null).map((t) => (t as { language: string }).language)).toEqual(['en']);
    expect(ontology.getObjects(ONTOLOGY_IRI, DCT.modified, null).map((t) => (t as { datatype: { value: string } }).datatype.value)).toEqual([XSD.date]);
  });

  describe('as OWL 2 DL (every entity used is declared, Structural Specification §5.8)', () => {
    const committed = () => parse(fs.readFileSync(path.join(DEFAULTS.ontologyDir, ONTOLOGY_FILES.ontology), 'utf8'));
    /** Built into OWL 2: the axiom and annotation vocabulary of RDF, RDFS and OWL, and the datatypes of the OWL 2 datatype map used here. */
    const builtIn = (term: string) =>
      [RDF.$ns, RDFS.$ns, OWL.$ns].some((ns) => term.startsWith(ns)) || [XSD.string, XSD.integer, XSD.boolean, XSD.anyURI].includes(term as typeof XSD.string);
    const declaredAs = (store: Store, term: string) => store.getObjects(term, RDF.type, null).map((t) => t.value);
    const DECLARATIONS = [OWL.Class, RDFS.Datatype, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty];

    test('every IRI used as a predicate, or as the object of rdfs:subClassOf, rdfs:subPropertyOf, rdfs:domain or rdfs:range (union members included), is declared', () => {
      const store = committed();
      const lists = store.extractLists();
      const named = (t: { termType: string; value: string }): string[] => {
        if (t.termType === 'NamedNode') return [t.value];
        if (t.termType !== 'BlankNode') return [];
        return store.getObjects(t.value, OWL.unionOf, null).flatMap((head) => lists[head.value] ?? []).flatMap(named);
      };
      const used = new Set<string>();
      for (const q of store.getQuads(null, null, null, null)) {
        used.add(q.predicate.value);
        if ([RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range].includes(q.predicate.value as typeof RDFS.domain)) named(q.object).forEach((t) => used.add(t));
      }
      const undeclared = [...used].filter((t) => !builtIn(t) && !declaredAs(store, t).some((k) => DECLARATIONS.includes(k as typeof OWL.Class)));
      expect(undeclared).toEqual([]);
      expect(used.has(DCT.identifier)).toBe(true);
    });

    test('no external term is declared with two kinds, and the super-properties of data properties are data properties', () => {
      const store = committed();
      for (const term of new Set(store.getSubjects(RDF.type, null, null).map((t) => t.value))) {
        expect([term, declaredAs(store, term).filter((k) => DECLARATIONS.includes(k as typeof OWL.Class)).length <= 1]).toEqual([term, true]);
      }
      expect(declaredAs(store, DCT.identifier)).toContain(OWL.DatatypeProperty);
      expect(declaredAs(store, SKOS.definition)).toEqual([OWL.AnnotationProperty]);
    });

    test('classes and properties are not linked by skos:closeMatch, whose SKOS domain would make them skos:Concepts', () => {
      const store = committed();
      expect(store.getQuads(null, SKOS.closeMatch, null, null)).toEqual([]);
      expect(store.getQuads(null, SKOS.exactMatch, null, null)).toEqual([]);
      expect(has(store, CDKG.State, RDFS.seeAlso, SCHEMA.Country)).toBe(true);
    });
  });

  test('the shapes document points to the ontology', () => {
    expect(has(shapes, null, RDFS.seeAlso, ONTOLOGY_IRI)).toBe(true);
  });
});
