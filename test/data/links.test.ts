/**
 * Wikidata links exist exactly for the identifiers of the reference table
 * (stated independently in test/fixtures/reference-facts.ts): no identifier
 * from memory, none for the treaties, resolutions or the CLOUD Act.
 */
import { OWL, RDFS, SKOS, WD } from '../../ontology/namespaces';
import { WIKIDATA_LINKS } from '../fixtures/reference-facts';
import { dataQuads } from './kb-data';

const quads = dataQuads();
const labelOf = new Map(quads.filter((q) => q.predicate.value === RDFS.label).map((q) => [q.subject.value, q.object.value]));
const links = (predicate: string) =>
  quads
    .filter((q) => q.predicate.value === predicate)
    .map((q) => `${labelOf.get(q.subject.value)} -> ${q.object.value}`)
    .sort();
const expected = WIKIDATA_LINKS.map(({ entity, qid }) => `${entity} -> ${WD.item(qid)}`).sort();

describe('Wikidata links', () => {
  it('are expected for the ten entities of the identifier table, each QID as on its Wikidata page', () => {
    expect(expected).toHaveLength(10);
  });

  it('link with skos:exactMatch exactly the entities the table names, to their QIDs', () => {
    expect(links(SKOS.exactMatch)).toEqual(expected);
  });

  it('link with owl:sameAs exactly the same pairs', () => {
    expect(links(OWL.sameAs)).toEqual(expected);
  });

  it('are the only Wikidata IRIs in the data', () => {
    const wikidata = quads.filter((q) => q.object.value.startsWith(WD.$ns));
    expect(wikidata.every((q) => q.predicate.value === SKOS.exactMatch || q.predicate.value === OWL.sameAs)).toBe(true);
  });
});
