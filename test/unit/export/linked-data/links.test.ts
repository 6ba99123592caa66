/** Unit tests of src/export/linked-data/links.ts: CDKG IRIs map to local paths under the public base and back, and foreign IRIs are linked as they are. */
import { BASE, SKOS, entityIri } from '../../../../ontology/namespaces';
import { hrefOf, iriOfPath, link, localPath } from '../../../../src/export/linked-data/links';

const US = entityIri('state', 'united-states');

describe('localPath', () => {
  it('gives the path of an IRI under the public base, keeping a fragment', () => {
    expect(localPath(US, BASE)).toBe('/id/state/united-states');
    expect(localPath(`${BASE}ontology#State`, BASE)).toBe('/ontology#State');
  });

  it('gives nothing for an IRI outside the public base', () => {
    expect(localPath(SKOS.prefLabel, BASE)).toBeUndefined();
  });
});

describe('hrefOf', () => {
  it('links CDKG IRIs by local path and the rest of the web by IRI', () => {
    expect(hrefOf(US, BASE)).toBe('/id/state/united-states');
    expect(hrefOf(SKOS.prefLabel, BASE)).toBe(SKOS.prefLabel);
  });
});

describe('iriOfPath', () => {
  it('is the inverse of localPath, leading slashes counting as one', () => {
    expect(iriOfPath('/id/state/united-states', BASE)).toBe(US);
    expect(iriOfPath('//id/state/united-states', BASE)).toBe(US);
    expect(iriOfPath(localPath(US, BASE) as string, BASE)).toBe(US);
  });
});

describe('link', () => {
  it('carries the IRI, its href and the label, or the compact IRI when there is no label', () => {
    expect(link(US, 'United States', BASE)).toEqual({ iri: US, href: '/id/state/united-states', label: 'United States' });
    expect(link(US, undefined, BASE)).toEqual({ iri: US, href: '/id/state/united-states', label: 'state:united-states' });
    expect(link(SKOS.prefLabel, undefined, BASE)).toEqual({ iri: SKOS.prefLabel, href: SKOS.prefLabel, label: 'skos:prefLabel' });
  });
});
