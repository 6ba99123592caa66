/**
 * Support for the W3C write tests: the real server on foreign data (no
 * ontology, an empty temporary data folder) with a write token, the store's
 * state read back through the Graph Store Protocol, and graph isomorphism by
 * canonical N-Quads (RDFC-1.0, rdf-canonize), computed here, independently
 * of the server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataFactory, Parser } from 'n3';
import type * as RDF from '@rdfjs/types';
import { DEFAULTS, type Config } from '../../src/config';
import { startServer, type RunningServer } from '../../src/http/server';
import { CHANGES_GRAPH } from '../../src/store/writes/provenance';
import { request, type RawResponse } from '../integration/support/http';

// rdf-canonize ships no types; it takes a dataset of plain term objects (RDF/JS shape).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const canonize = require('rdf-canonize') as { canonize(dataset: unknown, options: Record<string, unknown>): Promise<string> };

export const TOKEN = { name: 'w3c', token: 'w3c-suite-token-0123456789abcdef' };
export const AUTH = { Authorization: `Bearer ${TOKEN.token}` };

export interface W3cServer {
  readonly url: string;
  readonly dataDir: string;
  close(): Promise<void>;
}

/** Starts the server with writes on an empty temporary data folder, as foreign data: no ontology, so no CDKG shape targets it. */
export async function startWritable(overrides: Partial<Config> = {}): Promise<W3cServer> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cdkg-w3c-'));
  const dataDir = path.join(root, 'data');
  fs.mkdirSync(dataDir);
  fs.mkdirSync(path.join(root, 'sources'));
  let server: RunningServer;
  try {
    server = await startServer({ ...DEFAULTS, dataDir, loadOntology: false, port: 0, workers: 1, adminTokens: [TOKEN], ...overrides }, () => undefined);
  } catch (e) {
    fs.rmSync(root, { recursive: true, force: true });
    throw e;
  }
  return {
    url: server.url,
    dataDir,
    close: async () => {
      await server.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

type Term = { termType: string; value: string; datatype?: { termType: 'NamedNode'; value: string }; language?: string };

function plain(t: RDF.Term): Term {
  if (t.termType === 'Literal') return { termType: 'Literal', value: t.value, datatype: { termType: 'NamedNode', value: t.datatype.value }, language: t.language.toLowerCase() };
  if (t.termType === 'DefaultGraph') return { termType: 'DefaultGraph', value: '' };
  return { termType: t.termType, value: t.value };
}

/** The canonical N-Quads of a dataset (each quad once); two datasets are isomorphic exactly when these are equal. */
export function canonical(quads: readonly RDF.Quad[]): Promise<string> {
  const seen = new Map<string, Record<string, Term>>();
  for (const q of quads) {
    const c = { subject: plain(q.subject), predicate: plain(q.predicate), object: plain(q.object), graph: plain(q.graph) };
    seen.set(JSON.stringify(c), c);
  }
  return canonize.canonize([...seen.values()], { algorithm: 'RDFC-1.0' });
}

/** Parses Turtle (or N-Triples) into one graph. */
export function parseTurtle(text: string, baseIRI: string, graph?: RDF.Quad_Graph): RDF.Quad[] {
  return new Parser({ baseIRI }).parse(text).map((q) => (graph ? DataFactory.quad(q.subject, q.predicate, q.object, graph) : q));
}

export async function expectOk(res: Promise<RawResponse> | RawResponse, what: string): Promise<RawResponse> {
  const r = await res;
  if (r.status >= 300) throw new Error(`${what}: ${r.status} ${r.body}`);
  return r;
}

/** The named graphs holding triples, the server's changes graph (its record of every write, not the suite's data) left out. */
export async function namedGraphs(url: string): Promise<string[]> {
  const query = 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }';
  const res = await expectOk(request(`${url}/sparql?query=${encodeURIComponent(query)}`, { headers: { Accept: 'application/sparql-results+json' } }), 'listing the graphs');
  const rows = (JSON.parse(res.body) as { results: { bindings: { g: { value: string } }[] } }).results.bindings;
  return rows.map((r) => r.g.value).filter((g) => g !== CHANGES_GRAPH);
}

/** One graph of the store through the Graph Store Protocol (GET, N-Triples), its triples put in `graph`. */
export async function graphQuads(url: string, graph: string | null): Promise<RDF.Quad[]> {
  const target = graph === null ? 'default' : `graph=${encodeURIComponent(graph)}`;
  const res = await request(`${url}/graphs?${target}`, { headers: { Accept: 'application/n-triples' } });
  if (res.status === 404) return [];
  await expectOk(res, `reading ${graph ?? 'the default graph'}`);
  const g = graph === null ? DataFactory.defaultGraph() : DataFactory.namedNode(graph);
  return new Parser({ format: 'N-Triples' }).parse(res.body).map((q) => DataFactory.quad(q.subject, q.predicate, q.object, g));
}

/** The whole store: the default graph and every named graph but the changes graph. */
export async function storeQuads(url: string): Promise<RDF.Quad[]> {
  const graphs: (string | null)[] = [null, ...(await namedGraphs(url))];
  return (await Promise.all(graphs.map((g) => graphQuads(url, g)))).flat();
}

/** An N-Triples/N-Quads term as update text (blank nodes keep their labels, scoped to the one request). */
function termText(t: RDF.Term): string {
  if (t.termType === 'NamedNode') return `<${t.value}>`;
  if (t.termType === 'BlankNode') return `_:${t.value.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const l = t as RDF.Literal;
  const text = JSON.stringify(l.value);
  return l.language ? `${text}@${l.language}` : `${text}^^<${l.datatype.value}>`;
}

/**
 * Sets the store to exactly these quads with one update through the write path (with the token): every graph
 * there is now is dropped, then the quads are inserted. The changes graph stays: the server alone writes it.
 */
export async function resetStore(url: string, quads: readonly RDF.Quad[]): Promise<void> {
  const drops = ['DROP SILENT DEFAULT', ...(await namedGraphs(url)).map((g) => `DROP GRAPH <${g}>`)];
  const byGraph = new Map<string, RDF.Quad[]>();
  for (const q of quads) byGraph.set(q.graph.value, [...(byGraph.get(q.graph.value) ?? []), q]);
  const triples = (qs: readonly RDF.Quad[]) => qs.map((q) => `${termText(q.subject)} ${termText(q.predicate)} ${termText(q.object)} .`).join('\n');
  const blocks = [...byGraph].map(([g, qs]) => (g === '' ? triples(qs) : `GRAPH <${g}> {\n${triples(qs)}\n}`));
  const text = [...drops, ...(blocks.length ? [`INSERT DATA {\n${blocks.join('\n')}\n}`] : [])].join(' ;\n');
  await expectOk(request(`${url}/update`, { method: 'POST', headers: { 'Content-Type': 'application/sparql-update', ...AUTH }, body: text }), `resetting the store with\n${text}\n`);
}
