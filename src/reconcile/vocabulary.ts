/**
 * The schema the reconciliation service offers: the ontology's classes that
 * have entities (its types) and the properties entities have (for property
 * constraints and data extension), read through ./queries/*.rq once per store.
 */
import path from 'node:path';
import { DataFactory } from '../store/n3';
import { CDKG_NS, ID_NS } from '../../ontology/namespaces';
import { storeMatcher } from '../search/load';
import { QueryLibrary } from '../store/query-library';
import type { KnowledgeStore } from '../store/types';
import { termId } from './ids';

export type VocabularyQuery = 'classes' | 'properties' | 'entity-values' | 'subjects-with-value';
export const QUERIES = new QueryLibrary<VocabularyQuery>(path.join(__dirname, 'queries'));

export interface SchemaTerm {
  readonly iri: string;
  readonly name: string;
  readonly description?: string;
}

export interface TypeTerm extends SchemaTerm {
  /** Direct superclasses in the ontology. */
  readonly broader: readonly string[];
}

export interface PropertyTerm extends SchemaTerm {
  /** The classes (with their superclasses) of entities that have it. */
  readonly domains: ReadonlySet<string>;
  /** Its range, when it is one of the ontology's types. */
  readonly range?: string;
}

export interface Vocabulary {
  readonly types: readonly TypeTerm[];
  readonly properties: readonly PropertyTerm[];
  type(iri: string): TypeTerm | undefined;
  property(iri: string): PropertyTerm | undefined;
}

const cache = new WeakMap<KnowledgeStore, Promise<Vocabulary>>();

export function storeVocabulary(store: KnowledgeStore): Promise<Vocabulary> {
  let pending = cache.get(store);
  if (!pending) {
    pending = build(store);
    pending.catch(() => cache.delete(store));
    cache.set(store, pending);
  }
  return pending;
}

const byName = (a: SchemaTerm, b: SchemaTerm) => a.name.localeCompare(b.name) || (a.iri < b.iri ? -1 : 1);

async function build(store: KnowledgeStore): Promise<Vocabulary> {
  const [matcher, classRows, propertyRows] = await Promise.all([
    storeMatcher(store),
    QUERIES.select(store, 'classes', { namespace: DataFactory.literal(CDKG_NS) }),
    QUERIES.select(store, 'properties', { idSpace: DataFactory.literal(ID_NS) }),
  ]);
  // Superclasses of each class, as the matcher has them per entity: an entity's classes include every superclass.
  const superclasses = new Map<string, Set<string>>();
  for (const entry of matcher.entries) {
    for (const t of entry.types) superclasses.set(t, new Set([...(superclasses.get(t) ?? []), ...entry.classes]));
  }
  const used = new Set(matcher.entries.flatMap((e) => e.classes));
  const classes = new Map<string, { name?: string; description?: string; broader: Set<string> }>();
  for (const row of classRows) {
    const iri = row.class.value;
    const c = classes.get(iri) ?? { broader: new Set<string>() };
    c.name ??= row.label?.value;
    c.description ??= row.comment?.value;
    if (row.super) c.broader.add(row.super.value);
    classes.set(iri, c);
  }
  // A class no entity belongs to would only give empty answers.
  const types: TypeTerm[] = [...classes]
    .filter(([iri]) => used.has(iri))
    .map(([iri, c]) => ({ iri, name: c.name ?? termId(iri), ...(c.description ? { description: c.description } : {}), broader: [...c.broader].sort() }))
    .sort(byName);
  const properties = new Map<string, { name?: string; description?: string; range?: string; domains: Set<string> }>();
  for (const row of propertyRows) {
    const iri = row.property.value;
    const p = properties.get(iri) ?? { domains: new Set<string>() };
    p.name ??= row.label?.value;
    p.description ??= row.comment?.value;
    if (row.range && classes.has(row.range.value)) p.range ??= row.range.value;
    if (row.type) for (const c of superclasses.get(row.type.value) ?? [row.type.value]) p.domains.add(c);
    properties.set(iri, p);
  }
  const propertyTerms: PropertyTerm[] = [...properties]
    .map(([iri, p]) => ({
      iri,
      name: p.name ?? termId(iri),
      ...(p.description ? { description: p.description } : {}),
      domains: p.domains,
      ...(p.range ? { range: p.range } : {}),
    }))
    .sort(byName);
  const typeIndex = new Map(types.map((t) => [t.iri, t]));
  const propertyIndex = new Map(propertyTerms.map((p) => [p.iri, p]));
  return { types, properties: propertyTerms, type: (iri) => typeIndex.get(iri), property: (iri) => propertyIndex.get(iri) };
}
