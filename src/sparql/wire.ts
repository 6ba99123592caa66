/**
 * The plain, structured-clone-safe form in which terms, quads and results
 * cross the worker-thread boundary. n3 terms keep their data behind getters
 * and prototypes, which `postMessage` drops, so they are flattened here and
 * rebuilt as n3 terms on the other side.
 */
import { DataFactory } from '../store/data-factory';
import type * as RDF from '@rdfjs/types';
import type { Binding, QueryResult } from '../store/types';

const { namedNode, blankNode, literal, quad, defaultGraph, variable } = DataFactory;

export type WireTerm =
  | { readonly t: 'iri' | 'bnode' | 'var' | 'default'; readonly v: string }
  | { readonly t: 'literal'; readonly v: string; readonly lang?: string; readonly dt: string }
  | { readonly t: 'quad'; readonly s: WireTerm; readonly p: WireTerm; readonly o: WireTerm; readonly g: WireTerm };

export type WireResult =
  | { readonly kind: 'select'; readonly variables: readonly string[]; readonly bindings: readonly Record<string, WireTerm>[] }
  | { readonly kind: 'ask'; readonly value: boolean }
  | { readonly kind: 'graph'; readonly quads: readonly WireTerm[] };

export function toWire(term: RDF.Term): WireTerm {
  switch (term.termType) {
    case 'NamedNode':
      return { t: 'iri', v: term.value };
    case 'BlankNode':
      return { t: 'bnode', v: term.value };
    case 'Variable':
      return { t: 'var', v: term.value };
    case 'DefaultGraph':
      return { t: 'default', v: '' };
    case 'Literal':
      return term.language ? { t: 'literal', v: term.value, lang: term.language, dt: term.datatype.value } : { t: 'literal', v: term.value, dt: term.datatype.value };
    case 'Quad':
      return { t: 'quad', s: toWire(term.subject), p: toWire(term.predicate), o: toWire(term.object), g: toWire(term.graph) };
  }
}

export function fromWire(w: WireTerm): RDF.Term {
  switch (w.t) {
    case 'iri':
      return namedNode(w.v);
    case 'bnode':
      return blankNode(w.v);
    case 'var':
      return variable(w.v);
    case 'default':
      return defaultGraph();
    case 'literal':
      return literal(w.v, w.lang ?? namedNode(w.dt));
    case 'quad':
      return quad(fromWire(w.s) as RDF.Quad_Subject, fromWire(w.p) as RDF.Quad_Predicate, fromWire(w.o) as RDF.Quad_Object, fromWire(w.g) as RDF.Quad_Graph);
  }
}

export function resultToWire(result: QueryResult): WireResult {
  switch (result.kind) {
    case 'ask':
      return result;
    case 'graph':
      return { kind: 'graph', quads: result.quads.map(toWire) };
    case 'select':
      return {
        kind: 'select',
        variables: result.variables,
        bindings: result.bindings.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, toWire(v)]))),
      };
  }
}

export function resultFromWire(result: WireResult): QueryResult {
  switch (result.kind) {
    case 'ask':
      return result;
    case 'graph':
      return { kind: 'graph', quads: result.quads.map((q) => fromWire(q) as RDF.Quad) };
    case 'select':
      return {
        kind: 'select',
        variables: result.variables,
        bindings: result.bindings.map((row): Binding => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, fromWire(v)]))),
      };
  }
}
