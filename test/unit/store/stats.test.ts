/** Unit tests of src/store/stats.ts on a hand-made store: a triple held by two graphs counts once in the dataset and once in each graph, and only declared classes are counted. */
import { DataFactory } from 'n3';
import { CDKG, OWL, RDF as RDFNS, RDFS, WD, entityIri, graphIri } from '../../../ontology/namespaces';
import { EmbeddedStore } from '../../../src/store/oxigraph';
import { storeStats } from '../../../src/store/stats';

const { namedNode, literal, quad } = DataFactory;

const US = namedNode(entityIri('state', 'united-states'));
const EU = namedNode(entityIri('union', 'european-union'));
const TYPE = namedNode(RDFNS.type);
const LABEL = namedNode(RDFS.label);
const [ACTORS, LINKS, ONTOLOGY] = ['actors', 'links', 'ontology'].map((g) => namedNode(graphIri(g)));

const store = new EmbeddedStore();
store.addAll([
  quad(US, TYPE, namedNode(CDKG.State), ACTORS),
  quad(US, LABEL, literal('United States', 'en'), ACTORS),
  quad(EU, TYPE, namedNode(CDKG.Union), ACTORS),
  // The same label again in another graph: two quads, one triple of the union.
  quad(US, LABEL, literal('United States', 'en'), LINKS),
  quad(US, namedNode(OWL.sameAs), namedNode(WD.item('Q30')), LINKS),
  quad(namedNode(CDKG.State), TYPE, namedNode(OWL.Class), ONTOLOGY),
  quad(namedNode(CDKG.Union), TYPE, namedNode(OWL.Class), ONTOLOGY),
  // A declared class without instances has no row.
  quad(namedNode(CDKG.Convention), TYPE, namedNode(OWL.Class), ONTOLOGY),
]);

describe('storeStats', () => {
  it('counts quads as stored and distinct triples, subjects, properties and objects of the union of the graphs', async () => {
    expect(await storeStats(store)).toMatchObject({ quads: 8, triples: 7, distinctSubjects: 5, properties: 3, distinctObjects: 5 });
  });

  it('counts the instances of each declared class that has any', async () => {
    expect((await storeStats(store)).classes).toEqual([
      { class: CDKG.State, entities: 1 },
      { class: CDKG.Union, entities: 1 },
    ]);
  });

  it('counts the triples of each graph by graph IRI, a shared triple in each of its graphs', async () => {
    expect((await storeStats(store)).graphs).toEqual([
      { graph: ACTORS.value, triples: 3 },
      { graph: LINKS.value, triples: 2 },
      { graph: ONTOLOGY.value, triples: 3 },
    ]);
  });

  it('gives zeros and no rows for an empty store', async () => {
    expect(await storeStats(new EmbeddedStore())).toEqual({ quads: 0, triples: 0, distinctSubjects: 0, properties: 0, distinctObjects: 0, classes: [], graphs: [] });
  });
});
