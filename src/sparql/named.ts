/**
 * Named queries: the public `.rq` files of Config.queriesDir, loaded by file
 * stem, with the header the team agreed on (contract 4):
 *
 *   # title: <one line>
 *   # description: <one line>
 *   # param: <name> <iri|string|date|integer> <description>
 *   # example: <name>=<value>&<name>=<value>
 *
 * A parameter is bound by putting a VALUES block for its variable at the head
 * of the WHERE clause of the parsed syntax tree; values become RDF terms and
 * are never spliced into query text, so a value cannot change the query.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DataFactory } from '../store/n3';
import type * as RDF from '@rdfjs/types';
import type { Pattern } from 'sparqljs';
import { PREFIXES, XSD } from '../../ontology/namespaces';
import { BadRequestError, InternalError, NotFoundError, QuerySyntaxError } from '../errors';
import { generateQuery, parseQuery, type ParsedQuery } from './parse';
import { serviceOptions } from './service';
import { isAbsoluteIri } from '../store/terms';

const { namedNode, literal } = DataFactory;

const PARAM_TYPES = ['iri', 'string', 'date', 'integer'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

export interface NamedQueryParam {
  readonly name: string;
  readonly type: ParamType;
  readonly description: string;
}

const HEADER = /^#\s*(title|description|param|example)\s*:\s*(.*)$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `/queries/<name>?format=` names the output format, so no query parameter may take that name. */
const RESERVED = 'format';

/**
 * One named query: its header, read when the folder is loaded, and its syntax tree, parsed on first use. The
 * parse waits because the server reads the folder while its first worker loads the data, and a dozen sparqljs
 * parses on the main thread took that load's second core (docs/performance.md, "Start"); `kb validate` calls
 * check() on every one, so a broken file is still found before it is served.
 */
export class NamedQuery {
  private parsed?: ParsedQuery;

  constructor(
    readonly name: string,
    readonly title: string,
    readonly description: string,
    readonly params: readonly NamedQueryParam[],
    /** Example parameters as a query string (`a=1&b=2`), for docs, the editor and tests. */
    readonly example: string | undefined,
    readonly text: string,
    /** The file as messages name it (relative to the working folder). */
    readonly file: string,
    private readonly parse: (text: string) => ParsedQuery,
  ) {}

  /** Parses the query and checks that each parameter is one of its variables; throws QuerySyntaxError naming the file. */
  check(): ParsedQuery {
    let query: ParsedQuery;
    try {
      query = this.parse(this.text);
    } catch (e) {
      if (e instanceof QuerySyntaxError) throw new QuerySyntaxError(e.message, { ...e.position, file: this.file }, { cause: e });
      throw e;
    }
    const variables = variablesOf(query.ast);
    for (const p of this.params) {
      if (!variables.has(p.name)) throw new QuerySyntaxError(`parameter "${p.name}" is not a variable of the query`, { file: this.file });
    }
    return query;
  }

  /** The parsed query. A file that does not parse is the server's fault, not the client's: an InternalError (a logged 500). */
  get query(): ParsedQuery {
    if (!this.parsed) {
      try {
        this.parsed = this.check();
      } catch (e) {
        throw new InternalError(`Named query ${this.name} does not load: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      }
    }
    return this.parsed;
  }
}

/** Reads the header comments of one `.rq` file; `parse` checks the query when it is first used (the SparqlService's parser, with its base IRI). */
export function readNamedQuery(file: string, parse: (text: string) => ParsedQuery): NamedQuery {
  const name = path.basename(file, '.rq');
  const text = fs.readFileSync(file, 'utf8');
  const where = path.relative(process.cwd(), file) || file;
  const fields: { title?: string; description?: string; example?: string } = {};
  const params: NamedQueryParam[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length && lines[i].startsWith('#'); i++) {
    const m = HEADER.exec(lines[i]);
    if (!m) continue;
    const [, key, value] = m;
    if (key !== 'param') {
      fields[key as 'title' | 'description' | 'example'] = value.trim();
      continue;
    }
    const [pname, ptype, ...rest] = value.trim().split(/\s+/);
    if (!NAME.test(pname ?? '') || !(PARAM_TYPES as readonly string[]).includes(ptype ?? '')) {
      throw new QuerySyntaxError(`"# param:" must read "<name> <${PARAM_TYPES.join('|')}> <description>", got "${value.trim()}"`, { file: where, line: i + 1, column: 1 });
    }
    if (pname === RESERVED) throw new QuerySyntaxError(`parameter name "${RESERVED}" is reserved for the output format`, { file: where, line: i + 1, column: 1 });
    params.push({ name: pname, type: ptype as ParamType, description: rest.join(' ') });
  }
  if (!fields.title) throw new QuerySyntaxError('missing "# title:" header line', { file: where, line: 1, column: 1 });
  return new NamedQuery(name, fields.title, fields.description ?? '', params, fields.example, text, where, parse);
}

/** Loads every `.rq` file of a folder, sorted by name; a missing folder holds no queries. */
export function loadNamedQueries(dir: string, parse: (text: string) => ParsedQuery): NamedQueries {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.rq')).sort() : [];
  return new NamedQueries(files.map((f) => readNamedQuery(path.join(dir, f), parse)));
}

/** The named queries of Config.queriesDir, each parsed (on first use) as the endpoint parses a query, with its base IRI: the server and `kb validate` read them alike. */
export function namedQueriesOf(config: Parameters<typeof serviceOptions>[0] & { readonly queriesDir: string }): NamedQueries {
  const { baseIri } = serviceOptions(config);
  return loadNamedQueries(config.queriesDir, (text) => parseQuery(text, { baseIri }));
}

export class NamedQueries {
  private readonly byName: ReadonlyMap<string, NamedQuery>;

  constructor(queries: readonly NamedQuery[]) {
    this.byName = new Map(queries.map((q) => [q.name, q]));
  }

  /** Parses every query (`kb validate`); throws the first QuerySyntaxError, with its file, line and column. Returns how many there are. */
  check(): number {
    for (const q of this.byName.values()) q.check();
    return this.byName.size;
  }

  list(): readonly NamedQuery[] {
    return [...this.byName.values()];
  }

  get(name: string): NamedQuery {
    const q = this.byName.get(name);
    if (!q) throw new NotFoundError(`No named query "${name}"; see /queries for the list`);
    return q;
  }

  /**
   * Binds parameters (name, value pairs; a name given twice gives two rows
   * of VALUES, i.e. either value) and returns the query to run. A parameter
   * not given leaves its variable free.
   */
  bind(name: string, params: Iterable<readonly [string, string]>): ParsedQuery {
    const q = this.get(name);
    const rows = new Map<string, RDF.Term[]>();
    for (const [key, raw] of params) {
      const p = q.params.find((x) => x.name === key);
      if (!p) {
        const known = q.params.map((x) => `${x.name} (${x.type})`).join(', ') || 'none';
        throw new BadRequestError(`Unknown parameter "${key}" for query "${name}"; it takes: ${known}`);
      }
      rows.set(key, [...(rows.get(key) ?? []), toTerm(p, raw, exampleValue(q, key))]);
    }
    if (rows.size === 0) return q.query;
    const values: Pattern[] = [...rows].map(([key, terms]) => ({ type: 'values', values: terms.map((t) => ({ [`?${key}`]: t as never })) }));
    const ast = { ...q.query.ast, where: [...values, ...(q.query.ast.where ?? [])] };
    return { ...q.query, ast, text: generateQuery(ast) };
  }
}

/** The value the query's own `# example:` line gives a parameter, if any. */
function exampleValue(q: NamedQuery, name: string): string | undefined {
  return q.example === undefined ? undefined : (new URLSearchParams(q.example).get(name) ?? undefined);
}

const PREFIXED = /^([A-Za-z][\w-]*):(.*)$/;
const BRACKETED = /^<(.*)>$/;

/**
 * Reads an IRI parameter as SPARQL writes IRIs (Query §4.1.1): `<...>` is an
 * absolute IRI, `p:local` a prefixed name of the PREFIXES table. A value with
 * `://` after its scheme is taken as an absolute IRI too, as no prefixed name
 * can look like that (a local name cannot start with `/`); any other `p:local`
 * whose `p` is not a known prefix is a mistake (a typo such as `stat:`), not
 * an IRI with the scheme `p`, and is refused with the prefixes that exist.
 */
function iriOf(raw: string, bad: (expected: string) => BadRequestError, expected: string): string {
  const bracketed = BRACKETED.exec(raw);
  if (bracketed) return bracketed[1];
  const m = PREFIXED.exec(raw);
  if (m && !m[2].startsWith('//')) {
    const prefixes: Readonly<Record<string, string>> = PREFIXES;
    if (prefixes[m[1]] !== undefined) return prefixes[m[1]] + m[2];
    throw bad(`${expected}, but "${m[1]}:" is not a known prefix; known prefixes: ${Object.keys(PREFIXES).join(', ')} (write other IRIs in full, <urn:x> in angle brackets)`);
  }
  return raw;
}

/**
 * Turns a raw parameter value into the RDF term its declared type asks for; a
 * bad value names the parameter and the expected form, with `example` (the
 * query's own example value) as the model of a good one.
 */
export function toTerm(param: NamedQueryParam, raw: string, example?: string): RDF.Term {
  const bad = (expected: string) => new BadRequestError(`Parameter "${param.name}" must be ${expected}, got "${raw}"`);
  const iriForm = `an absolute IRI or a prefixed name${example === undefined ? ' (prefix:name)' : `, such as ${example}`}`;
  switch (param.type) {
    case 'iri': {
      const iri = iriOf(raw, bad, iriForm);
      if (!isAbsoluteIri(iri)) throw bad(iriForm);
      return namedNode(iri);
    }
    case 'string':
      return literal(raw);
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
      const d = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) throw bad('a date YYYY-MM-DD');
      return literal(raw, namedNode(XSD.date));
    }
    case 'integer':
      if (!/^[+-]?\d+$/.test(raw)) throw bad('an integer');
      return literal(raw, namedNode(XSD.integer));
  }
}

function variablesOf(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => variablesOf(n, out));
  else if (node !== null && typeof node === 'object') {
    const t = node as { termType?: string; value?: unknown };
    if (t.termType === 'Variable' && typeof t.value === 'string') out.add(t.value);
    else Object.values(node).forEach((n) => variablesOf(n, out));
  }
  return out;
}
