/** Unit tests of src/export/linked-data/entity-view.ts: the view model of an entity page, facts from statement nodes and no fact told twice. */
import type * as RDF from '@rdfjs/types';
import { entityIri } from '../../../../ontology/namespaces';
import { describeEntity } from '../../../../src/export/linked-data/describe';
import { entityView } from '../../../../src/export/linked-data/entity-view';
import type { EntityView } from '../../../../src/export/linked-data/views';
import { PUBLIC_BASE, fixtureStore } from './support';

const US = entityIri('state', 'united-states');
const view = async (iri: string): Promise<EntityView> => entityView((await describeEntity(fixtureStore(), iri)) as RDF.Quad[], iri, PUBLIC_BASE);

describe('entityView', () => {
  let us: EntityView;
  beforeAll(async () => {
    us = await view(US);
  });

  test('names the entity, its type and its Wikidata link, with local paths for CDKG IRIs', () => {
    expect(us.label).toBe('United States');
    expect(us.href).toBe('/id/state/united-states');
    expect(us.altLabels).toEqual(['US']);
    expect(us.types).toEqual([{ iri: 'https://w3id.org/cdkg/ontology#State', href: '/ontology#State', label: 'state' }]);
    expect(us.sameAs).toEqual([{ iri: 'http://www.wikidata.org/entity/Q30', href: 'http://www.wikidata.org/entity/Q30', label: 'Wikidata Q30' }]);
  });

  test('turns each statement node into a fact with its verb, qualifiers, quote and source', () => {
    expect(us.facts).toHaveLength(3);
    const signatory = us.facts.find((f) => f.verb === 'is signatory of');
    expect(signatory?.object).toEqual({ kind: 'link', link: { iri: entityIri('instrument', 'budapest-convention'), href: '/id/instrument/budapest-convention', label: 'Budapest Convention' } });
    // The fixture's stored text (test/fixtures/linked-data/sources/atlas-us-eu.txt) begins with the quote, so it has no prefix.
    expect(signatory?.quote).toEqual({
      exact: 'The US is a signatory and an early proponent of the Budapest Convention',
      prefix: '',
      suffix: '. A big part of American cyber d',
      href: '/id/source/atlas-us-eu#st-us-signatory-of-budapest',
    });
    expect(signatory?.sources[0]).toEqual({
      link: { iri: entityIri('source', 'atlas-us-eu'), href: '/id/source/atlas-us-eu', label: 'Cyber Diplomacy Atlas: United States compared with European Union' },
      url: 'https://eucyberdirect.eu/atlas/country/united-states/compare/european-union',
    });
    expect(signatory?.qualifiers.map((q) => q.name)).toEqual(['engagement level', 'as of']);
  });

  test('does not repeat in the property table a triple that a fact already tells', () => {
    const names = us.properties.map((p) => p.property.label);
    expect(names).not.toContain('signatory of');
    expect(names).toEqual(expect.arrayContaining(['rdfs:label', 'skos:altLabel']));
  });

  test('lists related entities once each, by label, without statements', () => {
    expect(us.related.map((l) => l.label)).toEqual(['Ad Hoc Committee', 'Budapest Convention', 'Cyber Diplomacy Atlas: United States compared with European Union']);
  });

  test('links the data in every format', () => {
    expect(us.formats.map((f) => f.href)).toEqual(['html', 'ttl', 'jsonld', 'rdf', 'nt'].map((s) => `/id/state/united-states.${s}`));
  });

  test('embeds schema.org JSON-LD with the type, name and Wikidata link', () => {
    expect(us.jsonLd).toEqual({
      '@context': { '@vocab': 'https://schema.org/' },
      '@id': US,
      '@type': ['Country'],
      name: 'United States',
      alternateName: ['US'],
      sameAs: ['http://www.wikidata.org/entity/Q30'],
    });
  });

  test('shows facts where the entity is the object, and plain incoming links', async () => {
    const budapest = await view(entityIri('instrument', 'budapest-convention'));
    expect(budapest.jsonLd['@type']).toEqual(['Legislation']);
    expect(budapest.facts.map((f) => f.subject.kind === 'link' && f.subject.link.label)).toEqual(
      expect.arrayContaining(['United States', 'European Union', '<script>alert(1)</script>']),
    );
  });
});
