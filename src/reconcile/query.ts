/**
 * Reconciliation queries (Reconciliation Service API 0.2, §4): a batch of
 * named queries, each a name with optional types, property constraints and a
 * limit, answered with scored candidates. A candidate is a `match` only when
 * its name is exactly the query (label, alternative label or notation), every
 * property given agrees, and no other candidate is as exact: OpenRefine
 * accepts a match without asking, so an ambiguous name ("OEWG") is never one.
 */
import type * as RDF from '@rdfjs/types';
import { DataFactory } from '../store/n3';
import { ID_NS } from '../../ontology/namespaces';
import { BadRequestError } from '../errors';
import type { Entry, Name, Matcher } from '../search/matcher';
import { nameKey, words } from '../search/normalise';
import { nameSimilarity } from '../search/similarity';
import type { KnowledgeStore } from '../store/types';
import { entityId, entityIri, termId, termIri } from './ids';
import { entityValues } from './values';
import { QUERIES, type Vocabulary } from './vocabulary';

/** A property value in a query: a string, number, boolean, or an entity by id (§4.1). */
export type PropertyValue = string | number | boolean | { readonly id: string; readonly name?: string };

export interface PropertyConstraint {
  /** The property id as the query gave it (it names the constraint's feature). */
  readonly id: string;
  readonly pid: string;
  readonly v: readonly PropertyValue[];
}

export interface ReconciliationQuery {
  readonly query?: string;
  readonly types: readonly string[];
  readonly typeStrict: 'any' | 'should' | 'all';
  readonly limit: number;
  readonly properties: readonly PropertyConstraint[];
}

export interface TypeRef {
  readonly id: string;
  readonly name: string;
}

export interface Candidate {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly score: number;
  readonly match: boolean;
  readonly type: readonly TypeRef[];
  readonly features: readonly { readonly id: string; readonly value: number }[];
}

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;
/** Queries in one batch; OpenRefine sends 10 by default. */
export const MAX_BATCH = 100;
/** The share of the score that property agreement gives when a name is also asked. */
const PROPERTY_WEIGHT = 0.3;

const KEYS = new Set(['query', 'type', 'limit', 'properties', 'type_strict']);

function fail(where: string, message: string): never {
  throw new BadRequestError(`${where}: ${message}`);
}

/** Parses the `queries` parameter: a JSON object of queries by key; every fault names its place. */
export function parseBatch(text: string): Map<string, ReconciliationQuery> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BadRequestError(`Parameter "queries" is not JSON: ${(e as Error).message}`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) fail('queries', 'must be a JSON object of queries by key, such as {"q0": {"query": "Budapest Convention"}}');
  const entries = Object.entries(json as Record<string, unknown>);
  if (entries.length > MAX_BATCH) fail('queries', `holds ${entries.length} queries; at most ${MAX_BATCH} are answered in one batch`);
  return new Map(entries.map(([key, q]) => [key, parseQuery(q, `queries.${key}`)]));
}

function parseQuery(q: unknown, where: string): ReconciliationQuery {
  if (q === null || typeof q !== 'object' || Array.isArray(q)) fail(where, 'must be an object with "query" and optional "type", "limit", "properties", "type_strict"');
  const o = q as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!KEYS.has(k)) fail(`${where}.${k}`, `unknown member; a query has ${[...KEYS].join(', ')}`);
  if (o.query !== undefined && typeof o.query !== 'string') fail(`${where}.query`, 'must be a string');
  const types = o.type === undefined ? [] : typeof o.type === 'string' ? [o.type] : Array.isArray(o.type) && o.type.every((t) => typeof t === 'string') ? (o.type as string[]) : fail(`${where}.type`, 'must be a type id or a list of type ids');
  const limit = o.limit === undefined ? DEFAULT_LIMIT : o.limit;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) fail(`${where}.limit`, 'must be a positive integer');
  const strict = o.type_strict ?? 'any';
  if (strict !== 'any' && strict !== 'should' && strict !== 'all') fail(`${where}.type_strict`, 'must be "any", "should" or "all"');
  const properties = o.properties === undefined ? [] : Array.isArray(o.properties) ? o.properties.map((p, i) => parseConstraint(p, `${where}.properties[${i}]`)) : fail(`${where}.properties`, 'must be a list of {"pid", "v"}');
  if ((o.query === undefined || (o.query as string).trim() === '') && properties.length === 0) fail(where, 'needs a non-empty "query" or at least one property constraint');
  return {
    ...(typeof o.query === 'string' && o.query.trim() !== '' ? { query: o.query } : {}),
    types: types.map((t, i) => termIri(t, `${where}.type${typeof o.type === 'string' ? '' : `[${i}]`}`)),
    typeStrict: strict,
    limit: Math.min(limit, MAX_LIMIT),
    properties,
  };
}

function parseConstraint(p: unknown, where: string): PropertyConstraint {
  if (p === null || typeof p !== 'object' || Array.isArray(p)) fail(where, 'must be {"pid": property id, "v": value}');
  const { pid, v } = p as { pid?: unknown; v?: unknown };
  if (typeof pid !== 'string') fail(`${where}.pid`, 'must be a property id such as cdkg:partyTo');
  const values = Array.isArray(v) ? v : [v];
  if (v === undefined || values.length === 0) fail(`${where}.v`, 'is missing');
  values.forEach((x, i) => {
    const ok = typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' || (x !== null && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string');
    if (!ok) fail(`${where}.v${Array.isArray(v) ? `[${i}]` : ''}`, 'must be a string, number, boolean or {"id": entity id}');
  });
  return { id: pid, pid: termIri(pid, `${where}.pid`), v: values as PropertyValue[] };
}

/** How well one given value agrees with an entity's values of the property (0 to 1). */
function valueAgreement(given: PropertyValue, values: readonly RDF.Term[], matcher: Matcher): number {
  let best = 0;
  if (typeof given === 'object') {
    const iri = entityIri(given.id, 'property value');
    return values.some((t) => t.termType === 'NamedNode' && t.value === iri) ? 1 : 0;
  }
  const text = String(given);
  for (const t of values) {
    if (t.termType === 'NamedNode') {
      const entry = matcher.entry(t.value);
      if (t.value === text) return 1;
      if (entry) best = Math.max(best, matcher.scoreEntry(text, entry) / 100);
    } else if (t.termType === 'Literal') {
      if (typeof given === 'number') {
        if (Number(t.value) === given) return 1;
      } else if (nameKey(t.value) === nameKey(text)) return 1;
      // A date given as its year or month ("2001" for 2001-11-23).
      else if (/^\d{4}(-\d\d)?$/.test(text) && t.value.startsWith(text)) best = Math.max(best, 0.9);
      else best = Math.max(best, nameSimilarity(words(text), words(t.value)));
    }
  }
  return best;
}

/** Agreement with each constraint: the best of its given values. */
async function propertyAgreement(store: KnowledgeStore, matcher: Matcher, iri: string, constraints: readonly PropertyConstraint[]): Promise<number[]> {
  const values = await entityValues(store, iri);
  return constraints.map((c) => Math.max(0, ...c.v.map((v) => valueAgreement(v, values.get(c.pid) ?? [], matcher))));
}

/** Entities having one of the given values for the first constraint: the candidates of a query without a name. */
async function subjectsWithValues(store: KnowledgeStore, matcher: Matcher, constraint: PropertyConstraint): Promise<Entry[]> {
  const terms: RDF.Term[] = [];
  for (const v of constraint.v) {
    if (typeof v === 'object') terms.push(DataFactory.namedNode(entityIri(v.id, 'property value')));
    else {
      // A name stands for the entities it exactly names, and for itself as a literal.
      for (const hit of matcher.search(String(v)).filter((h) => h.exact)) terms.push(DataFactory.namedNode(hit.entry.iri));
      terms.push(DataFactory.literal(String(v)), DataFactory.literal(String(v), 'en'));
    }
  }
  const found = new Set<string>();
  for (const value of terms) {
    const rows = await QUERIES.select(store, 'subjects-with-value', { property: DataFactory.namedNode(constraint.pid), value: value as RDF.NamedNode | RDF.Literal, idSpace: DataFactory.literal(ID_NS) });
    for (const r of rows) found.add(r.entity.value);
  }
  return [...found].map((iri) => matcher.entry(iri)).filter((e): e is Entry => e !== undefined);
}

/** Refuses types and properties the service does not know: they would only ever give empty or unscored answers. */
export function checkTerms(batch: ReadonlyMap<string, ReconciliationQuery>, vocabulary: Vocabulary): void {
  for (const [key, q] of batch) {
    for (const t of q.types) if (!vocabulary.type(t)) fail(`queries.${key}.type`, `${termId(t)} is not a type of this service (see the manifest's defaultTypes and /reconcile/suggest/type)`);
    for (const p of q.properties) if (!vocabulary.property(p.pid)) fail(`queries.${key}.properties`, `${p.id} is not a property of this service's entities (see /reconcile/suggest/property)`);
  }
}

/** Answers one query: candidates best first, at most its limit. */
export async function reconcile(store: KnowledgeStore, matcher: Matcher, vocabulary: Vocabulary, q: ReconciliationQuery): Promise<Candidate[]> {
  const typeOptions = { types: q.types, allTypes: q.typeStrict === 'all' };
  // Property agreement can reorder the best names, so more are looked at than are returned.
  const pool: { entry: Entry; nameScore?: number; exact: boolean; name?: Name }[] = q.query !== undefined
    ? matcher.search(q.query, { ...typeOptions, limit: q.properties.length ? Math.max(3 * q.limit, 30) : q.limit }).map((h) => ({ entry: h.entry, nameScore: h.score, exact: h.exact, name: h.name }))
    : (await subjectsWithValues(store, matcher, q.properties[0])).filter((e) => matcher.hasTypes(e, typeOptions)).map((entry) => ({ entry, exact: true }));
  // One candidate after the other: the store's queue is shared with every client, and a batch must not fill it.
  const scored: { entry: Entry; score: number; certain: boolean; features: { id: string; value: number }[] }[] = [];
  for (const c of pool) {
    const agreement = q.properties.length ? await propertyAgreement(store, matcher, c.entry.iri, q.properties) : [];
    const propertyScore = agreement.length ? (100 * agreement.reduce((a, b) => a + b, 0)) / agreement.length : undefined;
    const score = c.nameScore === undefined ? (propertyScore as number) : propertyScore === undefined ? c.nameScore : (1 - PROPERTY_WEIGHT) * c.nameScore + PROPERTY_WEIGHT * propertyScore;
    const certain = c.exact && agreement.every((a) => a >= 0.95);
    const features = [
      ...(c.nameScore === undefined ? [] : [{ id: 'name', value: c.nameScore }]),
      ...agreement.map((a, i) => ({ id: `property:${q.properties[i].id}`, value: Math.round(a * 1000) / 1000 })),
    ];
    scored.push({ entry: c.entry, score: Math.round(score * 10) / 10, certain, features });
  }
  scored.sort((a, b) => b.score - a.score || a.entry.label.localeCompare(b.entry.label) || (a.entry.iri < b.entry.iri ? -1 : 1));
  const certain = scored.filter((s) => s.certain);
  return scored.slice(0, q.limit).map((s) => ({
    id: entityId(s.entry.iri),
    name: s.entry.label,
    ...(s.entry.description ? { description: s.entry.description } : {}),
    score: s.score,
    match: certain.length === 1 && certain[0] === s,
    type: s.entry.types.map((t) => ({ id: termId(t), name: vocabulary.type(t)?.name ?? termId(t) })),
    features: s.features,
  }));
}
