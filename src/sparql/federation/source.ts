/**
 * The local store as an RDF/JS Source (RDF/JS Stream interfaces §3) for the
 * federation engine: each triple pattern it asks for is one SELECT through
 * the store interface (./queries/*.rq), the default graph being the union of
 * all graphs as for every CDKG query.
 */
import path from 'node:path';
import { Readable } from 'node:stream';
import type * as RDF from '@rdfjs/types';
import { DataFactory } from '../../store/n3';
import { QueryLibrary, type QueryParams } from '../../store/query-library';
import type { KnowledgeStore } from '../../store/types';

const QUERIES = new QueryLibrary<'match-default' | 'match-named'>(path.join(__dirname, 'queries'));

const fixed = (t: RDF.Term | null | undefined): t is RDF.NamedNode | RDF.Literal => !!t && (t.termType === 'NamedNode' || t.termType === 'Literal');

export class StoreSource {
  constructor(private readonly store: KnowledgeStore) {}

  match(s?: RDF.Term | null, p?: RDF.Term | null, o?: RDF.Term | null, g?: RDF.Term | null): RDF.Stream<RDF.Quad> {
    return Readable.from(this.read(s, p, o, g), { objectMode: true }) as unknown as RDF.Stream<RDF.Quad>;
  }

  private async *read(s?: RDF.Term | null, p?: RDF.Term | null, o?: RDF.Term | null, g?: RDF.Term | null): AsyncGenerator<RDF.Quad> {
    // A blank node of the engine's own names nothing here; a quoted triple is not stored.
    if ([s, p, o, g].some((t) => t && (t.termType === 'BlankNode' || t.termType === 'Quad'))) return;
    const params: Record<string, RDF.NamedNode | RDF.Literal> = {};
    if (fixed(s)) params.s = s;
    if (fixed(p)) params.p = p;
    if (fixed(o)) params.o = o;
    if (!g || g.termType === 'DefaultGraph') {
      for (const r of await QUERIES.select(this.store, 'match-default', params as QueryParams)) {
        yield DataFactory.quad(r.s as RDF.Quad_Subject, r.p as RDF.Quad_Predicate, r.o as RDF.Quad_Object);
      }
      return;
    }
    if (g?.termType === 'NamedNode') params.g = g;
    for (const r of await QUERIES.select(this.store, 'match-named', params as QueryParams)) {
      yield DataFactory.quad(r.s as RDF.Quad_Subject, r.p as RDF.Quad_Predicate, r.o as RDF.Quad_Object, r.g as RDF.Quad_Graph);
    }
  }
}
