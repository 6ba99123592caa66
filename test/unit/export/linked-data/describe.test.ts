/** Unit tests of src/export/linked-data/describe.ts: what a dereferenced IRI returns (its triples, statement nodes with sources, labels of what it links to). */
import type * as RDF from '@rdfjs/types';
import { CDKG, OA, OWL, RDF as RDFNS, RDFS, SCHEMA, entityIri } from '../../../../ontology/namespaces';
import { describeEntity, describeTerm, ontologyGraph, usageExamples } from '../../../../src/export/linked-data/describe';
import { fixtureStore } from './support';

const US = entityIri('state', 'united-states');
const BUDAPEST = entityIri('instrument', 'budapest-convention');
const SIGNATORY = entityIri('statement', 'us-signatory-of-budapest');

const has = (quads: readonly RDF.Quad[], s: string, p: string, o?: string) =>
  quads.some((q) => q.subject.value === s && q.predicate.value === p && (o === undefined || q.object.value === o));

describe('describeEntity', () => {
  let quads: RDF.Quad[];
  beforeAll(async () => {
    quads = (await describeEntity(fixtureStore(), US)) as RDF.Quad[];
  });

  test('gives the entity\'s own triples', () => {
    expect(has(quads, US, RDFS.label, 'United States')).toBe(true);
    expect(has(quads, US, CDKG.signatoryOf, BUDAPEST)).toBe(true);
    expect(has(quads, US, OWL.sameAs, 'http://www.wikidata.org/entity/Q30')).toBe(true);
  });

  test('gives every statement node about the entity with its source and quote selector', () => {
    expect(has(quads, SIGNATORY, RDFNS.subject, US)).toBe(true);
    expect(has(quads, SIGNATORY, CDKG.source, entityIri('source', 'atlas-us-eu'))).toBe(true);
    expect(has(quads, `${SIGNATORY}#quote`, OA.exact, 'The US is a signatory and an early proponent of the Budapest Convention')).toBe(true);
  });

  test('gives labels and types of what the entity links to, directly or through its statements', () => {
    expect(has(quads, BUDAPEST, RDFS.label, 'Budapest Convention')).toBe(true);
    expect(has(quads, BUDAPEST, RDFNS.type, CDKG.Convention)).toBe(true);
    expect(has(quads, entityIri('source', 'atlas-us-eu'), SCHEMA.url)).toBe(true);
    expect(has(quads, CDKG.signatoryOf, RDFS.label, 'signatory of')).toBe(true);
    expect(has(quads, CDKG.promoting, RDFS.label)).toBe(true);
  });

  test('does not wander further: the linked resources\' own links are left out', () => {
    expect(has(quads, BUDAPEST, CDKG.underAuspicesOf)).toBe(false);
  });

  test('gives the triples that point at the entity and statements held in a process', async () => {
    const ahc = (await describeEntity(fixtureStore(), entityIri('process', 'ad-hoc-committee'))) as RDF.Quad[];
    expect(has(ahc, US, CDKG.participatesIn, entityIri('process', 'ad-hoc-committee'))).toBe(true);
    expect(has(ahc, entityIri('statement', 'eu-represented-in-ahc'), RDFNS.object, entityIri('group', 'eu-member-states'))).toBe(true);
  });

  test('describes a statement with its own quote', async () => {
    const st = (await describeEntity(fixtureStore(), SIGNATORY)) as RDF.Quad[];
    expect(has(st, `${SIGNATORY}#quote`, OA.exact)).toBe(true);
  });

  test('is undefined for an IRI the data does not describe, even one it mentions', async () => {
    expect(await describeEntity(fixtureStore(), entityIri('state', 'atlantis'))).toBeUndefined();
    expect(await describeEntity(fixtureStore(), 'http://www.wikidata.org/entity/Q30')).toBeUndefined();
  });

  test('is sorted in the order of its N-Triples lines: by subject, then predicate, then object', () => {
    // The N-Triples form of a term, written out here, not taken from src/.
    const nt = (t: RDF.Term) =>
      t.termType === 'Literal' ? `"${t.value}"${t.language ? `@${t.language}` : `^^<${t.datatype.value}>`}` : t.termType === 'BlankNode' ? `_:${t.value}` : `<${t.value}>`;
    const line = (q: RDF.Quad) => `${nt(q.subject)} ${nt(q.predicate)} ${nt(q.object)}`;
    const lines = quads.map(line);
    const outOfOrder = lines.slice(1).filter((l, i) => l < lines[i]);
    expect(outOfOrder).toEqual([]);
    // Varied enough for the order to show: several subjects, and subjects with several predicates and objects.
    expect(new Set(quads.map((q) => q.subject.value)).size).toBeGreaterThan(3);
    expect(new Set(quads.filter((q) => q.subject.value === US).map((q) => q.predicate.value)).size).toBeGreaterThan(3);
    expect(quads.filter((q) => q.subject.value === US && q.predicate.value === RDFNS.type).length).toBeGreaterThan(0);
  });

  test('gives the same order for the same data', async () => {
    const again = (await describeEntity(fixtureStore(), US)) as RDF.Quad[];
    expect(again.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`)).toEqual(quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`));
  });
});

describe('describeTerm', () => {
  test('gives the term\'s triples from the ontology, what points at it there, and examples from the data', async () => {
    const quads = (await describeTerm(fixtureStore(), CDKG.State)) as RDF.Quad[];
    expect(has(quads, CDKG.State, RDFS.subClassOf, CDKG.Actor)).toBe(true);
    expect(has(quads, CDKG.Actor, RDFS.label, 'actor')).toBe(true);
    expect(has(quads, CDKG.enactedBy, RDFS.range, CDKG.State)).toBe(true);
    expect(has(quads, US, RDFNS.type, CDKG.State)).toBe(true);
    expect(has(quads, US, RDFS.label, 'United States')).toBe(true);
  });

  test('includes the owl:unionOf list of a range of several classes, with their labels', async () => {
    const quads = (await describeTerm(fixtureStore(), CDKG.promotes)) as RDF.Quad[];
    const range = quads.find((q) => q.subject.value === CDKG.promotes && q.predicate.value === RDFS.range)?.object as RDF.Term;
    expect(range.termType).toBe('BlankNode');
    expect(has(quads, range.value, OWL.unionOf)).toBe(true);
    const members = quads.filter((q) => q.predicate.value === RDFNS.first).map((q) => q.object.value);
    expect(members.sort()).toEqual([CDKG.Instrument, CDKG.Process].sort());
    expect(has(quads, CDKG.Process, RDFS.label, 'process')).toBe(true);
  });

  test('is undefined for a term the ontology does not define', async () => {
    expect(await describeTerm(fixtureStore(), `${CDKG.$ns}Unicorn`)).toBeUndefined();
  });
});

describe('usageExamples', () => {
  test('gives at most the asked number of examples per term, in a stable order', async () => {
    const all = await usageExamples(fixtureStore(), undefined, 2);
    const perTerm = new Map<string, number>();
    for (const e of all) perTerm.set(e.term, (perTerm.get(e.term) ?? 0) + 1);
    expect(Math.max(...perTerm.values())).toBe(2);
    expect(perTerm.get(CDKG.Statement)).toBe(2);
    expect(await usageExamples(fixtureStore(), undefined, 2)).toEqual(all);
  });

  test('gives a property\'s triples with the labels of both ends', async () => {
    const [e] = await usageExamples(fixtureStore(), CDKG.signatoryOf);
    expect(e.triple.subject.value).toBe(US);
    expect(e.subjectLabel?.value).toBe('United States');
    expect(e.objectLabel?.value).toBe('Budapest Convention');
  });
});

describe('ontologyGraph', () => {
  test('is the ontology graph and nothing of the data', async () => {
    const quads = await ontologyGraph(fixtureStore());
    expect(has(quads, CDKG.State, RDFNS.type, OWL.Class)).toBe(true);
    expect(quads.some((q) => q.subject.value === US)).toBe(false);
  });
});
