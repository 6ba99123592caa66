/**
 * Data extension (Reconciliation Service API 0.2, §6): the values of chosen
 * properties for reconciled entities, entities as {id, name} and literals
 * by their datatype; and the properties proposed for a type.
 */
import type * as RDF from '@rdfjs/types';
import { XSD } from '../../ontology/namespaces';
import { BadRequestError } from '../errors';
import type { Matcher } from '../search/matcher';
import type { KnowledgeStore } from '../store/types';
import { entityId, entityIri, termId, termIri } from './ids';
import { entityValues } from './values';
import type { Vocabulary } from './vocabulary';

export type ExtensionValue =
  | { readonly id: string; readonly name: string }
  | { readonly str: string }
  | { readonly int: number }
  | { readonly float: number }
  | { readonly date: string };

export interface ExtensionRequest {
  readonly ids: readonly string[];
  readonly properties: readonly { readonly id: string; readonly limit: number }[];
}

export interface ExtensionResponse {
  readonly meta: readonly { readonly id: string; readonly name: string; readonly type?: { readonly id: string; readonly name: string } }[];
  readonly rows: Readonly<Record<string, Readonly<Record<string, readonly ExtensionValue[]>>>>;
}

/** Entities in one extension request. */
export const MAX_IDS = 1000;

function fail(where: string, message: string): never {
  throw new BadRequestError(`${where}: ${message}`);
}

/** Parses the `extend` parameter (§6.2): {"ids": [...], "properties": [{"id": ..., "settings": {"limit": n}}]}. */
export function parseExtension(text: string): ExtensionRequest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BadRequestError(`Parameter "extend" is not JSON: ${(e as Error).message}`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) fail('extend', 'must be an object {"ids": [...], "properties": [{"id": ...}]}');
  const { ids, properties } = json as { ids?: unknown; properties?: unknown };
  if (!Array.isArray(ids) || !ids.every((i) => typeof i === 'string')) fail('extend.ids', 'must be a list of entity ids');
  if (ids.length > MAX_IDS) fail('extend.ids', `holds ${ids.length} ids; at most ${MAX_IDS} are answered in one request`);
  if (!Array.isArray(properties)) fail('extend.properties', 'must be a list of {"id": property id}');
  return {
    ids: ids as string[],
    properties: properties.map((p, i) => {
      const where = `extend.properties[${i}]`;
      if (p === null || typeof p !== 'object' || typeof (p as { id?: unknown }).id !== 'string') fail(where, 'must be {"id": property id, "settings": {...}}');
      const settings = (p as { settings?: unknown }).settings ?? {};
      if (settings === null || typeof settings !== 'object') fail(`${where}.settings`, 'must be an object');
      const limit = (settings as { limit?: unknown }).limit ?? 0;
      const n = typeof limit === 'string' && /^\d+$/.test(limit) ? Number(limit) : limit;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) fail(`${where}.settings.limit`, 'must be a non-negative integer');
      termIri((p as { id: string }).id, `${where}.id`);
      return { id: (p as { id: string }).id, limit: n };
    }),
  };
}

const INTEGERS = new Set<string>([XSD.integer, XSD.nonNegativeInteger, `${XSD.$ns}int`, `${XSD.$ns}long`, `${XSD.$ns}short`, `${XSD.$ns}positiveInteger`]);
const FLOATS = new Set<string>([XSD.decimal, `${XSD.$ns}double`, `${XSD.$ns}float`]);

/** One RDF value as §6.3 writes it; undefined for a blank node, which has no id outside the store. */
export function extensionValue(term: RDF.Term, matcher: Matcher): ExtensionValue | undefined {
  if (term.termType === 'NamedNode') {
    const entry = matcher.entry(term.value);
    return entry ? { id: entityId(entry.iri), name: entry.label } : { str: term.value };
  }
  if (term.termType !== 'Literal') return undefined;
  const type = term.datatype.value;
  if (INTEGERS.has(type) && /^[+-]?\d+$/.test(term.value) && Number.isSafeInteger(Number(term.value))) return { int: Number(term.value) };
  if (FLOATS.has(type) && Number.isFinite(Number(term.value))) return { float: Number(term.value) };
  // The schema's date is an ISO date and time; an xsd:date is that day from midnight (UTC when it has no zone).
  if (type === XSD.date && /^-?\d{4,}-\d\d-\d\d$/.test(term.value)) return { date: `${term.value}T00:00:00Z` };
  if (type === XSD.dateTime && /^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$/.test(term.value)) return { date: term.value };
  return { str: term.value };
}

export async function extend(store: KnowledgeStore, matcher: Matcher, vocabulary: Vocabulary, request: ExtensionRequest): Promise<ExtensionResponse> {
  const properties = request.properties.map((p) => ({ ...p, iri: termIri(p.id, 'extend.properties') }));
  const meta = properties.map((p) => {
    const term = vocabulary.property(p.iri);
    const range = term?.range ? vocabulary.type(term.range) : undefined;
    return { id: p.id, name: term?.name ?? p.id, ...(range ? { type: { id: termId(range.iri), name: range.name } } : {}) };
  });
  const rows: Record<string, Record<string, ExtensionValue[]>> = {};
  for (const id of request.ids) {
    const values = await entityValues(store, entityIri(id, 'extend.ids'));
    const row: Record<string, ExtensionValue[]> = {};
    for (const p of properties) {
      const all = (values.get(p.iri) ?? []).map((t) => extensionValue(t, matcher)).filter((v): v is ExtensionValue => v !== undefined);
      row[p.id] = p.limit > 0 ? all.slice(0, p.limit) : all;
    }
    rows[id] = row;
  }
  return { meta, rows };
}

/** Properties proposed for a type (§6.1): those its entities have, at most `limit`. */
export function proposeProperties(vocabulary: Vocabulary, type: string, limit: number | undefined): Record<string, unknown> {
  const iri = termIri(type, 'type');
  const found = vocabulary.properties.filter((p) => p.domains.has(iri));
  const chosen = limit ? found.slice(0, limit) : found;
  return {
    type,
    properties: chosen.map((p) => ({ id: termId(p.iri), name: p.name, ...(p.description ? { description: p.description } : {}) })),
    ...(limit ? { limit } : {}),
  };
}
