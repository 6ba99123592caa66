/** Unit tests of src/export/linked-data/schema-org.ts: the schema.org type comes from the ontology's alignments and from the data. */
import { DataFactory } from 'n3';
import { ENTITY_CLASSES } from '../../../../ontology/model';
import { CDKG, FOAF, RDF, SCHEMA } from '../../../../ontology/namespaces';
import { DescriptionGraph } from '../../../../src/export/linked-data/graph';
import { schemaOrgJsonLd } from '../../../../src/export/linked-data/schema-org';

const { namedNode, quad } = DataFactory;
const ENTITY = namedNode('https://w3id.org/cdkg/id/x/y');

/** The `@type` of the JSON-LD for an entity with these rdf:types. */
function schemaType(...types: string[]): unknown {
  const g = new DescriptionGraph(types.map((t) => quad(ENTITY, namedNode(RDF.type), namedNode(t))));
  return schemaOrgJsonLd(g, ENTITY, 'y', undefined)['@type'];
}

describe('schema.org JSON-LD', () => {
  test('a session is an Event, as its ontology class is a subclass of schema:Event', () => {
    expect(schemaType(CDKG.Session)).toEqual(['Event']);
  });

  test('an agent typed schema:Organization in the data is an Organization, and a bare foaf:Agent stays a Thing', () => {
    expect(schemaType(FOAF.Agent, SCHEMA.Organization)).toEqual(['Organization']);
    expect(schemaType(FOAF.Agent)).toBe('Thing');
  });

  test('a class without an alignment of its own takes the nearest superclass one (a convention is an instrument, so Legislation)', () => {
    expect(schemaType(CDKG.Convention)).toEqual(['Legislation']);
    expect(schemaType(CDKG.DomesticLaw)).toEqual(['Legislation']);
    expect(schemaType(CDKG.State)).toEqual(['Country']);
  });

  test('every entity class but the priority concepts gets a schema.org type from the ontology', () => {
    const untyped = ENTITY_CLASSES.filter((c) => schemaType(c) === 'Thing');
    expect(untyped).toEqual([CDKG.Priority]);
  });
});
