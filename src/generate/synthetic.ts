/**
 * `kb generate`: synthetic data shaped like CDKG's own, for benchmarks at any
 * size. States, organisations, conventions, processes and sources, and for
 * each relation between them the plain triple and its statement node with
 * label, source, date and confidence, as the real data has them. Its words
 * are no source's, so a statement carries them as a curator's cdkg:note,
 * never as a quote (oa:exact is the source's own words or nothing). Deterministic: the same size and seed give the same
 * bytes. Written as N-Triples, one line per triple, so any size streams.
 */
import { CDKG, RDF, RDFS, XSD, entityIri } from '../../ontology/namespaces';

export interface SyntheticOptions {
  /** About how many triples to write (the count is reached at a whole statement). */
  readonly triples: number;
  readonly seed: number;
}

/** A small, fast, seeded generator (mulberry32), so runs are reproducible without a dependency. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iri = (value: string) => `<${value}>`;
/** An N-Triples string literal (RDF 1.1 N-Triples §2.3.2): the generated text holds no character that needs escaping. */
const lang = (text: string) => `"${text}"@en`;
const typed = (text: string, datatype: string) => `"${text}"^^<${datatype}>`;

/** Relations between an actor and an instrument, with the stance words the labels use. */
const RELATIONS = [
  { predicate: CDKG.partyTo, words: 'is a party to' },
  { predicate: CDKG.signatoryOf, words: 'signed' },
  { predicate: CDKG.promotes, words: 'promotes' },
  { predicate: CDKG.negotiates, words: 'negotiates' },
] as const;
const WORDS = ['cyber', 'security', 'norms', 'crime', 'capacity', 'confidence', 'governance', 'resilience', 'cooperation', 'digital'];

/** The sizes of the entity sets for a number of triples: entities grow with the data, statements make most of it. */
export function entityCounts(triples: number) {
  return {
    states: Math.max(5, Math.round(triples / 300)),
    organisations: Math.max(2, Math.round(triples / 5000)),
    instruments: Math.max(3, Math.round(triples / 800)),
    processes: Math.max(2, Math.round(triples / 5000)),
    sources: Math.max(2, Math.round(triples / 2000)),
  };
}

/** Yields N-Triples lines, in chunks of text. */
export function* syntheticNTriples(options: SyntheticOptions): Generator<string> {
  const next = seededRandom(options.seed);
  const pick = (n: number) => Math.floor(next() * n);
  const counts = entityCounts(options.triples);
  let written = 0;
  const lines: string[] = [];
  const triple = (s: string, p: string, o: string) => {
    lines.push(`${s} ${iri(p)} ${o} .`);
    written++;
  };
  const phrase = () => `${WORDS[pick(WORDS.length)]} ${WORDS[pick(WORDS.length)]}`;
  const state = (i: number) => iri(entityIri('state', `state-${i}`));
  const organisation = (i: number) => iri(entityIri('organisation', `organisation-${i}`));
  const instrument = (i: number) => iri(entityIri('instrument', `convention-${i}`));
  const source = (i: number) => iri(entityIri('source', `source-${i}`));

  for (let i = 0; i < counts.states; i++) {
    triple(state(i), RDF.type, iri(CDKG.State));
    triple(state(i), RDFS.label, lang(`State ${i}`));
  }
  for (let i = 0; i < counts.organisations; i++) {
    triple(organisation(i), RDF.type, iri(CDKG.Organisation));
    triple(organisation(i), RDFS.label, lang(`Organisation ${i} for ${phrase()}`));
  }
  for (let i = 0; i < counts.instruments; i++) {
    triple(instrument(i), RDF.type, iri(CDKG.Convention));
    triple(instrument(i), RDFS.label, lang(`Convention ${i} on ${phrase()}`));
  }
  for (let i = 0; i < counts.processes; i++) {
    const process = iri(entityIri('process', `process-${i}`));
    triple(process, RDF.type, iri(CDKG.Process));
    triple(process, RDFS.label, lang(`Process ${i} on ${phrase()}`));
  }
  for (let i = 0; i < counts.sources; i++) {
    triple(source(i), RDF.type, iri(CDKG.Source));
    triple(source(i), RDFS.label, lang(`Source ${i}: report on ${phrase()}`));
  }
  yield `${lines.splice(0).join('\n')}\n`;

  // Statements: a relation of a state to an instrument (or membership of an organisation), with its provenance.
  for (let n = 0; written < options.triples; n++) {
    const actorIndex = pick(counts.states);
    const member = n % 10 === 9;
    const relation = member ? { predicate: CDKG.memberOf, words: 'is a member of' } : RELATIONS[pick(RELATIONS.length)];
    const targetIndex = member ? pick(counts.organisations) : pick(counts.instruments);
    const target = member ? organisation(targetIndex) : instrument(targetIndex);
    const targetName = member ? `Organisation ${targetIndex}` : `Convention ${targetIndex}`;
    const slug = `statement-${n}`;
    const statement = iri(entityIri('statement', slug));
    const year = 1990 + pick(35);
    triple(state(actorIndex), relation.predicate, target);
    triple(statement, RDF.type, iri(CDKG.Statement));
    triple(statement, RDFS.label, lang(`State ${actorIndex} ${relation.words} ${targetName}`));
    triple(statement, RDF.subject, state(actorIndex));
    triple(statement, RDF.predicate, iri(relation.predicate));
    triple(statement, RDF.object, target);
    triple(statement, CDKG.source, source(pick(counts.sources)));
    triple(statement, CDKG.asOf, typed(String(year), XSD.gYear));
    triple(statement, CDKG.confidence, '"high"');
    triple(statement, CDKG.note, lang(`In ${year} State ${actorIndex} ${relation.words} ${targetName}, on ${phrase()}.`));
    if (lines.length >= 10_000) yield `${lines.splice(0).join('\n')}\n`;
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}
