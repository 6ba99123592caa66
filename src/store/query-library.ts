/**
 * Internal SPARQL queries (`.rq` files of a folder), loaded by name, parsed
 * once with the prefix table of ontology/namespaces.ts, and run with their
 * parameters bound as RDF terms: a VALUES row added at the head of the WHERE
 * clause through the sparqljs syntax tree, never by editing text. Every layer
 * that needs SPARQL of its own (store statistics, export, linked data, the
 * service description) keeps its files beside its code and one library here.
 */
import fs from 'node:fs';
import path from 'node:path';
import type * as RDF from '@rdfjs/types';
import { Generator, Parser, type Query } from 'sparqljs';
import { PREFIXES } from '../../ontology/namespaces';
import { BadRequestError, InternalError } from '../errors';
import { sourcePath } from '../paths';
import { distinct, isAbsoluteIri } from './terms';
import type { Binding, KnowledgeStore } from './types';

export type QueryParams = Readonly<Record<string, RDF.NamedNode | RDF.Literal>>;

/** A slice of the solutions (numbers set in the syntax tree, as LIMIT and OFFSET). */
export interface Slice {
  readonly limit?: number;
  readonly offset?: number;
}

export class QueryLibrary<Name extends string> {
  private readonly parsed = new Map<Name, Query>();

  private readonly dir: string;

  /** `dir`: the folder of the .rq files, usually beside the module (`__dirname`); compiled code reads them from the sources. */
  constructor(dir: string) {
    this.dir = sourcePath(dir);
  }

  private load(name: Name): Query {
    const cached = this.parsed.get(name);
    if (cached) return cached;
    const file = path.join(this.dir, `${name}.rq`);
    let query: Query;
    try {
      const out = new Parser({ prefixes: { ...PREFIXES } }).parse(fs.readFileSync(file, 'utf8'));
      if (out.type !== 'query') throw new InternalError('an update, not a query');
      query = out;
    } catch (e) {
      throw new InternalError(`Internal query ${file} does not load: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
    this.parsed.set(name, query);
    return query;
  }

  /** The query text with each parameter bound to its term, and the slice when given. */
  text(name: Name, params: QueryParams = {}, slice: Slice = {}): string {
    const query = this.load(name);
    const row: Record<string, RDF.NamedNode | RDF.Literal> = {};
    for (const [variable, term] of Object.entries(params)) {
      // sparqljs writes an IRI between angle brackets as it is (no escaping), so a value
      // that is not an absolute IRI would put its text into the generated query.
      if (term.termType === 'NamedNode' && !isAbsoluteIri(term.value)) {
        throw new BadRequestError(`Parameter ?${variable} of query ${name}: "${term.value}" is not an absolute IRI (a scheme such as https: and no spaces, <, >, ", {, }, |, ^, \` or \\)`);
      }
      row[`?${variable}`] = term;
    }
    // A copy of the top level only: the cached syntax tree is never changed.
    const bound: Query = Object.keys(row).length ? { ...query, where: [{ type: 'values', values: [row] }, ...(query.where ?? [])] } : query;
    const sliced = slice.limit === undefined && slice.offset === undefined ? bound : ({ ...bound, ...slice } as Query);
    return new Generator().stringify(sliced);
  }

  /** Runs a SELECT query and returns its rows. */
  async select(store: KnowledgeStore, name: Name, params?: QueryParams, slice?: Slice): Promise<readonly Binding[]> {
    const result = await store.query(this.textOfForm(name, 'SELECT', params, slice), { form: 'select' });
    if (result.kind !== 'select') throw new InternalError(`Internal query ${name} gave no solutions`);
    return result.bindings;
  }

  /** Runs a CONSTRUCT query and returns its triples, each once. */
  async construct(store: KnowledgeStore, name: Name, params?: QueryParams): Promise<RDF.Quad[]> {
    const result = await store.query(this.textOfForm(name, 'CONSTRUCT', params), { form: 'construct' });
    if (result.kind !== 'graph') throw new InternalError(`Internal query ${name} gave no graph`);
    return distinct(result.quads);
  }

  /** The bound text, after checking the file holds the form the caller runs it as (the store is then told the form). */
  private textOfForm(name: Name, form: 'SELECT' | 'CONSTRUCT', params?: QueryParams, slice?: Slice): string {
    if (this.load(name).queryType !== form) throw new InternalError(`Internal query ${name} is not a ${form} query`);
    return this.text(name, params, slice);
  }
}
