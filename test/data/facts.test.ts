/**
 * Every fact of the source passage (issue 2, "US: …" and "EU: …") and the
 * reference facts are in the data twice: as a plain triple and as a
 * statement node with its source, quote and qualifiers (docs/data-model.md).
 */
import { DataFactory } from 'n3';
import type * as RDF from '@rdfjs/types';
import { CDKG, ID_NS, RDF as RDFNS, RDFS, SCHEMA, XSD, entityIri } from '../../ontology/namespaces';
import { PROPERTIES } from '../../ontology/model';
import {
  AD_HOC, BUDAPEST, CLOUD_ACT, EU, EU_MEMBER_STATES, RES_74_247, RES_75_282, US, US_AUSTRALIA, US_UK,
  concept, date, ins, org, proc, st, type Fact, type Qualifiers,
} from '../fixtures/facts/terms';
import { ATLAS, REFERENCE_SOURCES } from '../fixtures/reference-facts';
import { dataQuads, statementNodes, termKey, type StatementNode } from './kb-data';

const { namedNode, literal } = DataFactory;

const source = (slug: string) => entityIri('source', slug);
const CONSISTENCY = concept('consistent-with-gge-and-oewg');

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

/** Reference facts (test/fixtures/reference-facts.ts): the fact, the URL of its source page and the confidence it is recorded with. */
const REFERENCE_FACTS = REFERENCE_SOURCES.flatMap((src) => src.facts.map((f) => [f[0], f[1], f[2], f[3] ?? {}, src.url, src.confidence] as const));

const quads = dataQuads();
const plain = new Set(quads.map((q) => `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`));
const nodes = statementNodes(quads);
const show = (t: RDF.Term) => t.value.replace(ID_NS, '');

function hasTriple(s: RDF.Term, p: string, o: RDF.Term): boolean {
  return plain.has(`${termKey(s)} ${termKey(namedNode(p))} ${termKey(o)}`);
}

/** Each qualifier of the fact tables: its property and the term it is written as. */
const QUALIFIERS: { readonly [K in keyof Qualifiers]-?: { readonly property: string; readonly term: (v: NonNullable<Qualifiers[K]>) => RDF.Term } } = {
  stance: { property: CDKG.stance, term: (v) => namedNode(v) },
  level: { property: CDKG.engagementLevel, term: (v) => namedNode(v) },
  inProcess: { property: CDKG.inProcess, term: (v) => v },
  early: { property: CDKG.early, term: (v) => literal(String(v), namedNode(XSD.boolean)) },
  pointInTime: { property: CDKG.pointInTime, term: (v) => v },
  validFrom: { property: CDKG.validFrom, term: (v) => v },
  validUntil: { property: CDKG.validUntil, term: (v) => v },
  ratifiedOn: { property: CDKG.ratifiedOn, term: (v) => v },
  depositedOn: { property: CDKG.depositedOn, term: (v) => v },
  atSession: { property: CDKG.atSession, term: (v) => v },
};
const QUALIFIER_KEYS = Object.keys(QUALIFIERS) as (keyof Qualifiers)[];
/** The qualifiers of a fact as property and term pairs. */
function qualifierTerms(q: Qualifiers = {}): [string, RDF.Term][] {
  return QUALIFIER_KEYS.flatMap((k) => {
    const value = q[k];
    if (value === undefined) return [];
    const { property, term } = QUALIFIERS[k] as { property: string; term: (v: unknown) => RDF.Term };
    return [[property, term(value)]];
  });
}

/** Statement nodes of the triple from the source that carry every qualifier asked for. */
function matching(s: RDF.Term, p: string, o: RDF.Term, sourceIri: string, q: Qualifiers = {}): StatementNode[] {
  return nodes.filter(
    (n) =>
      n.subject?.equals(s) &&
      n.predicate?.value === p &&
      n.object?.equals(o) &&
      n.sources.includes(sourceIri) &&
      qualifierTerms(q).every(([prop, value]) => (n.qualifiers.get(prop) ?? []).some((v) => v.equals(value))),
  );
}

/** The cdkg:Source of each page, by its schema:url. */
const sourceByUrl = new Map(quads.filter((q) => q.predicate.value === SCHEMA.url).map((q) => [q.object.value, q.subject.value]));
/** Every fact of the tables with its qualifiers and the IRI of its source. */
const stated: readonly (readonly [RDF.Term, string, RDF.Term, Qualifiers, string])[] = [
  ...ATLAS_FACTS.map((f) => [f[0], f[1], f[2], f[3] ?? {}, ATLAS] as const),
  ...REFERENCE_FACTS.map((f) => [f[0], f[1], f[2], f[3], sourceByUrl.get(f[4]) ?? f[4]] as const),
];

describe('facts of the source passage', () => {
  it.each(ATLAS_FACTS.map((f) => [`${show(f[0])} ${show(namedNode(f[1]))} ${show(f[2])}`, f] as const))(
    '%s is a plain triple and a statement node from the Atlas with its quote and qualifiers',
    (_name, [s, p, o, q]) => {
      expect(hasTriple(s, p, o)).toBe(true);
      const found = matching(s, p, o, ATLAS, q);
      expect(found.map((n) => n.iri)).not.toHaveLength(0);
      for (const n of found) {
        expect(n.quotes).toEqual([expect.stringMatching(/\S/)]);
        expect(n.qualifiers.get(CDKG.asOf)).toEqual([date('2021')]);
      }
    },
  );
});

describe('reference facts', () => {
  it('are stated for every reference source page, each described in the data by its URL', () => {
    expect(REFERENCE_SOURCES).toHaveLength(18);
    expect(REFERENCE_SOURCES.filter((src) => !sourceByUrl.has(src.url)).map((src) => src.url)).toEqual([]);
  });

  it.each(REFERENCE_FACTS.map((f) => [`${show(f[0])} ${show(namedNode(f[1]))} ${show(f[2])} (${f[4]})`, f] as const))(
    '%s is a plain triple and a statement node from its reference source with its confidence',
    (_name, [s, p, o, q, url, confidence]) => {
      expect(hasTriple(s, p, o)).toBe(true);
      const found = matching(s, p, o, sourceByUrl.get(url) ?? url, q);
      expect(found.map((n) => n.iri)).not.toHaveLength(0);
      for (const n of found) expect(n.qualifiers.get(CDKG.confidence)).toEqual([literal(confidence)]);
    },
  );
});

describe('qualifiers', () => {
  const key = (s: RDF.Term, p: RDF.Term | string, o: RDF.Term) => `${termKey(s)} ${typeof p === 'string' ? p : p.value} ${termKey(o)}`;
  /** Triple, source, qualifier and value of every qualifier the tables give. */
  const expected = new Set(stated.flatMap(([s, p, o, q, src]) => qualifierTerms(q).map(([prop, v]) => `${key(s, p, o)} ${src} ${prop} ${termKey(v)}`)));

  it.each(QUALIFIER_KEYS.map((k) => [k, QUALIFIERS[k].property] as const))(
    'give %s (%s) only where a fact of the tables above, from the same source, gives that value',
    (_name, property) => {
      expect([...expected].some((e) => e.includes(` ${property} `))).toBe(true);
      const given = nodes.flatMap((n) =>
        (n.qualifiers.get(property) ?? []).flatMap((v) => n.sources.map((src) => `${key(n.subject!, n.predicate!, n.object!)} ${src} ${property} ${termKey(v)}`)),
      );
      expect(given.filter((g) => !expected.has(g))).toEqual([]);
    },
  );

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

  it('each state a fact of the tables above, from its source: nothing in the data goes unchecked', () => {
    const unstated = nodes.filter((n) => !stated.some(([s, p, o, , src]) => n.subject?.equals(s) && n.predicate?.value === p && n.object?.equals(o) && n.sources.includes(src)));
    expect(unstated.map((n) => n.iri)).toEqual([]);
  });

  // What a reference statement rests on (no quote: a curator's note, as its source's text is not stored) is checked by quotes.test.ts.
  it('each have one subject, predicate and object, a source, an English label and a confidence, and one quote if from the Atlas', () => {
    const bad = nodes.filter(
      (n) =>
        !n.subject || !n.predicate || !n.object || n.sources.length === 0 || (n.sources.includes(ATLAS) && n.quotes.length !== 1) ||
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

