/** Unit tests of src/export/linked-data/sentences.ts: property labels read as verb phrases, so that entity pages state facts as sentences. */
import { PROPERTIES } from '../../../../ontology/model';
import { CDKG } from '../../../../ontology/namespaces';
import { verbPhrase } from '../../../../src/export/linked-data/sentences';

const label = (iri: string) => PROPERTIES.find((p) => p.iri === iri)?.label as string;

describe('verbPhrase', () => {
  test.each([
    [CDKG.signatoryOf, false, 'is signatory of'],
    [CDKG.partyTo, false, 'is party to'],
    [CDKG.promotes, false, 'promotes'],
    [CDKG.participatesIn, false, 'participates in'],
    [CDKG.representedBy, false, 'is represented by'],
    [CDKG.underAuspicesOf, false, 'is under the auspices of'],
    [CDKG.overlapsInMembershipWith, false, 'overlaps in membership with'],
    [CDKG.concluded, false, 'concluded'],
    [CDKG.concludedWith, false, 'concluded with'],
    [CDKG.negotiatingWith, false, 'is negotiating with'],
    [CDKG.outcome, false, 'has outcome'],
    [CDKG.adoptedOn, true, 'was adopted on'],
    [CDKG.documentSymbol, true, 'has document symbol'],
    [CDKG.votesInFavour, true, 'has votes in favour'],
  ])('reads the label of %s as a verb phrase', (iri, literal, phrase) => {
    expect(verbPhrase(label(iri), literal)).toBe(phrase);
  });
});
