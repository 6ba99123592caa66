/**
 * Loads the internal SPARQL queries of the linked-data layer (the `.rq` files
 * beside this module) by name and binds their parameters as RDF terms. The
 * files declare no prefixes: they are parsed with the one prefix table of
 * ontology/namespaces.ts. A parameter is bound by a VALUES block added to the
 * query's WHERE clause through the sparqljs AST, never by editing the text.
 */
import fs from 'node:fs';
import path from 'node:path';
import type * as RDF from '@rdfjs/types';
import { Generator, Parser, type Query } from 'sparqljs';
import { PREFIXES } from '../../../ontology/namespaces';
import { KbError } from '../../errors';
import type { KnowledgeStore } from '../../store/types';

const QUERY_DIR = path.join(__dirname, 'queries');

/** The internal queries; the name is the file stem. */
export type QueryName = 'describe-entity' | 'describe-term' | 'term-usage' | 'class-counts' | 'ontology-graph' | 'resolve-actor';

const parsed = new Map<QueryName, Query>();

function load(name: QueryName): Query {
  const cached = parsed.get(name);
  if (cached) return cached;
  const file = path.join(QUERY_DIR, `${name}.rq`);
  const text = fs.readFileSync(file, 'utf8');
  let query: Query;
  try {
    const out = new Parser({ prefixes: { ...PREFIXES } }).parse(text);
    if (out.type !== 'query') throw new TypeError('an update, not a query');
    query = out;
  } catch (e) {
    throw new KbError('INTERNAL_QUERY', `Internal query ${file} does not parse: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  parsed.set(name, query);
  return query;
}

/** The query text with each parameter bound to its term by a VALUES row. */
export function boundQuery(name: QueryName, params: Readonly<Record<string, RDF.NamedNode | RDF.Literal>> = {}): string {
  const query = load(name);
  const entries = Object.entries(params);
  if (entries.length === 0) return new Generator().stringify(query);
  const row: Record<string, RDF.NamedNode | RDF.Literal> = {};
  for (const [variable, term] of entries) row[`?${variable}`] = term;
  // A copy of the top level only: the cached AST's WHERE array is never mutated.
  const bound: Query = { ...query, where: [{ type: 'values', values: [row] }, ...(query.where ?? [])] };
  return new Generator().stringify(bound);
}

/** Runs a CONSTRUCT query and returns its triples, without duplicates. */
export async function construct(store: KnowledgeStore, name: QueryName, params?: Readonly<Record<string, RDF.NamedNode | RDF.Literal>>): Promise<RDF.Quad[]> {
  const result = await store.query(boundQuery(name, params));
  if (result.kind !== 'graph') throw new KbError('INTERNAL_QUERY', `Internal query ${name} is not a CONSTRUCT query`);
  const seen = new Set<string>();
  const out: RDF.Quad[] = [];
  for (const q of result.quads) {
    const key = `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(q);
  }
  return out;
}

/** Runs a SELECT query and returns its rows. */
export async function select(store: KnowledgeStore, name: QueryName, params?: Readonly<Record<string, RDF.NamedNode | RDF.Literal>>) {
  const result = await store.query(boundQuery(name, params));
  if (result.kind !== 'select') throw new KbError('INTERNAL_QUERY', `Internal query ${name} is not a SELECT query`);
  return result.bindings;
}

/** A string that identifies a term (N-Triples-like), for de-duplication and sorting. */
export function termKey(t: RDF.Term): string {
  if (t.termType === 'Literal') return `"${t.value}"${t.language ? `@${t.language}` : `^^${t.datatype.value}`}`;
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  return `<${t.value}>`;
}
