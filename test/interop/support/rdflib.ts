/**
 * What the Python rdflib interoperability tests share: the runner of
 * /usr/bin/python3 and its client test/interop/rdflib-client.py, the server
 * they query (real, on an ephemeral port), the shapes of the client's JSON
 * answers and small readers of the triples it returns. Every IRI comes from
 * ontology/namespaces.ts. Kept apart so that each test file holds one part
 * of what a researcher's rdflib script does.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { BASE, RDF, SD, VOID, entityIri } from '../../../ontology/namespaces';
import { DEFAULTS } from '../../../src/config';
import { startServer, type RunningServer } from '../../../src/http/server';

const PYTHON = '/usr/bin/python3';
const CLIENT = path.join(__dirname, '..', 'rdflib-client.py');
const MISSING_RDFLIB =
  `python3-rdflib is missing: these interoperability tests drive Debian's rdflib through ${PYTHON}. ` +
  'Install it with `apt-get install -y python3-rdflib` (.ci/run installs it in CI).';

export interface Term {
  readonly type: 'uri' | 'bnode' | 'literal';
  readonly value: string;
  readonly lang?: string;
  readonly datatype?: string;
}
export type Triple = readonly [Term, Term, Term];

export interface SelectAnswer { type: 'SELECT'; vars: string[]; rows: Record<string, Term>[] }
export interface AskAnswer { type: 'ASK'; boolean: boolean }
export interface GraphAnswer { type: 'CONSTRUCT' | 'DESCRIBE'; triples: Triple[] }
export interface StoreAnswer { objects: string[]; length: number; contexts: string[]; lengths: Record<string, number> }
export interface ParsedDocument {
  path: string;
  format: string | null;
  error?: string;
  count: number;
  canonical: string;
  triples: Triple[];
  fetchedFromPublicBase: string[];
}
export interface DumpAnswer {
  contentType: string | null;
  contentEncoding: string | null;
  bytes: number;
  sha256: string;
  triples: number;
  quads: number | null;
  graphs: Record<string, number> | null;
  canonical: string;
  fetchedFromPublicBase: string[];
}

export const US = entityIri('state', 'united-states');
export const EU = entityIri('union', 'european-union');
export const BUDAPEST = entityIri('instrument', 'budapest-convention');
export const OAS_A55 = entityIri('instrument', 'oas-a-55');
export const UNTOC = entityIri('instrument', 'untoc');

/** The server path of a CDKG IRI (the w3id.org redirect maps the public base onto the server by path). */
export function localPath(iri: string): string {
  if (!iri.startsWith(BASE)) throw new RangeError(`${iri} is not under ${BASE}`);
  return `/${iri.slice(BASE.length)}`;
}

export const objects = (triples: readonly Triple[], s: string, p: string): Term[] =>
  triples.filter(([a, b]) => a.value === s && b.value === p).map(([, , o]) => o);
export const subjects = (triples: readonly Triple[], p: string, o: string): string[] =>
  triples.filter(([, b, c]) => b.value === p && c.value === o).map(([a]) => a.value);
export const has = (triples: readonly Triple[], s: string, p: string, o: string): boolean => objects(triples, s, p).some((t) => t.value === o);
/** The one value of s p, as a number (void:triples, dcat:byteSize). */
export function count(triples: readonly Triple[], s: string, p: string): number {
  const values = objects(triples, s, p);
  expect(values).toHaveLength(1);
  return Number(values[0].value);
}

/** sd:namedGraph [ sd:name G ; sd:graph [ void:triples N ] ] → { G: N }. */
export function namedGraphTriples(triples: readonly Triple[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const ng of subjects(triples, RDF.type, SD.NamedGraph)) {
    const [name] = objects(triples, ng, SD.name);
    const [graph] = objects(triples, ng, SD.graph);
    out[name.value] = count(triples, graph.value, VOID.triples);
  }
  return out;
}

/** The five dumps: media type (as dcat:mediaType names it) and the rdflib parser for it. */
export const DUMP_FORMATS: ReadonlyArray<readonly [string, string]> = [
  ['application/n-triples', 'nt'],
  ['application/n-quads', 'nquads'],
  ['text/turtle', 'turtle'],
  ['application/ld+json', 'json-ld'],
  ['application/rdf+xml', 'xml'],
];

interface Run { code: number | null; stdout: string; stderr: string }

/** Runs /usr/bin/python3 asynchronously: a synchronous child would block the server, which runs in this process. */
function python(args: readonly string[], input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    // A client that exits before reading its job (EPIPE) is reported by its exit code and stderr instead.
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(input);
  });
}

export interface RdflibPeer {
  /** One job for rdflib-client.py; its JSON answer, or an error carrying the client's stderr. */
  run<T>(mode: string, job?: object): Promise<T>;
  /** The server's own URL, such as `http://127.0.0.1:PORT`. */
  url(): string;
}

/**
 * Starts the server for the calling test file (beforeAll) and stops it
 * (afterAll); first checks that rdflib is installed, so a missing package
 * fails every test with a message saying how to install it.
 */
export function useRdflibPeer(): RdflibPeer {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    const probe = await python(['-c', 'import rdflib']).catch((e: unknown) => ({ code: -1, stdout: '', stderr: String(e) }));
    if (probe.code !== 0) throw new Error(`${MISSING_RDFLIB}\n${probe.stderr}`);
    server = await startServer({ ...DEFAULTS, port: 0 }, () => undefined);
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    async run<T>(mode: string, job: object = {}): Promise<T> {
      if (!server) throw new Error('The server did not start');
      const run = await python([CLIENT, server.url, mode], JSON.stringify({ publicBase: BASE, ...job }));
      if (run.code !== 0) throw new Error(`rdflib-client.py ${mode} exited with ${run.code}:\n${run.stderr}`);
      return JSON.parse(run.stdout) as T;
    },
    url() {
      if (!server) throw new Error('The server did not start');
      return server.url;
    },
  };
}
