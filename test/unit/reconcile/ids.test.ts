/** Unit tests of src/reconcile/ids.ts: entity ids are IRIs less the identifier space; types and properties prefixed names. */
import { CDKG, SKOS } from '../../../ontology/namespaces';
import { IDENTIFIER_SPACE, entityId, entityIri, termId, termIri } from '../../../src/reconcile/ids';

describe('entity ids', () => {
  it('are the IRI without the identifier space, and back', () => {
    expect(entityId(`${IDENTIFIER_SPACE}instrument/untoc`)).toBe('instrument/untoc');
    expect(entityIri('instrument/untoc', 'x')).toBe(`${IDENTIFIER_SPACE}instrument/untoc`);
  });

  it('may also be given as prefixed names or IRIs', () => {
    expect(entityIri('instrument:untoc', 'x')).toBe(`${IDENTIFIER_SPACE}instrument/untoc`);
    expect(entityIri(`${IDENTIFIER_SPACE}state/united-states`, 'x')).toBe(`${IDENTIFIER_SPACE}state/united-states`);
  });

  it('refuse what is neither, naming the place', () => {
    expect(() => entityIri('not an id', 'extend.ids')).toThrow(/extend\.ids: "not an id" is not an entity id/);
  });
});

describe('type and property ids', () => {
  it('are prefixed names of the CDKG prefixes', () => {
    expect(termId(CDKG.Convention)).toBe('cdkg:Convention');
    expect(termId(SKOS.exactMatch)).toBe('skos:exactMatch');
    expect(termIri('cdkg:partyTo', 'x')).toBe(CDKG.partyTo);
  });

  it('stay IRIs where no prefix fits', () => {
    expect(termId('http://example.org/vocab#p')).toBe('http://example.org/vocab#p');
    expect(termIri('http://example.org/vocab#p', 'x')).toBe('http://example.org/vocab#p');
  });

  it('refuse text that is neither a prefixed name nor an IRI', () => {
    expect(() => termIri('no such', 'queries.q0.type')).toThrow(/queries\.q0\.type: "no such" is neither/);
  });
});
