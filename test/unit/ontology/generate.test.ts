/** Unit tests of ontology/generate.ts: the committed ontology/*.ttl files are what ontology/model.ts generates, byte for byte and every time. */
import fs from 'node:fs';
import path from 'node:path';
import { Parser, Store } from 'n3';
import { generateOntology } from '../../../ontology/generate';
import { CLASSES, CONCEPTS, ENTITY_CLASSES, PROPERTIES, SCHEMES } from '../../../ontology/model';
import { CDKG, DCT, LICENSES, ONTOLOGY_IRI, OWL, RDF, RDFS, SH, SHAPES_NS, SKOS, VANN } from '../../../ontology/namespaces';
import { DEFAULTS } from '../../../src/config';
import { ONTOLOGY_FILES } from '../../../src/store/load';

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
    const constrained = [...shapes.getSubjects(RDF.type, SH.NodeShape, null), ...shapes.getObjects(null, SH.property, null)];
    expect(constrained.length).toBeGreaterThan(PROPERTIES.length * 2);
    for (const node of constrained) expect(shapes.getObjects(node, SH.message, null)).toHaveLength(1);
  });

  test('the shapes document points to the ontology', () => {
    expect(has(shapes, null, RDFS.seeAlso, ONTOLOGY_IRI)).toBe(true);
  });
});
