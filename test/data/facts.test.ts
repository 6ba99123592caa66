/**
 * Every fact of the source passage (issue 2, "US: …" and "EU: …") and the
 * reference facts are in the data twice: as a plain triple and as a
 * statement node with its source, quote and qualifiers (docs/data-model.md).
 */
import { DataFactory } from 'n3';
import type * as RDF from '@rdfjs/types';
import { CDKG, ID_NS, RDF as RDFNS, RDFS, XSD, entityIri } from '../../ontology/namespaces';
import { PROPERTIES } from '../../ontology/model';
import { dataQuads, statementNodes, termKey, type StatementNode } from './kb-data';

const { namedNode, literal } = DataFactory;

const iri = namedNode;
const st = (slug: string) => iri(entityIri('state', slug));
const ins = (slug: string) => iri(entityIri('instrument', slug));
const proc = (slug: string) => iri(entityIri('process', slug));
const org = (slug: string) => iri(entityIri('organisation', slug));
const concept = (slug: string) => iri(entityIri('concept', slug));
const source = (slug: string) => entityIri('source', slug);
const date = (value: string) => literal(value, namedNode(value.length === 4 ? XSD.gYear : value.length === 7 ? XSD.gYearMonth : XSD.date));
const count = (n: number) => literal(String(n), namedNode(XSD.integer));
const text = (value: string) => literal(value);
const english = (value: string) => literal(value, 'en');

const US = st('united-states');
const EU = iri(entityIri('union', 'european-union'));
const EU_MEMBER_STATES = iri(entityIri('group', 'eu-member-states'));
const BUDAPEST = ins('budapest-convention');
const RES_74_247 = ins('unga-resolution-74-247');
const RES_75_282 = ins('unga-resolution-75-282');
const AD_HOC = proc('ad-hoc-committee');
const US_UK = ins('us-uk-data-access-agreement');
const US_AUSTRALIA = ins('us-australia-cloud-act-agreement');
const CLOUD_ACT = ins('cloud-act');
const CONSISTENCY = concept('consistent-with-gge-and-oewg');
const ORGANISATIONAL_SESSION = iri(entityIri('event', 'ad-hoc-committee-organisational-session'));
const UNCC = ins('un-convention-against-cybercrime');
const DRAFT_75_282 = ins('draft-resolution-a-75-l-87-rev-1');
const ATLAS = source('atlas-us-eu');

interface Qualifiers {
  readonly stance?: string;
  readonly level?: string;
  readonly inProcess?: RDF.Term;
  readonly early?: boolean;
  readonly pointInTime?: RDF.Literal;
  readonly validFrom?: RDF.Literal;
  readonly validUntil?: RDF.Literal;
  readonly ratifiedOn?: RDF.Literal;
  readonly depositedOn?: RDF.Literal;
  readonly atSession?: RDF.Term;
}
type Fact = readonly [RDF.Term, string, RDF.Term, Qualifiers?];

/** The source passage, sentence by sentence (issue 2). */
const ATLAS_FACTS: readonly Fact[] = [
  // US
  [US, CDKG.signatoryOf, BUDAPEST],
  [US, CDKG.promotes, BUDAPEST, { stance: CDKG.promoting, early: true }],
  [US, CDKG.opposes, RES_74_247, { stance: CDKG.opposing, pointInTime: date('2019') }],
  [RES_74_247, CDKG.sponsoredBy, st('russia')],
  [RES_74_247, CDKG.proposesAlternativeTo, BUDAPEST],
  [US, CDKG.participatesIn, AD_HOC],
  [AD_HOC, CDKG.establishedBy, RES_74_247],
  [US, CDKG.criticises, RES_75_282, { stance: CDKG.criticising }],
  [US, CDKG.prioritises, concept('balanced'), { inProcess: AD_HOC }],
  [US, CDKG.prioritises, concept('inclusive'), { inProcess: AD_HOC }],
  [US, CDKG.prioritises, concept('consensus-based'), { inProcess: AD_HOC }],
  [US, CDKG.partyTo, ins('untoc'), { level: CDKG.multilateral }],
  [US, CDKG.partyTo, ins('oas-a-55'), { level: CDKG.multilateral }],
  [ins('oas-a-55'), CDKG.underAuspicesOf, org('organization-of-american-states')],
  [US, CDKG.memberOf, org('interpol'), { level: CDKG.multilateral }],
  [US, CDKG.concluded, US_UK, { level: CDKG.bilateral }],
  [US, CDKG.concludedWith, st('united-kingdom'), { level: CDKG.bilateral }],
  [US_UK, CDKG.concludedUnder, CLOUD_ACT],
  [US_UK, CDKG.purpose, literal('cross-border data sharing directly between US companies and the British government', 'en')],
  [US, CDKG.seeksMoreAgreementsUnder, CLOUD_ACT, { level: CDKG.bilateral }],
  [US, CDKG.negotiates, US_AUSTRALIA, { level: CDKG.bilateral }],
  [US, CDKG.negotiatingWith, st('australia'), { level: CDKG.bilateral }],
  // EU
  [EU, CDKG.champions, BUDAPEST, { stance: CDKG.championing, early: true }],
  [BUDAPEST, CDKG.underAuspicesOf, org('council-of-europe')],
  [EU, CDKG.overlapsInMembershipWith, org('council-of-europe')],
  [EU, CDKG.promotes, BUDAPEST, { stance: CDKG.promoting }],
  [EU_MEMBER_STATES, CDKG.opposes, RES_74_247, { stance: CDKG.opposing }],
  [EU_MEMBER_STATES, CDKG.memberStatesOf, EU],
  [EU, CDKG.representedBy, EU_MEMBER_STATES, { inProcess: AD_HOC }],
  [EU, CDKG.prioritises, concept('inclusive'), { inProcess: AD_HOC }],
  [EU, CDKG.prioritises, concept('transparent'), { inProcess: AD_HOC }],
  [EU, CDKG.prioritises, CONSISTENCY, { inProcess: AD_HOC }],
  [EU, CDKG.prioritises, concept('legal-consistency'), { inProcess: AD_HOC }],
  [CONSISTENCY, CDKG.consistentWith, proc('un-gge-2019-2021')],
  [CONSISTENCY, CDKG.consistentWith, proc('oewg-2019-2021')],
  [CONSISTENCY, CDKG.consistentWith, proc('oewg-2021-2025')],
];

/** Reference facts: the triple, the source of its row in reference-facts.md, the row's confidence and the dates. */
const REFERENCE_FACTS: readonly (readonly [...Fact, string, 'high' | 'medium'])[] = [
  [BUDAPEST, CDKG.documentSymbol, text('ETS No. 185'), {}, 'wikipedia-budapest-convention', 'high'],
  [BUDAPEST, CDKG.adoptedBy, org('council-of-europe-committee-of-ministers'), { pointInTime: date('2001-11-08') }, 'wikipedia-budapest-convention', 'high'],
  [BUDAPEST, CDKG.adoptedOn, date('2001-11-08'), {}, 'wikipedia-budapest-convention', 'high'],
  // Opening a convention for signature is not a party's signature (cdkg:signedOn is for bilateral agreements).
  [BUDAPEST, CDKG.openedForSignatureOn, date('2001-11-23'), {}, 'wikipedia-budapest-convention', 'high'],
  [BUDAPEST, CDKG.enteredIntoForceOn, date('2004-07-01'), {}, 'wikipedia-budapest-convention', 'high'],
  [US, CDKG.tookPartInDrafting, BUDAPEST, {}, 'wikipedia-budapest-convention', 'high'],
  [US, CDKG.observerOf, org('council-of-europe'), {}, 'wikipedia-budapest-convention', 'high'],
  [US, CDKG.signatoryOf, BUDAPEST, { pointInTime: date('2001-11-23') }, 'sedlak-law-international-cybercrime-treaty', 'medium'],
  [US, CDKG.partyTo, BUDAPEST, { depositedOn: date('2006-09-29'), validFrom: date('2007-01-01') }, 'us-embassy-japan-budapest-ratification', 'high'],
  [RES_74_247, CDKG.officialTitle, literal('Countering the use of information and communications technologies for criminal purposes', 'en'), {}, 'unodc-ad-hoc-committee', 'high'],
  [RES_74_247, CDKG.adoptedOn, date('2019-12-27'), {}, 'unodc-ad-hoc-committee', 'high'],
  [RES_74_247, CDKG.votesInFavour, count(79), {}, 'scmp-3043763', 'high'],
  [RES_74_247, CDKG.votesAgainst, count(60), {}, 'scmp-3043763', 'high'],
  [RES_74_247, CDKG.abstentions, count(33), {}, 'scmp-3043763', 'high'],
  [RES_74_247, CDKG.adoptionMode, iri(CDKG.recordedVote), {}, 'scmp-3043763', 'high'],
  [RES_74_247, CDKG.documentSymbol, text('A/RES/74/247'), {}, 'un-press-ga12309', 'high'],
  [ins('draft-resolution-a-c-3-74-l-11'), CDKG.documentSymbol, text('A/C.3/74/L.11'), {}, 'draft-a-c-3-74-l-11-text', 'high'],
  [ins('draft-resolution-a-c-3-74-l-11'), CDKG.sponsoredBy, st('russia'), {}, 'draft-a-c-3-74-l-11-text', 'high'],
  [ins('draft-resolution-a-c-3-74-l-11'), CDKG.draftOf, RES_74_247, {}, 'draft-a-c-3-74-l-11-text', 'high'],
  [ins('draft-resolution-a-c-3-74-l-11'), CDKG.votesInFavour, count(88), {}, 'draft-a-c-3-74-l-11-text', 'high'],
  [US, CDKG.opposes, ins('draft-resolution-a-c-3-74-l-11'), { stance: CDKG.opposing, pointInTime: date('2019-11-18') }, 'draft-a-c-3-74-l-11-text', 'high'],
  [EU_MEMBER_STATES, CDKG.opposes, ins('draft-resolution-a-c-3-74-l-11'), { stance: CDKG.opposing, pointInTime: date('2019-11-18') }, 'draft-a-c-3-74-l-11-text', 'high'],
  [AD_HOC, CDKG.establishedBy, RES_74_247, {}, 'un-press-ga12309', 'high'],
  [US, CDKG.viceChairOf, AD_HOC, { pointInTime: date('2021-05'), atSession: ORGANISATIONAL_SESSION }, 'unodc-ad-hoc-committee', 'high'],
  [st('australia'), CDKG.viceChairOf, AD_HOC, { atSession: ORGANISATIONAL_SESSION }, 'unodc-ad-hoc-committee', 'high'],
  [st('portugal'), CDKG.viceChairOf, AD_HOC, { atSession: ORGANISATIONAL_SESSION }, 'unodc-ad-hoc-committee', 'high'],
  [ORGANISATIONAL_SESSION, CDKG.sessionOf, AD_HOC, {}, 'unodc-ad-hoc-committee', 'high'],
  [ORGANISATIONAL_SESSION, CDKG.heldIn, english('New York'), {}, 'unodc-ad-hoc-committee', 'high'],
  [ORGANISATIONAL_SESSION, CDKG.startDate, date('2021-05-10'), {}, 'unodc-ad-hoc-committee', 'high'],
  [ORGANISATIONAL_SESSION, CDKG.endDate, date('2021-05-12'), {}, 'unodc-ad-hoc-committee', 'high'],
  [RES_75_282, CDKG.adoptedOn, date('2021-05-26'), {}, 'un-press-ga12328', 'high'],
  [RES_75_282, CDKG.adoptionMode, iri(CDKG.withoutRecordedVote), {}, 'un-press-ga12328', 'high'],
  [RES_75_282, CDKG.amendmentsBeforeAdoption, count(3), {}, 'un-press-ga12328', 'high'],
  [DRAFT_75_282, CDKG.draftOf, RES_75_282, {}, 'un-press-ga12328', 'high'],
  [DRAFT_75_282, CDKG.builtOnTextOf, st('russia'), {}, 'un-press-ga12328', 'high'],
  [DRAFT_75_282, CDKG.builtOnTextOf, US, {}, 'un-press-ga12328', 'high'],
  [AD_HOC, CDKG.outcome, ins('un-convention-against-cybercrime'), { pointInTime: date('2024-08') }, 'unodc-convention-against-cybercrime', 'high'],
  [UNCC, CDKG.adoptedOn, date('2024-12-24'), {}, 'unodc-convention-against-cybercrime', 'high'],
  [UNCC, CDKG.adoptionMode, iri(CDKG.withoutVote), {}, 'unodc-convention-against-cybercrime', 'high'],
  [UNCC, CDKG.openedForSignatureOn, date('2025-10-25'), {}, 'unodc-convention-against-cybercrime', 'high'],
  [UNCC, CDKG.openForSignatureUntil, date('2026-12-31'), {}, 'unodc-convention-against-cybercrime', 'high'],
  [UNCC, CDKG.entryIntoForceCondition, english('90 days after the 40th ratification'), {}, 'unodc-convention-against-cybercrime', 'high'],
  [ins('untoc'), CDKG.adoptedOn, date('2000-11-15'), {}, 'un-audiovisual-library-untoc', 'high'],
  [ins('untoc'), CDKG.adoptedByResolution, ins('unga-resolution-55-25'), { pointInTime: date('2000-11-15') }, 'un-audiovisual-library-untoc', 'high'],
  [ins('unga-resolution-55-25'), CDKG.documentSymbol, text('A/RES/55/25'), {}, 'un-audiovisual-library-untoc', 'high'],
  [ins('untoc'), CDKG.enteredIntoForceOn, date('2003-09-29'), {}, 'un-audiovisual-library-untoc', 'high'],
  [US, CDKG.signatoryOf, ins('untoc'), { pointInTime: date('2000-12-13') }, 'us-state-department-2005-untoc', 'high'],
  [US, CDKG.partyTo, ins('untoc'), { depositedOn: date('2005-11-03'), validFrom: date('2005-12-03') }, 'us-state-department-2005-untoc', 'high'],
  [ins('oas-a-55'), CDKG.adoptedOn, date('1992-05-23'), {}, 'oas-a-55-signatories', 'high'],
  [ins('oas-a-55'), CDKG.enteredIntoForceOn, date('1996-04-14'), {}, 'oas-a-55-signatories', 'high'],
  [US, CDKG.signatoryOf, ins('oas-a-55'), { pointInTime: date('1995-01-10') }, 'oas-a-55-signatories', 'high'],
  // Ratification and deposit are two events, each with its own date.
  [US, CDKG.partyTo, ins('oas-a-55'), { ratifiedOn: date('2001-01-05'), depositedOn: date('2001-05-25') }, 'oas-a-55-signatories', 'high'],
  [CLOUD_ACT, CDKG.enactedBy, US, {}, 'etechlaw-us-uk-cloud-act', 'medium'],
  [CLOUD_ACT, CDKG.adoptedOn, date('2018-03'), {}, 'etechlaw-us-uk-cloud-act', 'medium'],
  [CLOUD_ACT, CDKG.partOf, ins('consolidated-appropriations-act-2018'), {}, 'etechlaw-us-uk-cloud-act', 'medium'],
  [CLOUD_ACT, CDKG.partDesignation, text('Division V'), {}, 'etechlaw-us-uk-cloud-act', 'medium'],
  [US_UK, CDKG.signedOn, date('2019-10-03'), {}, 'natlawreview-us-uk-cloud-act', 'high'],
  [US_UK, CDKG.enteredIntoForceOn, date('2022-10-03'), {}, 'natlawreview-us-uk-cloud-act', 'high'],
  // The passage says "negotiating"; the agreement was signed later: both are kept, each dated.
  [US, CDKG.negotiates, US_AUSTRALIA, { level: CDKG.bilateral, validFrom: date('2019-10-07'), validUntil: date('2021-12-15') }, 'insideprivacy-us-australia-cloud-act', 'high'],
  [US, CDKG.concluded, US_AUSTRALIA, { level: CDKG.bilateral, pointInTime: date('2021-12-15') }, 'insideprivacy-us-australia-cloud-act', 'high'],
  [US_AUSTRALIA, CDKG.signedOn, date('2021-12-15'), {}, 'insideprivacy-us-australia-cloud-act', 'high'],
  [proc('un-gge-2019-2021'), CDKG.establishedBy, ins('unga-resolution-73-266'), {}, 'unidir-oewg-and-gge', 'high'],
  [proc('oewg-2019-2021'), CDKG.establishedBy, ins('unga-resolution-73-27'), {}, 'reaching-critical-will-oewg', 'high'],
  [proc('oewg-2021-2025'), CDKG.establishedBy, ins('unga-resolution-75-240'), {}, 'un-web-tv-oewg-2021-2025', 'high'],
  [ins('unga-resolution-75-240'), CDKG.documentSymbol, text('A/RES/75/240'), {}, 'un-web-tv-oewg-2021-2025', 'high'],
];

const quads = dataQuads();
const plain = new Set(quads.map((q) => `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`));
const nodes = statementNodes(quads);
const show = (t: RDF.Term) => t.value.replace(ID_NS, '');

function hasTriple(s: RDF.Term, p: string, o: RDF.Term): boolean {
  return plain.has(`${termKey(s)} ${termKey(namedNode(p))} ${termKey(o)}`);
}

/** Statement nodes of the triple from the source that carry every qualifier asked for. */
function matching(s: RDF.Term, p: string, o: RDF.Term, sourceIri: string, q: Qualifiers = {}): StatementNode[] {
  const has = (n: StatementNode, prop: string, value: RDF.Term | undefined) =>
    value === undefined || (n.qualifiers.get(prop) ?? []).some((v) => v.equals(value));
  return nodes.filter(
    (n) =>
      n.subject?.equals(s) &&
      n.predicate?.value === p &&
      n.object?.equals(o) &&
      n.sources.includes(sourceIri) &&
      n.quotes.length === 1 &&
      n.quotes[0].trim() !== '' &&
      has(n, CDKG.stance, q.stance ? namedNode(q.stance) : undefined) &&
      has(n, CDKG.engagementLevel, q.level ? namedNode(q.level) : undefined) &&
      has(n, CDKG.inProcess, q.inProcess) &&
      has(n, CDKG.early, q.early ? literal('true', namedNode(XSD.boolean)) : undefined) &&
      has(n, CDKG.pointInTime, q.pointInTime) &&
      has(n, CDKG.validFrom, q.validFrom) &&
      has(n, CDKG.validUntil, q.validUntil) &&
      has(n, CDKG.ratifiedOn, q.ratifiedOn) &&
      has(n, CDKG.depositedOn, q.depositedOn) &&
      has(n, CDKG.atSession, q.atSession),
  );
}

describe('facts of the source passage', () => {
  it.each(ATLAS_FACTS.map((f) => [`${show(f[0])} ${show(namedNode(f[1]))} ${show(f[2])}`, f] as const))(
    '%s is a plain triple and a statement node from the Atlas with its quote and qualifiers',
    (_name, [s, p, o, q]) => {
      expect(hasTriple(s, p, o)).toBe(true);
      const found = matching(s, p, o, ATLAS, q);
      expect(found.map((n) => n.iri)).not.toHaveLength(0);
      for (const n of found) expect(n.qualifiers.get(CDKG.asOf)).toEqual([date('2021')]);
    },
  );
});

describe('reference facts', () => {
  it.each(REFERENCE_FACTS.map((f) => [`${show(f[0])} ${show(namedNode(f[1]))} ${show(f[2])} (${f[4]})`, f] as const))(
    '%s is a plain triple and a statement node from its reference source with the row confidence',
    (_name, [s, p, o, q, src, confidence]) => {
      expect(hasTriple(s, p, o)).toBe(true);
      const found = matching(s, p, o, source(src), q);
      expect(found.map((n) => n.iri)).not.toHaveLength(0);
      for (const n of found) expect(n.qualifiers.get(CDKG.confidence)).toEqual([literal(confidence)]);
    },
  );
});

describe('qualifiers', () => {
  const key = (s: RDF.Term, p: RDF.Term | string, o: RDF.Term) => `${termKey(s)} ${typeof p === 'string' ? p : p.value} ${termKey(o)}`;

  it('give a stance only where a fact of the tables above names that stance', () => {
    const expected = new Set([...ATLAS_FACTS, ...REFERENCE_FACTS].filter((f) => f[3]?.stance).map((f) => `${key(f[0], f[1], f[2])} ${f[3]?.stance}`));
    const given = nodes.flatMap((n) => (n.qualifiers.get(CDKG.stance) ?? []).map((v) => `${key(n.subject!, n.predicate!, n.object!)} ${v.value}`));
    expect(given.filter((g) => !expected.has(g))).toEqual([]);
  });

  it('give no stance to the US taking part in the Ad Hoc Committee, which it agreed to "despite" its criticism', () => {
    const participation = nodes.filter((n) => n.subject?.equals(US) && n.predicate?.value === CDKG.participatesIn && n.object?.equals(AD_HOC));
    expect(participation).not.toHaveLength(0);
    expect(participation.flatMap((n) => n.qualifiers.get(CDKG.stance) ?? [])).toEqual([]);
  });

  it('keep the opening of a convention for signature apart from signatures: cdkg:signedOn is only on bilateral agreements', () => {
    const bilateral = new Set(quads.filter((q) => q.predicate.value === RDFNS.type && q.object.value === CDKG.BilateralAgreement).map((q) => q.subject.value));
    const signedOn = quads.filter((q) => q.predicate.value === CDKG.signedOn).map((q) => q.subject.value);
    expect(signedOn.length).toBeGreaterThan(0);
    expect(signedOn.filter((s) => !bilateral.has(s))).toEqual([]);
  });
});

/** Atlas readings that map the passage's words to an entity it does not name: confidence "medium", the reason in a comment. */
const INFERRED_ATLAS_READINGS = [
  'us-criticises-unga-resolution-75-282', // "was seen as": the passage does not say who saw it so
  'eu-member-states-opposed-russian-bids', // "Russian bids" names no resolution
  'consistency-with-un-gge-2019-2021', // "the UNGGE" names no mandate period
  'consistency-with-oewg-2019-2021', // "OEWG processes" names no mandate period
  'consistency-with-oewg-2021-2025',
].map((slug) => entityIri('statement', slug));

describe('confidence', () => {
  const atlas = nodes.filter((n) => n.sources.includes(ATLAS));
  const confidence = (n: StatementNode) => n.qualifiers.get(CDKG.confidence)?.[0]?.value;
  const comments = (n: StatementNode) => (n.qualifiers.get(RDFS.comment) ?? []).filter((c) => c.termType === 'Literal' && c.language === 'en');

  it('is "medium" on the Atlas readings that infer what the passage does not name, each saying why in an English comment', () => {
    const inferred = atlas.filter((n) => INFERRED_ATLAS_READINGS.includes(n.iri));
    expect(inferred.map((n) => n.iri).sort()).toEqual([...INFERRED_ATLAS_READINGS].sort());
    expect(inferred.filter((n) => confidence(n) !== 'medium' || comments(n).length !== 1).map((n) => n.iri)).toEqual([]);
  });

  it('is "high" on every other Atlas statement', () => {
    expect(atlas.filter((n) => !INFERRED_ATLAS_READINGS.includes(n.iri) && confidence(n) !== 'high').map((n) => n.iri)).toEqual([]);
  });

  it('keeps the EU member states\' "no" vote of 18 Nov 2019 on the draft of 74/247 sourced and "high"', () => {
    const vote = matching(EU_MEMBER_STATES, CDKG.opposes, ins('draft-resolution-a-c-3-74-l-11'), source('draft-a-c-3-74-l-11-text'), { pointInTime: date('2019-11-18') });
    expect(vote.map(confidence)).toEqual(['high']);
  });
});

describe('the US as a Council of Europe observer state', () => {
  it('is not dated, as its source gives no date, and says so in an English comment', () => {
    const observer = matching(US, CDKG.observerOf, org('council-of-europe'), source('wikipedia-budapest-convention'));
    expect(observer).toHaveLength(1);
    const dating = [CDKG.pointInTime, CDKG.validFrom, CDKG.validUntil, CDKG.asOf].flatMap((p) => observer[0].qualifiers.get(p) ?? []);
    expect(dating).toEqual([]);
    expect(observer[0].qualifiers.get(RDFS.comment)).toEqual([expect.objectContaining({ language: 'en' })]);
    expect(observer[0].labels.map((l) => l.value)).toEqual(['United States an observer state of the Council of Europe when the Budapest Convention was drafted']);
  });
});

describe('the ontology', () => {
  it('has no fact property that the data leaves unused', () => {
    const used = new Set(nodes.map((n) => n.predicate?.value));
    expect(PROPERTIES.filter((p) => p.fact && !used.has(p.iri)).map((p) => p.iri)).toEqual([]);
  });
});

describe('statement nodes', () => {
  it('exist in number for every fact table above', () => {
    expect(nodes.length).toBeGreaterThanOrEqual(ATLAS_FACTS.length + REFERENCE_FACTS.length);
  });

  it('each have one subject, predicate, object and quote, a source, an English label and a confidence', () => {
    const bad = nodes.filter(
      (n) =>
        !n.subject || !n.predicate || !n.object || n.quotes.length !== 1 || n.sources.length === 0 ||
        !n.labels.some((l) => l.language === 'en') || (n.qualifiers.get(CDKG.confidence) ?? []).length !== 1,
    );
    expect(bad.map((n) => n.iri)).toEqual([]);
  });

  it('each state a triple that is also present as a plain triple', () => {
    const missing = nodes.filter((n) => n.subject && n.predicate && n.object && !hasTriple(n.subject, n.predicate.value, n.object));
    expect(missing.map((n) => n.iri)).toEqual([]);
  });

  it('exist for every plain triple of a fact property', () => {
    const facts = new Set(PROPERTIES.filter((p) => p.fact).map((p) => p.iri));
    const stated = new Set(nodes.map((n) => `${termKey(n.subject!)} ${termKey(n.predicate!)} ${termKey(n.object!)}`));
    const unstated = quads
      .filter((q) => facts.has(q.predicate.value))
      .map((q) => `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`)
      .filter((k) => !stated.has(k));
    expect(unstated).toEqual([]);
  });
});
