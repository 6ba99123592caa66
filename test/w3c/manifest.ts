/**
 * Reads the W3C test manifests (copied unchanged under test/w3c/rdf-tests/
 * with the W3C test suite licence) into plain records: the HTTP exchanges of
 * the Protocol and Graph Store Protocol tests, and the update evaluation
 * tests of SPARQL 1.1 Update.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Parser, Store, type Quad_Object, type Term } from 'n3';

export const SUITE_DIR = path.join(__dirname, 'rdf-tests/sparql/sparql11');
export const PROTOCOL_DIR = path.join(SUITE_DIR, 'protocol');
export const GSP_DIR = path.join(SUITE_DIR, 'graph-store-protocol');

const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const HT = 'http://www.w3.org/2011/http#';
const HTS = 'http://www.w3.org/2011/http-statusCodes#';
const CNT = 'http://www.w3.org/2011/content#';
const UT = 'http://www.w3.org/2009/sparql/tests/test-update#';
const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';

/** The named status codes the manifests use (RFC 9110 §15). */
const STATUS_CODES: Readonly<Record<string, number>> = { OK: 200, Created: 201, NoContent: 204, NotFound: 404 };

/** An expected status: a code (`201`) or a class (`2xx`). */
export type ExpectedStatus = { readonly code: number } | { readonly class: number };

export function statusMatches(expected: readonly ExpectedStatus[], status: number): boolean {
  return expected.some((e) => ('code' in e ? e.code === status : e.class === Math.floor(status / 100)));
}

export interface HttpRequest {
  readonly method: string;
  /** The manifest's path: it starts with `/sparql/` (Protocol) or `/gsp` (Graph Store Protocol). */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly statuses: readonly ExpectedStatus[];
  readonly format?: 'boolean' | 'tabular' | 'RDF';
  readonly boolean?: boolean;
  /** Response header fields the test states (lower-case names). */
  readonly responseHeaders: Readonly<Record<string, string>>;
  /** RDF content the response must carry (a graph isomorphic to it). */
  readonly responseBody?: string;
  /** A template variable to replace by the response's Location in the later requests of the test. */
  readonly location?: string;
}

export interface HttpTest {
  readonly id: string;
  readonly name: string;
  /** The features the test needs (mf:requires, local names: `IndirectGraphIdentification`, …). */
  readonly requires: readonly string[];
  readonly requests: readonly HttpRequest[];
}

export interface ProtocolManifest {
  readonly tests: readonly HttpTest[];
  /** Graph IRI for each data file, from the tests' ut:graphData (file name → rdfs:label). */
  readonly graphNames: Readonly<Record<string, string>>;
}

/** A graph of an update test's state: a file, into the default graph (`graph` undefined) or a named one. */
export interface GraphData {
  readonly file: string;
  readonly graph?: string;
}

export interface UpdateTest {
  readonly id: string;
  /** The manifest's folder and the test's local name: `delete-insert/dawg-delete-insert-01`. */
  readonly name: string;
  readonly kind: 'evaluation' | 'positive-syntax' | 'negative-syntax';
  /** The update request file. */
  readonly request: string;
  readonly before: readonly GraphData[];
  readonly after: readonly GraphData[];
}

class Manifest {
  readonly store: Store;
  constructor(readonly file: string) {
    this.store = new Store(new Parser({ baseIRI: pathToFileURL(file).href }).parse(fs.readFileSync(file, 'utf8')));
  }
  one(s: Term, p: string): Quad_Object | undefined {
    return this.store.getObjects(s, p, null)[0];
  }
  all(s: Term, p: string): Quad_Object[] {
    return this.store.getObjects(s, p, null);
  }
  list(head: Term | undefined): Term[] {
    const out: Term[] = [];
    for (let node = head; node && node.value !== `${RDF_NS}nil`; node = this.one(node, `${RDF_NS}rest`)) out.push(this.one(node, `${RDF_NS}first`) as Term);
    return out;
  }
  get root(): Term {
    return this.store.getSubjects(`${RDF_NS}type`, `${MF}Manifest`, null)[0];
  }
  get entries(): Term[] {
    return this.list(this.one(this.root, `${MF}entries`));
  }
  /** The manifests this one includes (mf:include), as files. */
  get includes(): string[] {
    return this.list(this.one(this.root, `${MF}include`)).map((t) => fileURLToPath(t.value));
  }
}

const localName = (iri: string) => iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);

function headersOf(m: Manifest, node: Term): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const h of m.list(m.one(node, `${HT}headers`))) headers[(m.one(h, `${HT}fieldName`) as Term).value.toLowerCase()] = (m.one(h, `${HT}fieldValue`) as Term).value;
  return headers;
}

function bodyOf(m: Manifest, node: Term): string | undefined {
  const body = m.one(node, `${HT}body`);
  return body ? (m.one(body, `${CNT}chars`) as Term).value : undefined;
}

function status(iri: string): ExpectedStatus {
  const name = iri.slice(HTS.length);
  const cls = /^StatusCode(\d)xx$/.exec(name);
  if (cls) return { class: Number(cls[1]) };
  const code = STATUS_CODES[name];
  if (code === undefined) throw new Error(`Unknown status ${iri} in a manifest`);
  return { code };
}

function httpTests(m: Manifest): HttpTest[] {
  return m.entries.map((test): HttpTest => {
    const action = m.one(test, `${MF}action`) as Term;
    const requests = m.list(m.one(action, `${HT}requests`)).map((req): HttpRequest => {
      const body = bodyOf(m, req);
      const resp = m.one(req, `${HT}resp`) as Term;
      const format = m.one(resp, `${MF}expectedFormat`)?.value as HttpRequest['format'];
      const boolean = m.one(resp, `${MF}expectedBoolean`)?.value;
      const responseBody = bodyOf(m, resp);
      const location = m.one(resp, `${MF}expectedLocation`)?.value;
      return {
        method: (m.one(req, `${HT}methodName`) as Term).value,
        path: (m.one(req, `${HT}absolutePath`) as Term).value,
        headers: headersOf(m, req),
        ...(body !== undefined ? { body } : {}),
        statuses: m.all(resp, `${MF}expectedStatus`).map((s) => status(s.value)),
        ...(format ? { format } : {}),
        ...(boolean !== undefined ? { boolean: boolean === 'true' } : {}),
        responseHeaders: headersOf(m, resp),
        ...(responseBody !== undefined ? { responseBody } : {}),
        ...(location !== undefined ? { location } : {}),
      };
    });
    return { id: localName(test.value), name: (m.one(test, `${MF}name`) as Term).value, requires: m.all(test, `${MF}requires`).map((r) => localName(r.value)), requests };
  });
}

export function readManifest(): ProtocolManifest {
  const m = new Manifest(path.join(PROTOCOL_DIR, 'manifest.ttl'));
  const graphNames: Record<string, string> = {};
  for (const gd of m.store.getObjects(null, `${UT}graphData`, null)) {
    const graph = m.one(gd, `${UT}graph`);
    const label = m.one(gd, RDFS_LABEL);
    if (graph && label) graphNames[path.basename(new URL(graph.value).pathname)] = label.value;
  }
  return { tests: httpTests(m), graphNames };
}

/** The Graph Store Protocol tests, from the manifests graph-store-protocol/manifest.ttl includes. */
export function readGraphStoreManifest(): HttpTest[] {
  return new Manifest(path.join(GSP_DIR, 'manifest.ttl')).includes.flatMap((file) => httpTests(new Manifest(file)));
}

function graphData(m: Manifest, node: Term | undefined): GraphData[] {
  if (!node) return [];
  const data = m.all(node, `${UT}data`).map((d) => ({ file: fileURLToPath(d.value) }));
  const named = m.all(node, `${UT}graphData`).map((gd) => ({ file: fileURLToPath((m.one(gd, `${UT}graph`) as Term).value), graph: (m.one(gd, RDFS_LABEL) as Term).value }));
  return [...data, ...named];
}

/** The update evaluation tests and update syntax tests of the given folders of the suite. */
export function readUpdateManifests(folders: readonly string[]): UpdateTest[] {
  return folders.flatMap((folder) => {
    const m = new Manifest(path.join(SUITE_DIR, folder, 'manifest.ttl'));
    return m.entries.map((test): UpdateTest => {
      const type = m.one(test, `${RDF_NS}type`)?.value ?? '';
      const action = m.one(test, `${MF}action`) as Term;
      const kind = /#Negative(Update)?SyntaxTest(11)?$/.test(type) ? 'negative-syntax' : /#PositiveUpdateSyntaxTest11$/.test(type) ? 'positive-syntax' : type === `${MF}UpdateEvaluationTest` ? 'evaluation' : undefined;
      if (!kind) throw new Error(`${folder}: unexpected test type ${type}`);
      const syntax = kind !== 'evaluation';
      // A syntax test's action is the request file itself; an evaluation test's is a node with ut:request.
      const request = syntax ? action : (m.one(action, `${UT}request`) as Term);
      return {
        id: localName(test.value),
        name: `${folder}/${localName(test.value)}`,
        kind,
        request: fileURLToPath(request.value),
        before: syntax ? [] : graphData(m, action),
        after: syntax ? [] : graphData(m, m.one(test, `${MF}result`)),
      };
    });
  });
}
