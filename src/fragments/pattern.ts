/**
 * The triple pattern of a fragment request (TPF specification §3.3):
 * `subject`, `predicate` and `object` in the explicit representation of
 * Hydra (IRIs as they are; literals as "text", "text"@lang or
 * "text"^^datatype), absent, empty or a variable (`?x`) for any term; blank
 * nodes match anything too, as they cannot name a term across requests.
 * A literal is allowed as subject or predicate, and matches nothing.
 * `graph` restricts the pattern to one named graph (quad patterns); `page`
 * chooses the page.
 */
import type * as RDF from '@rdfjs/types';
import { DataFactory } from '../store/n3';
import { BadRequestError } from '../errors';
import { isAbsoluteIri } from '../store/terms';

/** A literal subject or predicate is allowed: it matches nothing (a client joining bindings may well send one). */
export interface TriplePattern {
  readonly subject?: RDF.NamedNode | RDF.Literal;
  readonly predicate?: RDF.NamedNode | RDF.Literal;
  readonly object?: RDF.NamedNode | RDF.Literal;
  readonly graph?: RDF.NamedNode;
}

export interface FragmentRequest {
  readonly pattern: TriplePattern;
  /** 1-based. */
  readonly page: number;
}

/** Pages beyond this are refused: an offset this large is a crawl better served by a dump. */
export const MAX_PAGE = 1_000_000;

const free = (value: string | undefined) => value === undefined || value === '' || value.startsWith('?') || value.startsWith('_:');

function iri(name: string, value: string): RDF.NamedNode {
  // A client may write the IRI between angle brackets, as N-Triples does.
  const v = value.startsWith('<') && value.endsWith('>') ? value.slice(1, -1) : value;
  if (!isAbsoluteIri(v)) throw new BadRequestError(`Parameter "${name}": "${value}" is not an absolute IRI (write a literal object as "text", "text"@en or "text"^^datatype-IRI)`);
  return DataFactory.namedNode(v);
}

function term(name: string, value: string): RDF.NamedNode | RDF.Literal {
  return value.startsWith('"') ? literal(name, value) : iri(name, value);
}

/** A literal in the explicit representation; the text runs to the last quote, so quotes inside it need no escape. */
function literal(name: string, value: string): RDF.Literal {
  const end = value.lastIndexOf('"');
  if (end <= 0) throw new BadRequestError(`Parameter "${name}": ${value} opens a literal with " but does not close it`);
  const text = value.slice(1, end);
  const rest = value.slice(end + 1);
  if (rest === '') return DataFactory.literal(text);
  if (rest.startsWith('@')) {
    if (!/^@[A-Za-z]+(-[A-Za-z0-9]+)*$/.test(rest)) throw new BadRequestError(`Parameter "${name}": "${rest.slice(1)}" is not a language tag`);
    return DataFactory.literal(text, rest.slice(1).toLowerCase());
  }
  if (rest.startsWith('^^')) return DataFactory.literal(text, iri(name, rest.slice(2)));
  throw new BadRequestError(`Parameter "${name}": after the closing quote of a literal comes @language or ^^datatype, not "${rest}"`);
}

export function parseFragmentRequest(params: URLSearchParams): FragmentRequest {
  for (const name of new Set(params.keys())) {
    if (!['subject', 'predicate', 'object', 'graph', 'page'].includes(name)) throw new BadRequestError(`Unknown parameter "${name}"; a fragment takes subject, predicate, object, graph and page`);
    if (params.getAll(name).length > 1) throw new BadRequestError(`Parameter "${name}" is given more than once`);
  }
  const s = params.get('subject') ?? undefined;
  const p = params.get('predicate') ?? undefined;
  const o = params.get('object') ?? undefined;
  const g = params.get('graph') ?? undefined;
  const pageText = params.get('page') ?? '1';
  if (!/^[1-9]\d*$/.test(pageText) || Number(pageText) > MAX_PAGE) throw new BadRequestError(`Parameter "page": "${pageText}" is not a page number from 1 to ${MAX_PAGE}`);
  return {
    pattern: {
      ...(free(s) ? {} : { subject: term('subject', s as string) }),
      ...(free(p) ? {} : { predicate: term('predicate', p as string) }),
      ...(free(o) ? {} : { object: term('object', o as string) }),
      ...(g === undefined || g === '' ? {} : { graph: iri('graph', g) }),
    },
    page: Number(pageText),
  };
}

/** The request's canonical URL under `base` (the fragments URL): parameters in one order, page 1 implied. */
export function fragmentUrl(base: string, pattern: TriplePattern, page = 1): string {
  const q = new URLSearchParams();
  if (pattern.graph) q.set('graph', pattern.graph.value);
  if (pattern.subject) q.set('subject', explicit(pattern.subject));
  if (pattern.predicate) q.set('predicate', explicit(pattern.predicate));
  if (pattern.object) q.set('object', explicit(pattern.object));
  if (page > 1) q.set('page', String(page));
  const query = q.toString();
  return query ? `${base}?${query}` : base;
}

/** A term in the explicit representation. */
export function explicit(term: RDF.NamedNode | RDF.Literal): string {
  if (term.termType === 'NamedNode') return term.value;
  if (term.language) return `"${term.value}"@${term.language}`;
  return term.datatype.value === 'http://www.w3.org/2001/XMLSchema#string' ? `"${term.value}"` : `"${term.value}"^^${term.datatype.value}`;
}
