/**
 * The CDKG ontology, written as TypeScript data. `npm run build:ontology`
 * turns it into the OWL 2 ontology (ontology/cdkg.ttl) and the SHACL shapes
 * (ontology/shapes.ttl); nothing else defines a class or a property.
 */
import { CDKG, DCT, ELI, FOAF, OA, ORG, PROV, RDF, SCHEMA, SKOS, XSD, entityIri } from './namespaces';

export const ONTOLOGY_VERSION = '0.1.0';

export interface ClassDef {
  readonly iri: string;
  readonly label: string;
  readonly definition: string;
  readonly subClassOf?: readonly string[];
  /**
   * Terms of other vocabularies that mean nearly the same but not strictly enough for subclassing.
   * Written as rdfs:seeAlso, not skos:closeMatch: SKOS gives skos:closeMatch the domain and range
   * skos:Concept (SKOS Reference §10.6, through skos:semanticRelation), so under RDFS or OWL Full
   * semantics every class and property it links would become a skos:Concept; rdfs:seeAlso is an
   * annotation property built into OWL 2 and entails nothing about its subject.
   */
  readonly closeMatch?: readonly string[];
}

export interface PropertyDef {
  readonly iri: string;
  readonly label: string;
  readonly definition: string;
  readonly kind: 'object' | 'datatype';
  readonly domain: readonly string[];
  /** Classes (object properties) or datatypes (datatype properties); several mean "any of". */
  readonly range: readonly string[];
  readonly subPropertyOf?: readonly string[];
  /** As ClassDef.closeMatch (written as rdfs:seeAlso). */
  readonly closeMatch?: readonly string[];
  readonly symmetric?: boolean;
  /** Whether the property states a fact of the source and so needs a statement node beside the plain triple. */
  readonly fact?: boolean;
}

export interface ConceptDef {
  readonly iri: string;
  readonly label: string;
  readonly definition: string;
  readonly scheme: string;
}

export interface SchemeDef {
  readonly iri: string;
  readonly label: string;
  readonly definition: string;
  /** The class every member of the scheme belongs to. */
  readonly memberClass: string;
}

const ACTOR = [CDKG.Actor];
const INSTRUMENT = [CDKG.Instrument];
const DATES = [XSD.date, XSD.gYearMonth, XSD.gYear];

// cdkg:Statement is not declared a subclass of rdf:Statement: OWL 2 DL forbids reserved vocabulary as a class
// (Structural Specification §5.1), and RDFS entailment types statement nodes rdf:Statement anyway through the
// domain of rdf:subject (RDF 1.1 Semantics §9.2.1).
export const CLASSES: readonly ClassDef[] = [
  { iri: CDKG.Actor, label: 'actor', definition: 'A party that acts in the international governance of cyberspace: a state, a union of states, an international organisation or a group of states.', subClassOf: [PROV.Agent, FOAF.Agent] },
  { iri: CDKG.State, label: 'state', definition: 'A sovereign state acting in international relations.', subClassOf: [CDKG.Actor], closeMatch: [SCHEMA.Country] },
  { iri: CDKG.Union, label: 'union', definition: 'A supranational union of states with powers of its own, such as the European Union.', subClassOf: [CDKG.Actor, ORG.FormalOrganization], closeMatch: [SCHEMA.Organization] },
  { iri: CDKG.Organisation, label: 'international organisation', definition: 'An intergovernmental organisation such as the Council of Europe, the United Nations, the Organization of American States or Interpol.', subClassOf: [CDKG.Actor, ORG.FormalOrganization, SCHEMA.Organization] },
  { iri: CDKG.Organ, label: 'organ', definition: 'A principal organ or body of an international organisation that adopts instruments, such as the UN General Assembly.', subClassOf: [CDKG.Actor, ORG.OrganizationalUnit], closeMatch: [SCHEMA.GovernmentOrganization] },
  { iri: CDKG.ActorGroup, label: 'group of actors', definition: 'Several actors that the source treats as acting together, such as the member states of the European Union.', subClassOf: [CDKG.Actor, ORG.Organization], closeMatch: [SCHEMA.Organization] },
  { iri: CDKG.Instrument, label: 'instrument', definition: 'A legal or political text that states rules or commitments: a convention, an agreement, a resolution or a law.', subClassOf: [ELI.LegalResource, PROV.Entity], closeMatch: [SCHEMA.Legislation] },
  { iri: CDKG.Convention, label: 'convention', definition: 'A multilateral treaty open to many states, such as the Budapest Convention or UNTOC.', subClassOf: [CDKG.Instrument] },
  { iri: CDKG.BilateralAgreement, label: 'bilateral agreement', definition: 'An agreement between two parties, such as an agreement concluded under the CLOUD Act.', subClassOf: [CDKG.Instrument] },
  { iri: CDKG.Resolution, label: 'resolution', definition: 'A formal decision of an organ of an international organisation, such as a UN General Assembly resolution.', subClassOf: [CDKG.Instrument] },
  { iri: CDKG.DomesticLaw, label: 'domestic law', definition: 'A law enacted by one state, such as the US CLOUD Act.', subClassOf: [CDKG.Instrument, SCHEMA.Legislation] },
  { iri: CDKG.Process, label: 'process', definition: 'A diplomatic process or body in which actors negotiate or deliberate, such as the UN Ad Hoc Committee on cybercrime, the UN GGE or the OEWG.', subClassOf: [PROV.Activity], closeMatch: [SCHEMA.Event] },
  { iri: CDKG.Source, label: 'source', definition: 'A document that states facts recorded in CDKG.', subClassOf: [PROV.Entity, SCHEMA.CreativeWork] },
  { iri: CDKG.SourceText, label: 'stored source text', definition: 'A plain-text copy of the text of a source, kept with CDKG (the folder sources/ of its repository): the quotes of statements are checked against it and their text positions count its characters.', subClassOf: [PROV.Entity, FOAF.Document] },
  { iri: CDKG.Statement, label: 'statement', definition: 'One fact of CDKG as a node of its own (a qualified form of a plain triple) that carries the source, the quoted text the fact rests on and the time it holds for.', subClassOf: [PROV.Entity], closeMatch: [RDF.Statement] },
  { iri: CDKG.Stance, label: 'stance', definition: 'How an actor positions itself towards an instrument or a process: promoting, supporting, championing, criticising or opposing it.', subClassOf: [SKOS.Concept] },
  { iri: CDKG.Priority, label: 'priority', definition: 'A quality an actor seeks for a process, such as inclusiveness or transparency.', subClassOf: [SKOS.Concept] },
  { iri: CDKG.EngagementLevel, label: 'engagement level', definition: 'Whether an engagement is multilateral or bilateral, as the source frames it.', subClassOf: [SKOS.Concept] },
  { iri: CDKG.AdoptionMode, label: 'adoption mode', definition: 'How an organ adopted an instrument: by a recorded vote, without a vote, or without a recorded vote on the whole text.', subClassOf: [SKOS.Concept] },
  { iri: CDKG.Session, label: 'session', definition: 'A meeting of a process or body held at one place over one or more days, such as the organisational session of the Ad Hoc Committee.', subClassOf: [SCHEMA.Event, PROV.Activity] },
];

export const PROPERTIES: readonly PropertyDef[] = [
  // Relations between actors and instruments
  { iri: CDKG.signatoryOf, label: 'signatory of', definition: 'The actor has signed the instrument.', kind: 'object', domain: ACTOR, range: INSTRUMENT, fact: true },
  { iri: CDKG.partyTo, label: 'party to', definition: 'The actor is bound by the instrument, having ratified or acceded to it.', kind: 'object', domain: ACTOR, range: INSTRUMENT, fact: true },
  { iri: CDKG.promotes, label: 'promotes', definition: 'The actor works for the wider adoption or use of the instrument or process.', kind: 'object', domain: ACTOR, range: [CDKG.Instrument, CDKG.Process], fact: true },
  { iri: CDKG.champions, label: 'champions', definition: 'The actor promotes the instrument or process prominently and from early on.', kind: 'object', domain: ACTOR, range: [CDKG.Instrument, CDKG.Process], subPropertyOf: [CDKG.promotes], fact: true },
  { iri: CDKG.opposes, label: 'opposes', definition: 'The actor works or votes against the instrument or process.', kind: 'object', domain: ACTOR, range: [CDKG.Instrument, CDKG.Process], fact: true },
  { iri: CDKG.criticises, label: 'criticises', definition: 'The actor publicly objects to the content of the instrument or to how it came about, without necessarily opposing it as a whole.', kind: 'object', domain: ACTOR, range: [CDKG.Instrument, CDKG.Process], fact: true },
  { iri: CDKG.negotiates, label: 'negotiates', definition: 'The actor is negotiating the instrument, which is not yet concluded.', kind: 'object', domain: ACTOR, range: INSTRUMENT, fact: true },
  { iri: CDKG.concluded, label: 'concluded', definition: 'The actor has completed (signed) the agreement.', kind: 'object', domain: ACTOR, range: [CDKG.BilateralAgreement], subPropertyOf: [CDKG.signatoryOf], fact: true },
  { iri: CDKG.seeksMoreAgreementsUnder, label: 'seeks more agreements under', definition: 'The actor is trying to expand the kind of bilateral engagement that the law provides for, by concluding further agreements under it.', kind: 'object', domain: ACTOR, range: [CDKG.DomesticLaw], fact: true },
  { iri: CDKG.tookPartInDrafting, label: 'took part in drafting', definition: 'The actor took part in drafting the instrument, whether or not it later signed it.', kind: 'object', domain: ACTOR, range: INSTRUMENT, fact: true },
  // Relations between actors
  { iri: CDKG.memberOf, label: 'member of', definition: 'The actor is a member of the organisation.', kind: 'object', domain: ACTOR, range: [CDKG.Organisation, CDKG.Union], subPropertyOf: [ORG.memberOf], fact: true },
  { iri: CDKG.memberStatesOf, label: 'member states of', definition: 'The group consists of the member states of the union or organisation.', kind: 'object', domain: [CDKG.ActorGroup], range: [CDKG.Union, CDKG.Organisation], fact: true },
  { iri: CDKG.overlapsInMembershipWith, label: 'overlaps in membership with', definition: 'Many members of the one are members of the other.', kind: 'object', domain: ACTOR, range: ACTOR, symmetric: true, fact: true },
  { iri: CDKG.negotiatingWith, label: 'negotiating with', definition: 'The actor is negotiating an agreement with the other actor.', kind: 'object', domain: ACTOR, range: ACTOR, fact: true },
  { iri: CDKG.concludedWith, label: 'concluded with', definition: 'The actor has completed an agreement with the other actor.', kind: 'object', domain: ACTOR, range: ACTOR, fact: true },
  { iri: CDKG.observerOf, label: 'observer of', definition: 'The actor has observer status in the organisation without being a member.', kind: 'object', domain: ACTOR, range: [CDKG.Organisation], fact: true },
  // Relations with processes
  { iri: CDKG.participatesIn, label: 'participates in', definition: 'The actor takes part in the process.', kind: 'object', domain: ACTOR, range: [CDKG.Process], fact: true },
  { iri: CDKG.viceChairOf, label: 'vice-chair of', definition: 'The actor was elected a Vice-Chair of the process or body, and so takes part in it.', kind: 'object', domain: ACTOR, range: [CDKG.Process], subPropertyOf: [CDKG.participatesIn], fact: true },
  { iri: CDKG.representedBy, label: 'represented by', definition: 'In a process (given on the statement by cdkg:inProcess), the actor is represented by the other actor.', kind: 'object', domain: ACTOR, range: ACTOR, fact: true },
  { iri: CDKG.prioritises, label: 'prioritises', definition: 'The actor seeks this quality in a process (given on the statement by cdkg:inProcess).', kind: 'object', domain: ACTOR, range: [CDKG.Priority], fact: true },
  { iri: CDKG.establishedBy, label: 'established by', definition: 'The process or body was established by the resolution.', kind: 'object', domain: [CDKG.Process], range: [CDKG.Resolution], fact: true },
  { iri: CDKG.outcome, label: 'outcome', definition: 'The process produced the instrument.', kind: 'object', domain: [CDKG.Process], range: INSTRUMENT, fact: true },
  { iri: CDKG.consistentWith, label: 'consistent with', definition: 'The priority asks for consistency with the progress of the process.', kind: 'object', domain: [CDKG.Priority], range: [CDKG.Process], fact: true },
  // Relations of instruments
  { iri: CDKG.sponsoredBy, label: 'sponsored by', definition: 'The actor sponsored the draft of the resolution.', kind: 'object', domain: [CDKG.Resolution], range: ACTOR, fact: true },
  { iri: CDKG.adoptedBy, label: 'adopted by', definition: 'The organisation or organ adopted the instrument.', kind: 'object', domain: INSTRUMENT, range: ACTOR, subPropertyOf: [ELI.passed_by], fact: true },
  { iri: CDKG.underAuspicesOf, label: 'under the auspices of', definition: 'The instrument was drawn up and opened for signature under the auspices of the organisation.', kind: 'object', domain: INSTRUMENT, range: [CDKG.Organisation], fact: true },
  { iri: CDKG.concludedUnder, label: 'concluded under', definition: 'The agreement was concluded under the law, which provides for such agreements.', kind: 'object', domain: [CDKG.BilateralAgreement], range: [CDKG.DomesticLaw], fact: true },
  { iri: CDKG.enactedBy, label: 'enacted by', definition: 'The state enacted the law.', kind: 'object', domain: [CDKG.DomesticLaw], range: [CDKG.State], fact: true },
  { iri: CDKG.proposesAlternativeTo, label: 'proposes an alternative to', definition: 'The resolution calls for a legal instrument that would be an alternative to the other instrument.', kind: 'object', domain: [CDKG.Resolution], range: INSTRUMENT, fact: true },
  { iri: CDKG.draftOf, label: 'draft of', definition: 'The draft resolution is the text from which the adopted resolution came.', kind: 'object', domain: [CDKG.Resolution], range: [CDKG.Resolution], fact: true },
  { iri: CDKG.builtOnTextOf, label: 'built on a text of', definition: 'The draft resolution was built on a text that the actor had put forward.', kind: 'object', domain: [CDKG.Resolution], range: ACTOR, fact: true },
  { iri: CDKG.adoptedByResolution, label: 'adopted by resolution', definition: 'The resolution by which an organ adopted the instrument (the organ itself is given by cdkg:adoptedBy).', kind: 'object', domain: INSTRUMENT, range: [CDKG.Resolution], fact: true },
  { iri: CDKG.adoptionMode, label: 'adoption mode', definition: 'How the organ adopted the instrument: by a recorded vote, without a vote, or without a recorded vote on the whole text.', kind: 'object', domain: INSTRUMENT, range: [CDKG.AdoptionMode], fact: true },
  { iri: CDKG.amendmentsBeforeAdoption, label: 'amendments before adoption', definition: 'The number of amendments to the text that the adopting organ took up before it adopted the whole text, whatever became of them.', kind: 'datatype', domain: [CDKG.Resolution], range: [XSD.integer], fact: true },
  { iri: CDKG.partOf, label: 'part of', definition: 'The instrument was enacted or adopted as a part of the larger instrument.', kind: 'object', domain: INSTRUMENT, range: INSTRUMENT, subPropertyOf: [DCT.isPartOf], fact: true },
  { iri: CDKG.partDesignation, label: 'part designation', definition: 'How the larger instrument the instrument is part of (cdkg:partOf) designates it, such as "Division V".', kind: 'datatype', domain: INSTRUMENT, range: [XSD.string], fact: true },
  { iri: CDKG.adoptedOn, label: 'adopted on', definition: 'The date the instrument was adopted.', kind: 'datatype', domain: INSTRUMENT, range: DATES, fact: true },
  // Signing a treaty is an act of each party (a cdkg:signatoryOf statement dated by cdkg:pointInTime); opening it for signature is an act of the treaty's organ or depositary. The two fall on the same day for the Budapest Convention, so one property for both would make them indistinguishable.
  { iri: CDKG.signedOn, label: 'signed on', definition: 'The date the parties signed the bilateral agreement. Not the date a convention was opened for signature (cdkg:openedForSignatureOn), nor the date one party signed a multilateral instrument (a cdkg:signatoryOf statement with cdkg:pointInTime).', kind: 'datatype', domain: [CDKG.BilateralAgreement], range: DATES, fact: true },
  { iri: CDKG.openedForSignatureOn, label: 'opened for signature on', definition: 'The date the convention was opened for signature by states.', kind: 'datatype', domain: [CDKG.Convention], range: DATES, fact: true },
  { iri: CDKG.openForSignatureUntil, label: 'open for signature until', definition: 'The last date on which the convention is open for signature.', kind: 'datatype', domain: [CDKG.Convention], range: DATES, fact: true },
  { iri: CDKG.enteredIntoForceOn, label: 'entered into force on', definition: 'The date the instrument entered into force.', kind: 'datatype', domain: INSTRUMENT, range: DATES, fact: true },
  { iri: CDKG.entryIntoForceCondition, label: 'entry into force condition', definition: 'When the instrument enters into force, in the words of the source, such as "90 days after the 40th ratification".', kind: 'datatype', domain: INSTRUMENT, range: [RDF.langString], fact: true },
  { iri: CDKG.purpose, label: 'purpose', definition: 'What the instrument facilitates, in the words of the source.', kind: 'datatype', domain: INSTRUMENT, range: [RDF.langString], fact: true },
  { iri: CDKG.documentSymbol, label: 'document symbol', definition: 'The official document symbol, such as A/RES/74/247.', kind: 'datatype', domain: INSTRUMENT, range: [XSD.string], subPropertyOf: [DCT.identifier], fact: true },
  { iri: CDKG.officialTitle, label: 'official title', definition: 'The official title of the instrument, as its source gives it.', kind: 'datatype', domain: INSTRUMENT, range: [RDF.langString], closeMatch: [DCT.title], fact: true },
  { iri: CDKG.votesInFavour, label: 'votes in favour', definition: 'Votes in favour in the recorded vote adopting the resolution.', kind: 'datatype', domain: [CDKG.Resolution], range: [XSD.integer], fact: true },
  { iri: CDKG.votesAgainst, label: 'votes against', definition: 'Votes against in the recorded vote adopting the resolution.', kind: 'datatype', domain: [CDKG.Resolution], range: [XSD.integer], fact: true },
  { iri: CDKG.abstentions, label: 'abstentions', definition: 'Abstentions in the recorded vote adopting the resolution.', kind: 'datatype', domain: [CDKG.Resolution], range: [XSD.integer], fact: true },
  // Sessions of processes
  { iri: CDKG.sessionOf, label: 'session of', definition: 'The session is a meeting of the process or body.', kind: 'object', domain: [CDKG.Session], range: [CDKG.Process], fact: true },
  { iri: CDKG.heldIn, label: 'held in', definition: 'The place where the session was held, as the source names it.', kind: 'datatype', domain: [CDKG.Session], range: [RDF.langString], closeMatch: [SCHEMA.location], fact: true },
  { iri: CDKG.startDate, label: 'start date', definition: 'The first day of the session.', kind: 'datatype', domain: [CDKG.Session], range: DATES, subPropertyOf: [SCHEMA.startDate], fact: true },
  { iri: CDKG.endDate, label: 'end date', definition: 'The last day of the session.', kind: 'datatype', domain: [CDKG.Session], range: DATES, subPropertyOf: [SCHEMA.endDate], fact: true },
  // Statement qualifiers (the qualified form of a fact)
  { iri: CDKG.source, label: 'source', definition: 'The document the statement rests on.', kind: 'object', domain: [CDKG.Statement], range: [CDKG.Source], subPropertyOf: [PROV.wasDerivedFrom, DCT.source] },
  { iri: CDKG.quote, label: 'quote', definition: 'The exact text span of the source the statement rests on, as a Web Annotation text quote selector: the source\'s own words, found in its stored text.', kind: 'object', domain: [CDKG.Statement], range: [OA.TextQuoteSelector] },
  { iri: CDKG.note, label: 'curator\'s note', definition: 'Where and how the source states the fact, in the words of the CDKG curator, not of the source: never a quotation. Given instead of a quote when the source\'s text is not stored with CDKG.', kind: 'datatype', domain: [CDKG.Statement], range: [RDF.langString], closeMatch: [SKOS.editorialNote] },
  { iri: CDKG.textSpan, label: 'text span', definition: 'The span of the stored source text that the quote selects: a Web Annotation specific resource whose source is the stored text and whose selectors (the quote and a text position selector) select the same characters. Computed by `kb annotate`, never written by hand.', kind: 'object', domain: [CDKG.Statement], range: [OA.SpecificResource] },
  { iri: CDKG.storedText, label: 'stored text', definition: 'The copy of the source\'s text kept with CDKG, against which the quotes of the statements resting on the source are checked.', kind: 'object', domain: [CDKG.Source], range: [CDKG.SourceText] },
  { iri: CDKG.stance, label: 'stance', definition: 'The stance of the statement subject that the statement expresses.', kind: 'object', domain: [CDKG.Statement], range: [CDKG.Stance] },
  { iri: CDKG.inProcess, label: 'in process', definition: 'The process in which the statement holds.', kind: 'object', domain: [CDKG.Statement], range: [CDKG.Process] },
  { iri: CDKG.engagementLevel, label: 'engagement level', definition: 'Whether the source frames the engagement as multilateral or bilateral.', kind: 'object', domain: [CDKG.Statement], range: [CDKG.EngagementLevel] },
  { iri: CDKG.validFrom, label: 'valid from', definition: 'The first day (or month, or year) the statement holds.', kind: 'datatype', domain: [CDKG.Statement], range: DATES },
  { iri: CDKG.validUntil, label: 'valid until', definition: 'The last day (or month, or year) the statement holds.', kind: 'datatype', domain: [CDKG.Statement], range: DATES },
  { iri: CDKG.pointInTime, label: 'point in time', definition: 'The day (or month, or year) the event the statement describes took place.', kind: 'datatype', domain: [CDKG.Statement], range: DATES },
  // A party's ratification and the deposit of its instrument of ratification are two events, months apart for the US and OAS treaty A-55.
  { iri: CDKG.ratifiedOn, label: 'ratified on', definition: 'The day (or month, or year) the actor ratified the instrument the statement is about.', kind: 'datatype', domain: [CDKG.Statement], range: DATES },
  { iri: CDKG.depositedOn, label: 'deposited on', definition: 'The day (or month, or year) the actor deposited its instrument of ratification of the instrument the statement is about.', kind: 'datatype', domain: [CDKG.Statement], range: DATES },
  { iri: CDKG.atSession, label: 'at session', definition: 'The session at which the event the statement describes took place.', kind: 'object', domain: [CDKG.Statement], range: [CDKG.Session] },
  { iri: CDKG.asOf, label: 'as of', definition: 'The time of the situation the source describes: the statement is known to hold then.', kind: 'datatype', domain: [CDKG.Statement, CDKG.Source], range: DATES },
  { iri: CDKG.confidence, label: 'confidence', definition: 'How reliable the source is judged for this statement: "high" or "medium".', kind: 'datatype', domain: [CDKG.Statement], range: [XSD.string] },
  { iri: CDKG.early, label: 'early', definition: 'The source says the actor took this stance early on.', kind: 'datatype', domain: [CDKG.Statement], range: [XSD.boolean] },
];

export const SCHEMES: readonly SchemeDef[] = [
  { iri: CDKG.stances, label: 'stances', definition: 'The stances an actor takes towards an instrument or a process.', memberClass: CDKG.Stance },
  { iri: CDKG.engagementLevels, label: 'engagement levels', definition: 'Multilateral or bilateral engagement.', memberClass: CDKG.EngagementLevel },
  { iri: CDKG.priorities, label: 'priorities', definition: 'The qualities actors seek for a process; its members (cdkg:Priority) are data, in data/concepts.ttl.', memberClass: CDKG.Priority },
  { iri: CDKG.adoptionModes, label: 'adoption modes', definition: 'How an organ adopted an instrument.', memberClass: CDKG.AdoptionMode },
];

export const CONCEPTS: readonly ConceptDef[] = [
  { iri: CDKG.championing, label: 'champions', definition: 'Promotes prominently and from early on.', scheme: CDKG.stances },
  { iri: CDKG.promoting, label: 'promotes', definition: 'Works for wider adoption or use.', scheme: CDKG.stances },
  { iri: CDKG.supporting, label: 'supports', definition: 'Backs it, as the source says, without promoting it. Taking part in a process is not support by itself: that is cdkg:participatesIn.', scheme: CDKG.stances },
  { iri: CDKG.criticising, label: 'criticises', definition: 'Objects publicly to content or procedure.', scheme: CDKG.stances },
  { iri: CDKG.opposing, label: 'opposes', definition: 'Works or votes against.', scheme: CDKG.stances },
  { iri: CDKG.multilateral, label: 'multilateral', definition: 'Engagement among many states, in or through international organisations.', scheme: CDKG.engagementLevels },
  { iri: CDKG.bilateral, label: 'bilateral', definition: 'Engagement between two parties.', scheme: CDKG.engagementLevels },
  { iri: CDKG.recordedVote, label: 'recorded vote', definition: 'Adopted in a recorded vote, whose counts are given by cdkg:votesInFavour, cdkg:votesAgainst and cdkg:abstentions.', scheme: CDKG.adoptionModes },
  { iri: CDKG.withoutVote, label: 'without a vote', definition: 'Adopted without a vote.', scheme: CDKG.adoptionModes },
  { iri: CDKG.withoutRecordedVote, label: 'without a recorded vote', definition: 'Adopted without a recorded vote on the whole text (parts of it, such as amendments, may have been voted on).', scheme: CDKG.adoptionModes },
];

/** Classes whose instances are entities (they need an English label and live under /id/). */
export const ENTITY_CLASSES = [
  CDKG.State, CDKG.Union, CDKG.Organisation, CDKG.Organ, CDKG.ActorGroup, CDKG.Convention, CDKG.BilateralAgreement,
  CDKG.Resolution, CDKG.DomesticLaw, CDKG.Process, CDKG.Source, CDKG.Priority, CDKG.Session,
] as const;

/** Metadata of the ontology document itself. */
export const ONTOLOGY_META = {
  title: 'CDKG ontology',
  description: 'Classes and properties of the Cyber Diplomacy Knowledge Graph: actors, instruments and processes of the international governance of cyberspace, and statements that tie each fact to the source text it comes from.',
  /** The agent that publishes the ontology and the dataset (described in data/dataset.ttl). */
  creator: entityIri('agent', 'cdkg-project'),
  /** The creator's name, for descriptions that must name the agent without data/dataset.ttl. */
  creatorName: 'CDKG project',
  issued: '2026-11-28',
  modified: '2026-11-28',
} as const;
