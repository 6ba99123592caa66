/**
 * Reads the W3C SPARQL 1.1 Protocol test manifest (copied unchanged under
 * test/w3c/rdf-tests/ with the W3C test suite licence) into plain
 * request/response records.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Parser, Store, type Quad_Object, type Term } from 'n3';

export const PROTOCOL_DIR = path.join(__dirname, 'rdf-tests/sparql/sparql11/protocol');

const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const HT = 'http://www.w3.org/2011/http#';
const CNT = 'http://www.w3.org/2011/content#';
const UT = 'http://www.w3.org/2009/sparql/tests/test-update#';
const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';

export interface ProtocolRequest {
  readonly method: string;
  /** The manifest's path, which starts with `/sparql/`. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Status classes allowed: 2, 3 or 4 (from hts:StatusCode2xx etc.). */
  readonly statusClasses: readonly number[];
  readonly format?: 'boolean' | 'tabular' | 'RDF';
  readonly boolean?: boolean;
}

export interface ProtocolTest {
  readonly id: string;
  readonly name: string;
  readonly requests: readonly ProtocolRequest[];
}

export interface Manifest {
  readonly tests: readonly ProtocolTest[];
  /** Graph IRI for each data file, from the tests' ut:graphData (file name → rdfs:label). */
  readonly graphNames: Readonly<Record<string, string>>;
}

export function readManifest(): Manifest {
  const file = path.join(PROTOCOL_DIR, 'manifest.ttl');
  const store = new Store(new Parser({ baseIRI: pathToFileURL(file).href }).parse(fs.readFileSync(file, 'utf8')));
  const one = (s: Term, p: string): Quad_Object | undefined => store.getObjects(s, p, null)[0];
  const all = (s: Term, p: string): Quad_Object[] => store.getObjects(s, p, null);
  const list = (head: Term | undefined): Term[] => {
    const out: Term[] = [];
    for (let node = head; node && node.value !== `${RDF_NS}nil`; node = one(node, `${RDF_NS}rest`)) out.push(one(node, `${RDF_NS}first`) as Term);
    return out;
  };
  const manifest = store.getSubjects(`${RDF_NS}type`, `${MF}Manifest`, null)[0];
  const graphNames: Record<string, string> = {};
  for (const gd of store.getObjects(null, `${UT}graphData`, null)) {
    const graph = one(gd, `${UT}graph`);
    const label = one(gd, RDFS_LABEL);
    if (graph && label) graphNames[path.basename(new URL(graph.value).pathname)] = label.value;
  }
  const tests = list(one(manifest, `${MF}entries`)).map((test): ProtocolTest => {
    const action = one(test, `${MF}action`) as Term;
    const requests = list(one(action, `${HT}requests`)).map((req): ProtocolRequest => {
      const body = one(req, `${HT}body`);
      const resp = one(req, `${HT}resp`) as Term;
      const headers: Record<string, string> = {};
      for (const h of list(one(req, `${HT}headers`))) headers[(one(h, `${HT}fieldName`) as Term).value] = (one(h, `${HT}fieldValue`) as Term).value;
      const format = one(resp, `${MF}expectedFormat`)?.value as ProtocolRequest['format'];
      const boolean = one(resp, `${MF}expectedBoolean`)?.value;
      return {
        method: (one(req, `${HT}methodName`) as Term).value,
        path: (one(req, `${HT}absolutePath`) as Term).value,
        headers,
        ...(body ? { body: (one(body, `${CNT}chars`) as Term).value } : {}),
        statusClasses: all(resp, `${MF}expectedStatus`).map((s) => Number(/StatusCode(\d)xx$/.exec(s.value)?.[1])),
        ...(format ? { format } : {}),
        ...(boolean !== undefined ? { boolean: boolean === 'true' } : {}),
      };
    });
    return { id: test.value.slice(test.value.indexOf('#') + 1), name: (one(test, `${MF}name`) as Term).value, requests };
  });
  return { tests, graphNames };
}
