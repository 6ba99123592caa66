/**
 * Wikidata links exist exactly for the identifiers reference-facts.md gives:
 * no identifier from memory, none for the treaties, resolutions or the CLOUD Act.
 */
import { OWL, RDFS, SKOS, WD } from '../../ontology/namespaces';
import { dataQuads, wikidataTable } from './kb-data';

const quads = dataQuads();
const labelOf = new Map(quads.filter((q) => q.predicate.value === RDFS.label).map((q) => [q.subject.value, q.object.value]));
const links = (predicate: string) =>
  quads
    .filter((q) => q.predicate.value === predicate)
    .map((q) => `${labelOf.get(q.subject.value)} -> ${q.object.value}`)
    .sort();
const expected = [...wikidataTable()].map(([entity, qid]) => `${entity} -> ${WD.item(qid)}`).sort();

describe('Wikidata links', () => {
  it('are read from the ten rows of the identifier table', () => {
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
