/**
 * Loads the export layer's internal SPARQL queries (./queries/*.rq) by name
 * and binds parameters as RDF terms: a VALUES row added to the top of the
 * WHERE clause through the sparqljs AST, never by editing text. The files
 * declare no prefixes; they are parsed with the prefix table of
 * ontology/namespaces.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type * as RDF from '@rdfjs/types';
import { Generator, Parser, type Query } from 'sparqljs';
import { PREFIXES } from '../../ontology/namespaces';
import { KbError } from '../errors';
import type { Binding, KnowledgeStore } from '../store/types';
import { distinct } from './quads';

export type ExportQuery =
  | 'statistics'
  | 'classes'
  | 'entities'
  | 'class-partitions'
  | 'property-partitions'
  | 'examples'
  | 'links'
  | 'dataset-facts';

const QUERY_DIR = path.join(__dirname, 'queries');
const parsed = new Map<ExportQuery, Query>();

function load(name: ExportQuery): Query {
  const cached = parsed.get(name);
  if (cached) return cached;
  const file = path.join(QUERY_DIR, `${name}.rq`);
  let query: Query;
  try {
    const out = new Parser({ prefixes: { ...PREFIXES } }).parse(fs.readFileSync(file, 'utf8'));
    if (out.type !== 'query') throw new TypeError('an update, not a query');
    query = out;
  } catch (e) {
    throw new KbError('INTERNAL_QUERY', `Internal query ${file} does not load: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  parsed.set(name, query);
  return query;
}

/** The query text with each parameter bound to its term. */
export function boundQuery(name: ExportQuery, params: Readonly<Record<string, RDF.NamedNode | RDF.Literal>> = {}): string {
  const query = load(name);
  const row: Record<string, RDF.NamedNode | RDF.Literal> = {};
  for (const [variable, term] of Object.entries(params)) row[`?${variable}`] = term;
  // A shallow copy: the cached AST is never changed.
  const bound: Query = Object.keys(row).length ? { ...query, where: [{ type: 'values', values: [row] }, ...(query.where ?? [])] } : query;
  return new Generator().stringify(bound);
}

/** Runs a SELECT query and returns its rows. */
export async function select(store: KnowledgeStore, name: ExportQuery, params?: Readonly<Record<string, RDF.NamedNode | RDF.Literal>>): Promise<readonly Binding[]> {
  const result = await store.query(boundQuery(name, params));
  if (result.kind !== 'select') throw new KbError('INTERNAL_QUERY', `Internal query ${name} is not a SELECT query`);
  return result.bindings;
}

/** Runs a CONSTRUCT query and returns its triples, each once. */
export async function construct(store: KnowledgeStore, name: ExportQuery, params?: Readonly<Record<string, RDF.NamedNode | RDF.Literal>>): Promise<RDF.Quad[]> {
  const result = await store.query(boundQuery(name, params));
  if (result.kind !== 'graph') throw new KbError('INTERNAL_QUERY', `Internal query ${name} is not a CONSTRUCT query`);
  return distinct(result.quads);
}
