/**
 * The gate every query passes before it reaches a store: sparqljs parses it
 * (or, for the simple queries ./scan.ts recognises, the store's parser alone),
 * so a malformed query fails with the parser's own message, line and
 * column, and requests this read-only endpoint does not serve (SPARQL Update,
 * SERVICE with a variable) are refused with a message naming the feature.
 * The endpoints a query calls with SERVICE are listed, for the layer above
 * to check against the federation allowlist (./federation/).
 */
import type * as RDF from '@rdfjs/types';
import type { DatasetSpec, QueryForm } from '../store/types';
import { Generator, Parser, type Query, type SparqlQuery, type Update, type Variable } from 'sparqljs';
import { QuerySyntaxError, UnsupportedError } from '../errors';
import { scanQuery, type QueryScan } from './scan';


export interface ParsedQuery {
  /** The text as sent (what the store runs unless the layer above had to rewrite the syntax tree). */
  readonly text: string;
  /** The syntax tree; for a query taken on the scan alone (`checked` false), parsed when first asked for. */
  readonly ast: Query;
  readonly form: QueryForm;
  /** Projected variable names (without `?`), or `'*'` for `SELECT *`; empty for the other forms. */
  readonly variables: readonly string[] | '*';
  /** The endpoints of the query's SERVICE patterns, each once, in the order they appear. */
  readonly services: readonly string[];
  /** The outermost query's LIMIT, if any. */
  readonly limit?: number;
  /** Whether a VALUES block follows the outermost WHERE clause (SPARQL 1.1 Query §19.8 [7]). */
  readonly trailingValues: boolean;
  /**
   * The dataset the query's own FROM / FROM NAMED clauses describe (SPARQL 1.1 Query §13.2): FROM alone leaves
   * no named graphs, FROM NAMED alone an empty default graph. Undefined when it has neither.
   */
  readonly dataset?: DatasetSpec;
  /** Whether sparqljs has checked the text; if not, the store's own parser does (./scan.ts). */
  readonly checked: boolean;
}

/** sparqljs (Jison) attaches to its errors the location of the last token it accepted (`hash.loc`, 0-based columns). */
interface JisonError extends Error {
  hash?: { loc?: { last_line: number; last_column: number } };
}

/**
 * Where the offending token starts: after the last accepted token, past
 * whitespace and comments (the spot Jison's own message points at with `^`).
 */
function errorPosition(text: string, loc: { last_line: number; last_column: number }): { line: number; column: number } {
  const lines = text.split('\n');
  let offset = lines.slice(0, loc.last_line - 1).reduce((n, l) => n + l.length + 1, 0) + loc.last_column;
  offset += (/^(?:\s|#[^\n]*)*/.exec(text.slice(offset)) as RegExpExecArray)[0].length;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

export { MAX_NESTING } from './scan';

/** sparqljs's syntax tree of a query or an update; a syntax error is a QuerySyntaxError with its line and column. */
function parseText(text: string, baseIri: string | undefined): SparqlQuery {
  // The scan refuses a query nested too deeply before the parser recurses into it.
  scanQuery(text);
  try {
    return new Parser({ baseIRI: baseIri }).parse(text);
  } catch (e) {
    const error = e as JisonError;
    const loc = error.hash?.loc;
    throw new QuerySyntaxError(error.message, loc ? errorPosition(text, loc) : {}, { cause: e });
  }
}

/** Parses an update (for the layers that rewrite one, ./update-dataset.ts); a query is a syntax error here. */
export function parseUpdate(text: string, options: { baseIri?: string } = {}): Update {
  const ast = parseText(text, options.baseIri);
  if (ast.type !== 'update') throw new QuerySyntaxError('not an update: expected INSERT, DELETE, LOAD, CLEAR, CREATE, DROP, ADD, MOVE or COPY');
  return ast;
}

/** Serialises a (rewritten) update syntax tree back to SPARQL text. */
export function generateUpdate(ast: Update): string {
  return new Generator().stringify(ast);
}

/** Parses and checks a query. `baseIri` resolves relative IRIs (SPARQL 1.1 Query §4.1.1.1). */
export function parseQuery(text: string, options: { baseIri?: string } = {}): ParsedQuery {
  const ast = parseText(text, options.baseIri);
  // sparqljs answers a text with no operation (empty, only comments, PREFIX or BASE) with a bare prologue.
  if (ast.type !== 'query' && ast.type !== 'update') throw new QuerySyntaxError('empty query: no SELECT, ASK, CONSTRUCT or DESCRIBE after the prologue');
  if (ast.type === 'update') {
    const operations = [...new Set(ast.updates.map(updateName))].join(', ');
    throw new UnsupportedError(`SPARQL Update (${operations}) is not accepted: this is a read-only query endpoint`);
  }
  // sparqljs sets `limit` and `values` on every query form; its typings declare them on some only.
  const { limit, values } = ast as Query & { limit?: number; values?: unknown };
  const dataset = datasetOf(ast);
  return {
    text,
    ast,
    form: ast.queryType.toLowerCase() as QueryForm,
    variables: projected(ast),
    services: servicesOf(ast),
    ...(limit === undefined ? {} : { limit }),
    trailingValues: values !== undefined,
    ...(dataset ? { dataset } : {}),
    checked: true,
  };
}

/**
 * A query the scan found needs no syntax tree (no FROM, SERVICE or trailing VALUES): its tree, and its projected
 * variables, are parsed only if some caller asks for them. The store parses the text itself.
 */
export function scannedQuery(text: string, scan: QueryScan, options: { baseIri?: string } = {}): ParsedQuery {
  let full: ParsedQuery | undefined;
  const parsed = () => (full ??= parseQuery(text, options));
  return {
    text,
    form: scan.form,
    services: [],
    ...(scan.limit === undefined ? {} : { limit: scan.limit }),
    trailingValues: false,
    checked: false,
    get ast() {
      return parsed().ast;
    },
    get variables() {
      return parsed().variables;
    },
  };
}

function datasetOf(ast: Query): DatasetSpec | undefined {
  const from = (ast as { from?: { default?: readonly RDF.NamedNode[]; named?: readonly RDF.NamedNode[] } }).from;
  const defaultGraphs = from?.default?.map((g) => g.value) ?? [];
  const namedGraphs = from?.named?.map((g) => g.value) ?? [];
  return defaultGraphs.length || namedGraphs.length ? { defaultGraphs, namedGraphs } : undefined;
}

/** Serialises a (possibly rewritten) syntax tree back to SPARQL text. */
export function generateQuery(ast: Query): string {
  return new Generator().stringify(ast);
}

function projected(ast: Query): readonly string[] | '*' {
  if (ast.queryType !== 'SELECT') return [];
  const vars = ast.variables as readonly (Variable | { termType: 'Wildcard' })[];
  if (vars.some((v) => 'termType' in v && v.termType === 'Wildcard')) return '*';
  return (vars as readonly Variable[]).map((v) => ('variable' in v ? v.variable.value : v.value));
}

const UPDATE_NAMES: Record<string, string> = { insert: 'INSERT DATA', delete: 'DELETE DATA', deletewhere: 'DELETE WHERE', insertdelete: 'INSERT/DELETE' };

/** sparqljs marks graph management operations with `type` (load, clear, ...) and data changes with `updateType`. */
function updateName(op: object): string {
  const o = op as { type?: string; updateType?: string };
  return o.type ? o.type.toUpperCase() : (UPDATE_NAMES[o.updateType ?? ''] ?? 'update');
}

/**
 * The endpoints of the SERVICE patterns. A SERVICE pattern can hide anywhere
 * a group can: OPTIONAL, UNION, MINUS, subqueries, EXISTS filters. The walk
 * keeps its own stack, so no nesting depth can overflow the call stack. A
 * SERVICE with a variable is refused: the endpoints a query may call must be
 * known before it runs (SPARQL 1.1 Federated Query §4 leaves it optional).
 */
function servicesOf(root: unknown): string[] {
  const found = new Set<string>();
  const pending: unknown[] = [root];
  const ordered: string[] = [];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== 'object') continue;
    if ((node as { type?: unknown }).type === 'service') {
      const name = (node as { name: { termType: string; value: string } }).name;
      if (name.termType !== 'NamedNode') throw new UnsupportedError(`SERVICE ?${name.value}: a SERVICE endpoint must be an IRI, not a variable`);
      if (!found.has(name.value)) ordered.push(name.value);
      found.add(name.value);
    }
    // A loop, not push(...children): a long VALUES block would exceed the argument limit. Reversed, so the walk meets patterns in text order.
    const children = Array.isArray(node) ? node : Object.values(node);
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }
  return ordered;
}
