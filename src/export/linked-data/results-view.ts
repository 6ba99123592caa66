/**
 * A named query's answer as a table for people: each term becomes a value
 * (CDKG IRIs link to their local pages, literals keep a note of a datatype or
 * language worth showing), so the page in src/http/pages/ only lays it out.
 */
import type * as RDF from '@rdfjs/types';
import type { QueryResult } from '../../store/types';
import { literalNote } from './entity-view';
import { editorHref } from './home-view';
import { link } from './links';
import type { FormatLink, ResultsView, Value } from './views';

export interface ResultsInput {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly params: readonly (readonly [string, string])[];
  /** The query text with the parameters bound (what ran). */
  readonly text: string;
  readonly result: QueryResult;
  readonly truncatedAt?: number;
  readonly publicBase: string;
  /** The machine formats to link (`json`, `csv`, … for tables, `turtle`, … for graphs), by name and media type. */
  readonly formats: readonly { readonly name: string; readonly mediaType: string }[];
}

function value(term: RDF.Term, publicBase: string): Value {
  if (term.termType === 'Literal') return { kind: 'literal', text: term.value, note: literalNote(term) };
  if (term.termType === 'BlankNode') return { kind: 'literal', text: `_:${term.value}` };
  return { kind: 'link', link: link(term.value, undefined, publicBase) };
}

function formatLinks(input: ResultsInput): FormatLink[] {
  return input.formats.map((f) => {
    const query = new URLSearchParams([...input.params.map(([k, v]): [string, string] => [k, v]), ['format', f.name]]);
    return { label: f.name, href: `/queries/${encodeURIComponent(input.name)}?${query.toString()}`, mediaType: f.mediaType };
  });
}

export function resultsView(input: ResultsInput): ResultsView {
  const { result, publicBase } = input;
  const base = {
    title: input.title,
    description: input.description,
    params: input.params.map(([name, v]) => ({ name, value: v })),
    editorHref: editorHref(input.text, input.title),
    formats: formatLinks(input),
    ...(input.truncatedAt !== undefined ? { truncatedAt: input.truncatedAt } : {}),
  };
  switch (result.kind) {
    case 'ask':
      return { ...base, columns: [], rows: [], ask: result.value };
    case 'select':
      return {
        ...base,
        columns: result.variables,
        rows: result.bindings.map((b) => result.variables.map((v) => (b[v] ? value(b[v], publicBase) : undefined))),
      };
    case 'graph':
      return {
        ...base,
        columns: ['subject', 'predicate', 'object'],
        rows: result.quads.map((q) => [value(q.subject, publicBase), value(q.predicate, publicBase), value(q.object, publicBase)]),
      };
  }
}
