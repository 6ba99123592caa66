/**
 * Unit tests of src/export/void.ts on hand-made statistics: what the VoID
 * quads state comes from its input alone, vocabularies are the known
 * namespaces of the classes and properties in use (never CDKG's own instance
 * namespaces), and each partition and linkset is a resource of its own.
 * test/unit/export/describe-dataset.test.ts checks the same description
 * against a real store.
 */
import type * as RDF from '@rdfjs/types';
import { CDKG, DATASET_IRI, DATASET_PARTS, ID_NS, ORG, OWL, PREFIXES, RDF as RDFNS, RDFS, SKOS, VOID, WD, WIKIDATA_DATASET, XSD, entityIri, graphIri } from '../../../ontology/namespaces';
import type { Dump } from '../../../src/export/dumps';
import type { DatasetStatistics } from '../../../src/export/statistics';
import { voidQuads } from '../../../src/export/void';

const BASE = 'http://localhost:8080/';
const ENDPOINT = `${BASE}sparql`;
const FRAGMENTS = `${BASE}fragments`;

const STATISTICS: DatasetStatistics = {
  triples: 120,
  entities: 30,
  distinctSubjects: 40,
  distinctObjects: 90,
  properties: 4,
  classes: 3,
  classPartitions: [
    { class: CDKG.State, distinctSubjects: 5, entities: 5 },
    { class: ORG.Organization, distinctSubjects: 2, entities: 2 },
    // A class minted in CDKG's own URI space: a resource, not a vocabulary.
    { class: entityIri('concept', 'treaty-kind'), distinctSubjects: 1, entities: 1 },
  ],
  propertyPartitions: [
    { property: RDFS.label, triples: 50 },
    { property: OWL.sameAs, triples: 10 },
    { property: SKOS.exactMatch, triples: 8 },
    // Wikidata's namespace is that of the linked resources, not a vocabulary of this dataset.
    { property: WD.item('P31'), triples: 1 },
  ],
  examples: [entityIri('state', 'united-states')],
  graphs: [
    { graph: graphIri('actors'), triples: 70 },
    { graph: graphIri('links'), triples: 50 },
  ],
  wikidataLinks: [
    { predicate: OWL.sameAs, triples: 10 },
    { predicate: SKOS.exactMatch, triples: 8 },
  ],
};

const DUMP = { fileName: 'cdkg.nt.gz' } as Dump;

type Triple = readonly [string, string, RDF.Term];

function voidTriples(input: Partial<Parameters<typeof voidQuads>[1]> = {}): Triple[] {
  const out: Triple[] = [];
  voidQuads((s, p, o) => out.push([s.value, p, o]), { statistics: STATISTICS, dumps: [DUMP], publicBase: BASE, sparqlEndpoint: ENDPOINT, fragments: FRAGMENTS, ...input });
  return out;
}

const objects = (triples: readonly Triple[], s: string, p: string) => triples.filter(([ts, tp]) => ts === s && tp === p).map(([, , o]) => o);
const values = (triples: readonly Triple[], s: string, p: string) => objects(triples, s, p).map((o) => o.value);
const integer = (triples: readonly Triple[], s: string, p: string) => {
  const [o] = objects(triples, s, p);
  expect(o).toMatchObject({ termType: 'Literal', datatype: { value: XSD.integer } });
  return Number(o.value);
};

describe('voidQuads', () => {
  const triples = voidTriples();

  it('states the dataset\'s counts as xsd:integer literals taken from the statistics', () => {
    expect(values(triples, DATASET_IRI, RDFNS.type)).toEqual([VOID.Dataset]);
    expect([VOID.triples, VOID.entities, VOID.distinctSubjects, VOID.distinctObjects, VOID.classes, VOID.properties].map((p) => integer(triples, DATASET_IRI, p))).toEqual([120, 30, 40, 90, 3, 4]);
  });

  it('names the endpoint, each dump under the public base, the URI space and the examples', () => {
    expect(values(triples, DATASET_IRI, VOID.sparqlEndpoint)).toEqual([ENDPOINT]);
    expect(values(triples, DATASET_IRI, VOID.dataDump)).toEqual([`${BASE}dumps/cdkg.nt.gz`]);
    expect(objects(triples, DATASET_IRI, VOID.uriSpace)).toEqual([expect.objectContaining({ termType: 'Literal', value: ID_NS })]);
    expect(values(triples, DATASET_IRI, VOID.exampleResource)).toEqual([entityIri('state', 'united-states')]);
  });

  it('lists as vocabularies the known namespaces of the classes and properties used, sorted, without CDKG\'s instance namespaces or Wikidata\'s', () => {
    expect(values(triples, DATASET_IRI, VOID.vocabulary)).toEqual([PREFIXES.cdkg, PREFIXES.org, PREFIXES.owl, PREFIXES.rdfs, PREFIXES.skos].sort());
  });

  it('gives each class and property partition its own blank node with its counts', () => {
    const classes = objects(triples, DATASET_IRI, VOID.classPartition);
    expect(classes.every((p) => p.termType === 'BlankNode')).toBe(true);
    expect(new Set(classes.map((p) => p.value)).size).toBe(3);
    expect(classes.map((p) => [values(triples, p.value, VOID.class)[0], integer(triples, p.value, VOID.distinctSubjects), integer(triples, p.value, VOID.entities)])).toEqual(
      STATISTICS.classPartitions.map((c) => [c.class, c.distinctSubjects, c.entities]),
    );
    const properties = objects(triples, DATASET_IRI, VOID.propertyPartition);
    expect(new Set(properties.map((p) => p.value)).size).toBe(4);
    expect(properties.map((p) => [values(triples, p.value, VOID.property)[0], integer(triples, p.value, VOID.triples)])).toEqual(STATISTICS.propertyPartitions.map((p) => [p.property, p.triples]));
  });

  it('makes every graph a void:Dataset subset with its triple count', () => {
    const subsets = values(triples, DATASET_IRI, VOID.subset).filter((s) => s.startsWith(PREFIXES.graph));
    expect(subsets).toEqual([graphIri('actors'), graphIri('links')]);
    expect(subsets.map((g) => [values(triples, g, RDFNS.type), integer(triples, g, VOID.triples)])).toEqual([
      [[VOID.Dataset], 70],
      [[VOID.Dataset], 50],
    ]);
  });

  it('describes one linkset per link predicate, from the dataset to Wikidata, named after the predicate', () => {
    const sameAs = DATASET_PARTS.wikidataLinks('owl-sameAs');
    const exactMatch = DATASET_PARTS.wikidataLinks('skos-exactMatch');
    expect(values(triples, DATASET_IRI, VOID.subset).filter((s) => !s.startsWith(PREFIXES.graph))).toEqual([sameAs, exactMatch]);
    for (const [set, predicate, count] of [[sameAs, OWL.sameAs, 10], [exactMatch, SKOS.exactMatch, 8]] as const) {
      expect(values(triples, set, RDFNS.type)).toEqual([VOID.Linkset]);
      expect(values(triples, set, VOID.subjectsTarget)).toEqual([DATASET_IRI]);
      expect(values(triples, set, VOID.objectsTarget)).toEqual([WIKIDATA_DATASET]);
      expect(values(triples, set, VOID.linkPredicate)).toEqual([predicate]);
      expect(integer(triples, set, VOID.triples)).toBe(count);
    }
    expect(values(triples, WIKIDATA_DATASET, VOID.uriSpace)).toEqual([WD.$ns]);
  });

  it('still describes Wikidata as a dataset, with no linkset, when nothing links to it', () => {
    const none = voidTriples({ statistics: { ...STATISTICS, wikidataLinks: [] } });
    expect(none.filter(([, p, o]) => p === RDFNS.type && o.value === VOID.Linkset)).toEqual([]);
    expect(values(none, WIKIDATA_DATASET, RDFNS.type)).toEqual([VOID.Dataset]);
  });

  it('names no dump when there is none', () => {
    expect(values(voidTriples({ dumps: [] }), DATASET_IRI, VOID.dataDump)).toEqual([]);
  });

  it('gives the Triple Pattern Fragments search form: a template over the fragments URL mapping subject, predicate and object', () => {
    const triples = voidTriples();
    const [form] = objects(triples, DATASET_IRI, 'http://www.w3.org/ns/hydra/core#search');
    expect(values(triples, form.value, 'http://www.w3.org/ns/hydra/core#template')).toEqual([`${FRAGMENTS}{?subject,predicate,object}`]);
    const mappings = objects(triples, form.value, 'http://www.w3.org/ns/hydra/core#mapping');
    const mapped = mappings.map((m) => [values(triples, m.value, 'http://www.w3.org/ns/hydra/core#variable')[0], values(triples, m.value, 'http://www.w3.org/ns/hydra/core#property')[0]]);
    expect(mapped.sort()).toEqual([['object', RDFNS.object], ['predicate', RDFNS.predicate], ['subject', RDFNS.subject]]);
  });
});
