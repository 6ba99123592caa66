/** Unit tests of src/export/describe-dataset.ts (VoID and DCAT): the dataset description states counts, partitions, dumps and the endpoint as the store and the dumps really are. */
import { DATASET_IRI, FOAF, GRAPH_NS, ID_NS, LICENSES, OWL, PREFIXES, SKOS, WD, mediaTypeIri } from '../../../ontology/namespaces';
import { EmbeddedStore } from '../../../src/store/oxigraph';
import type { Binding } from '../../../src/store/types';
import { describeDataset } from '../../../src/export/describe-dataset';
import { dumps } from '../../../src/export/dumps';
import { SERIALISERS, serialiser } from '../../../src/export';
import { canonicalNQuads, expectedCanonical, fixtureKb, parseBack, realKb } from './support';

const BASE_URL = 'http://localhost:8080/';
const PROLOGUE = Object.entries(PREFIXES).map(([p, ns]) => `PREFIX ${p}: <${ns}>`).join('\n');

let description: EmbeddedStore;
let kb: ReturnType<typeof fixtureKb>;

beforeAll(async () => {
  kb = fixtureKb();
  description = new EmbeddedStore();
  description.addAll(await describeDataset(kb, { publicBase: BASE_URL, modified: '2026-11-30' }));
});

async function ask(where: string): Promise<boolean> {
  const r = await description.query(`${PROLOGUE}\nASK { ${where} }`);
  if (r.kind !== 'ask') throw new TypeError('not an ASK result');
  return r.value;
}

async function rows(query: string): Promise<readonly Binding[]> {
  const r = await description.query(`${PROLOGUE}\n${query}`);
  if (r.kind !== 'select') throw new TypeError('not a SELECT result');
  return r.bindings;
}

async function scalar(query: string): Promise<number> {
  const r = await kb.query(`${PROLOGUE}\n${query}`);
  if (r.kind !== 'select') throw new TypeError('not a SELECT result');
  return Number(Object.values(r.bindings[0])[0].value);
}

describe('the VoID description', () => {
  test('names the SPARQL endpoint and every dump under the public base', async () => {
    expect(await ask(`<${DATASET_IRI}> a void:Dataset ; void:sparqlEndpoint <${BASE_URL}sparql>`)).toBe(true);
    const found = await rows('SELECT ?dump WHERE { ?d void:dataDump ?dump } ORDER BY ?dump');
    expect(found.map((r) => r.dump.value)).toEqual((await dumps(kb)).map((d) => `${BASE_URL}dumps/${d.fileName}`).sort());
  });

  test('counts distinct triples, subjects, objects, classes and properties as the store does', async () => {
    const [st] = await rows('SELECT * WHERE { ?d a void:Dataset ; void:triples ?t ; void:distinctSubjects ?s ; void:distinctObjects ?o ; void:classes ?c ; void:properties ?p ; void:entities ?e ; void:uriSpace ?space }');
    expect(Number(st.t.value)).toBe(await scalar('SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }'));
    expect(Number(st.s.value)).toBe(await scalar('SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }'));
    expect(Number(st.o.value)).toBe(await scalar('SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }'));
    expect(Number(st.c.value)).toBe(await scalar('SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }'));
    expect(Number(st.p.value)).toBe(await scalar('SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }'));
    expect(Number(st.e.value)).toBeGreaterThan(0);
    expect(st.space.value).toBe(ID_NS);
  });

  test('has a class partition per class and a property partition per property, with counts', async () => {
    expect(await ask('?d void:classPartition [ void:class cdkg:State ; void:entities 1 ]')).toBe(true);
    expect(await ask('?d void:classPartition [ void:class cdkg:Convention ; void:entities 1 ]')).toBe(true);
    expect(await ask('?d void:propertyPartition [ void:property cdkg:partyTo ; void:triples 1 ]')).toBe(true);
    const partitions = await rows('SELECT (COUNT(?p) AS ?n) WHERE { ?d void:propertyPartition ?p }');
    const [p] = await rows('SELECT ?n WHERE { ?d a void:Dataset ; void:properties ?n }');
    expect(partitions[0].n.value).toBe(p.n.value);
  });

  test('lists the vocabularies used, example resources, licence and dates', async () => {
    expect(await ask(`?d void:vocabulary <${PREFIXES.cdkg}>, <${PREFIXES.skos}>, <${PREFIXES.rdfs}>`)).toBe(true);
    expect(await ask(`?d void:vocabulary <${PREFIXES.state}>`)).toBe(false);
    expect(await ask('?d void:exampleResource state:united-states')).toBe(true);
    expect(await ask(`?d a void:Dataset ; dct:license <${LICENSES.data}> ; dct:title ?t ; dct:description ?desc ; dct:publisher ?pub ; dct:issued ?i ; dct:modified "2026-11-30"^^xsd:date`)).toBe(true);
  });

  test('describes the Wikidata links as one linkset per link predicate, each with its own size and no redundant void:target', async () => {
    const sets = await rows(`SELECT ?l ?p ?n WHERE { ?d void:subset ?l . ?l a void:Linkset ; void:subjectsTarget ?d ; void:objectsTarget ?wd ; void:linkPredicate ?p ; void:triples ?n . ?wd void:uriSpace "${WD.$ns}" } ORDER BY ?p`);
    expect(sets.map((r) => [r.p.value, Number(r.n.value)])).toEqual([
      [OWL.sameAs, await scalar(`SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o WHERE { ?s owl:sameAs ?o FILTER STRSTARTS(STR(?o), "${WD.$ns}") } }`)],
      [SKOS.exactMatch, await scalar(`SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o WHERE { ?s skos:exactMatch ?o FILTER STRSTARTS(STR(?o), "${WD.$ns}") } }`)],
    ]);
    expect(new Set(sets.map((r) => r.l.value)).size).toBe(2);
    expect(await rows('SELECT ?l WHERE { ?l a void:Linkset ; void:linkPredicate ?p1, ?p2 FILTER (?p1 != ?p2) }')).toEqual([]);
    expect(await ask('?l a void:Linkset ; void:target ?t')).toBe(false);
  });

  test('lists every loaded graph, the ontology included, as a subset whose triples add up to the dataset\'s', async () => {
    const graphs = await rows('SELECT ?g ?n WHERE { ?d a void:Dataset ; void:triples ?all ; void:subset ?g . ?g void:triples ?n FILTER NOT EXISTS { ?g a void:Linkset } }');
    expect(graphs.map((r) => r.g.value).sort()).toEqual([...(await kb.graphs())].sort());
    expect(graphs.map((r) => r.g.value)).toContain(`${GRAPH_NS}ontology`);
    // The fixture states one triple in two files: the subsets count it twice, void:triples (distinct triples) once.
    expect(graphs.reduce((sum, r) => sum + Number(r.n.value), 0)).toBe(await kb.size());
  });

  test('counts as a class partition\'s entities only IRIs in the URI space, beside the distinct instances', async () => {
    expect(await ask('?d void:classPartition [ void:class rdfs:Datatype ; void:entities 0 ; void:distinctSubjects ?n ] FILTER (?n > 0)')).toBe(true);
    expect(await ask('?d void:classPartition [ void:class owl:Class ; void:entities 0 ]')).toBe(true);
    expect(await ask('?d void:classPartition [ void:class cdkg:State ; void:entities 1 ; void:distinctSubjects 1 ]')).toBe(true);
  });
});

describe('the DCAT description', () => {
  test('has one distribution per dump with URL, media type, compression, size and SHA-256', async () => {
    for (const d of await dumps(kb)) {
      const found = await ask(`?ds a dcat:Dataset ; dcat:distribution ?dist .
        ?dist a dcat:Distribution ; dcat:downloadURL <${BASE_URL}dumps/${d.fileName}> ;
          dcat:mediaType <${mediaTypeIri(d.mediaType)}> ;
          dcat:compressFormat <${mediaTypeIri(d.compressFormat)}> ;
          dcat:byteSize "${d.byteSize}"^^xsd:nonNegativeInteger ;
          spdx:checksum [ spdx:algorithm spdx:checksumAlgorithm_sha256 ; spdx:checksumValue "${d.sha256}"^^xsd:hexBinary ]`);
      expect(found).toBe(true);
    }
  });

  test('has a data service for the SPARQL endpoint that serves the dataset', async () => {
    expect(await ask(`?svc a dcat:DataService ; dcat:endpointURL <${BASE_URL}sparql> ; dcat:servesDataset ?ds . ?ds a dcat:Dataset`)).toBe(true);
  });

  test('takes the endpoint URL from the caller when given', async () => {
    const quads = await describeDataset(kb, { publicBase: BASE_URL, sparqlEndpoint: 'https://query.example/sparql' });
    expect(quads.some((q) => q.object.value === 'https://query.example/sparql')).toBe(true);
  });

  test('is served in every format like any other graph', async () => {
    const quads = await describeDataset(kb, { publicBase: BASE_URL });
    expect(SERIALISERS.map((s) => s.name)).toHaveLength(6);
    for (const s of SERIALISERS) {
      const parsed = await parseBack(s.name, await s.serialise(quads));
      expect([s.name, await canonicalNQuads(parsed, s.quads)]).toEqual([s.name, await expectedCanonical(quads, s.quads)]);
    }
    expect(await serialiser('turtle').serialise(quads)).toContain(`<${DATASET_IRI}> a void:Dataset, dcat:Dataset;`);
  });
});

describe('the description of the real knowledge base', () => {
  test('takes title, description, publisher and licence from the data, once each, and adds the statistics', async () => {
    const store = new EmbeddedStore();
    store.addAll(await describeDataset(realKb(), { publicBase: BASE_URL }));
    const r = await store.query(`${PROLOGUE}
      SELECT (COUNT(DISTINCT ?title) AS ?titles) (COUNT(DISTINCT ?license) AS ?licenses) (SAMPLE(?t) AS ?triples) WHERE {
        <${DATASET_IRI}> dct:title ?title ; dct:description ?d ; dct:publisher ?p ; dct:license ?license ; void:triples ?t ; void:classPartition ?c ; dcat:distribution ?dist .
      }`);
    if (r.kind !== 'select') throw new TypeError('not a SELECT result');
    expect(r.bindings[0].titles.value).toBe('1');
    expect(r.bindings[0].licenses.value).toBe('1');
    expect(Number(r.bindings[0].triples.value)).toBeGreaterThan(1000);
  });

  test('lists every file of data/ and the ontology as subsets whose triples add up to void:triples', async () => {
    const store = new EmbeddedStore();
    store.addAll(await describeDataset(realKb(), { publicBase: BASE_URL }));
    const r = await store.query(`${PROLOGUE}
      SELECT (SUM(?n) AS ?sum) (SAMPLE(?all) AS ?total) (COUNT(?g) AS ?graphs) WHERE {
        <${DATASET_IRI}> void:triples ?all ; void:subset ?g . ?g void:triples ?n FILTER NOT EXISTS { ?g a void:Linkset }
      }`);
    if (r.kind !== 'select') throw new TypeError('not a SELECT result');
    expect(r.bindings[0].sum.value).toBe(r.bindings[0].total.value);
    expect(Number(r.bindings[0].graphs.value)).toBe((await realKb().graphs()).length);
  });

  test('describes the publisher as an agent with a type and a name, as DCAT consumers expect', async () => {
    const store = new EmbeddedStore();
    store.addAll(await describeDataset(realKb(), { publicBase: BASE_URL }));
    const r = await store.query(`${PROLOGUE}
      ASK { <${DATASET_IRI}> dct:publisher ?p . FILTER(isIRI(?p)) ?p a <${FOAF.Agent}> ; rdfs:label ?name . }`);
    expect(r).toEqual({ kind: 'ask', value: true });
  });
});
