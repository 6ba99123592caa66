/**
 * A remote store's answers read into the store interface's types: SPARQL 1.1
 * Query Results JSON (§3) into bindings, N-Triples or Turtle into quads.
 * Some stores write a dialect: Virtuoso still writes the 2007 draft's
 * `typed-literal` type, `xsd:boolean` values as `1` and `0`, and keeps an
 * explicit `^^xsd:string` that RDF 1.1 makes the same literal as a plain one
 * (RDF 1.1 Concepts §3.3). `standardJson` rewrites such an answer into the
 * standard form before it reaches a client or a parser (docs/deployment.md).
 */
import { DataFactory } from '../n3';
import type * as RDF from '@rdfjs/types';
import { XSD } from '../../../ontology/namespaces';
import { InternalError } from '../../errors';
import { parseRdf } from '../oxigraph';
import type { Binding, QueryResult } from '../types';

const { namedNode, blankNode, literal, quad } = DataFactory;

interface JsonTerm {
  type: string;
  value: string | { subject: JsonTerm; predicate: JsonTerm; object: JsonTerm };
  'xml:lang'?: string;
  datatype?: string;
}
interface JsonResults {
  head?: { vars?: string[] };
  boolean?: boolean;
  results?: { bindings: Record<string, JsonTerm>[] };
}

/** One term in the standard form; true when it had to change. */
function standardTerm(t: JsonTerm): boolean {
  let changed = false;
  if (t.type === 'typed-literal') {
    t.type = 'literal';
    changed = true;
  }
  if (t.type === 'literal' && t.datatype === XSD.string) {
    delete t.datatype;
    changed = true;
  }
  if (t.type === 'literal' && t.datatype === XSD.boolean && (t.value === '1' || t.value === '0')) {
    t.value = t.value === '1' ? 'true' : 'false';
    changed = true;
  }
  if (t.type === 'triple' && typeof t.value === 'object') {
    for (const part of [t.value.subject, t.value.predicate, t.value.object]) changed = standardTerm(part) || changed;
  }
  return changed;
}

/** The answer as parsed JSON in the standard form, and whether it differed from the text. */
function parseResults(text: string): { json: JsonResults; changed: boolean } {
  let json: JsonResults;
  try {
    json = JSON.parse(text) as JsonResults;
  } catch (e) {
    throw new InternalError('The remote SPARQL store answered with JSON that does not parse', { cause: e });
  }
  let changed = false;
  // Virtuoso answers some ASK queries as one row of a variable __ASK_RETVAL, 1 or 0 (with a dataset given by the protocol).
  const vars = json.head?.vars;
  if (json.boolean === undefined && vars?.length === 1 && vars[0] === '__ASK_RETVAL') {
    json = { head: {}, boolean: json.results?.bindings[0]?.__ASK_RETVAL?.value === '1' };
    return { json, changed: true };
  }
  for (const row of json.results?.bindings ?? []) for (const t of Object.values(row)) changed = standardTerm(t) || changed;
  return { json, changed };
}

/** A SPARQL JSON answer as standard SPARQL 1.1 Query Results JSON text (unchanged when it already is). */
export function standardJson(text: string): string {
  // Most answers need nothing: only these markers mean a term may have to change.
  if (!text.includes('typed-literal') && !text.includes(XSD.string) && !text.includes(XSD.boolean) && !text.includes('__ASK_RETVAL')) return text;
  const { json, changed } = parseResults(text);
  return changed ? JSON.stringify(json) : text;
}

function term(t: JsonTerm): RDF.Term {
  if (t.type === 'triple' && typeof t.value === 'object') {
    return quad(term(t.value.subject) as RDF.Quad_Subject, term(t.value.predicate) as RDF.Quad_Predicate, term(t.value.object) as RDF.Quad_Object);
  }
  const value = t.value as string;
  switch (t.type) {
    case 'uri':
      return namedNode(value);
    case 'bnode':
      // A label any syntax can write: Virtuoso names blank nodes `nodeID://b10000`, no N-Triples label.
      return blankNode(value.replace(/^nodeID:\/\//, '').replace(/[^A-Za-z0-9_-]/g, '_'));
    case 'literal':
      return literal(value, t['xml:lang'] ?? (t.datatype ? namedNode(t.datatype) : undefined));
    default:
      throw new InternalError(`The remote SPARQL store answered with a term of type ${t.type}`);
  }
}

/** A SELECT or ASK answer (SPARQL JSON text) as a QueryResult. */
export function resultOfJson(text: string): QueryResult {
  const { json } = parseResults(text);
  if (typeof json.boolean === 'boolean') return { kind: 'ask', value: json.boolean };
  if (!json.results) throw new InternalError('The remote SPARQL store answered a query with neither results nor a boolean');
  const bindings = json.results.bindings.map((row): Binding => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, term(v)])));
  return { kind: 'select', variables: json.head?.vars ?? [], bindings };
}

/** What Accept asks for a graph answer: N-Triples, which every store writes fast, else Turtle. */
export const GRAPH_ACCEPT = 'application/n-triples, text/turtle;q=0.9';

/** A CONSTRUCT or DESCRIBE answer as quads of the default graph. */
export function quadsOfGraphText(text: string, contentType: string): RDF.Quad[] {
  const format = contentType === 'application/n-triples' || contentType === 'text/plain' ? 'application/n-triples' : contentType === 'text/turtle' ? 'text/turtle' : undefined;
  if (!format) throw new InternalError(`The remote SPARQL store answered a graph query as ${contentType || 'an unnamed type'}, not N-Triples or Turtle`);
  try {
    return parseRdf(text, { format, file: "the remote store's answer" });
  } catch (e) {
    // The remote's fault, not the client's: no 400.
    throw new InternalError(`The remote SPARQL store answered a graph query with ${format} that does not parse`, { cause: e });
  }
}
