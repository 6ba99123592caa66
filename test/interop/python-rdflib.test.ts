/**
 * Interoperability with an independent peer: Python rdflib (Debian's
 * python3-rdflib, run by /usr/bin/python3) uses the real server on an
 * ephemeral port exactly as a researcher's script would: SPARQLStore over
 * /sparql, Graph().parse() of entity URLs, the VoID description, the service
 * description, the gzip dumps and the ontology. The client is
 * test/interop/rdflib-client.py; it prints JSON that the tests check here,
 * with every IRI taken from ontology/namespaces.ts. CI installs
 * python3-rdflib (.ci/run); without it every test fails with a message
 * saying so. See docs/interop.md.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import {
  BASE, CDKG, DATASET_IRI, DCAT, DCT, LICENSES, ONTOLOGY_IRI, OWL, PREFIXES, RDF, RDFS, SD, SPDX, VOID,
  entityIri, mediaTypeIri,
} from '../../ontology/namespaces';
import { configFromEnv } from '../../src/config';
import { startServer, type RunningServer } from '../../src/http/server';

const PYTHON = '/usr/bin/python3';
const CLIENT = path.join(__dirname, 'rdflib-client.py');
const MISSING_RDFLIB =
  `python3-rdflib is missing: these interoperability tests drive Debian's rdflib through ${PYTHON}. ` +
  'Install it with `apt-get install -y python3-rdflib` (.ci/run installs it in CI).';

interface Term {
  readonly type: 'uri' | 'bnode' | 'literal';
  readonly value: string;
  readonly lang?: string;
  readonly datatype?: string;
}
type Triple = readonly [Term, Term, Term];

interface SelectAnswer { type: 'SELECT'; vars: string[]; rows: Record<string, Term>[] }
interface AskAnswer { type: 'ASK'; boolean: boolean }
interface GraphAnswer { type: 'CONSTRUCT' | 'DESCRIBE'; triples: Triple[] }
interface StoreAnswer { objects: string[]; length: number; contexts: string[]; lengths: Record<string, number> }
interface ParsedDocument {
  path: string;
  format: string | null;
  error?: string;
  count: number;
  canonical: string;
  triples: Triple[];
  fetchedFromPublicBase: string[];
}
interface DumpAnswer {
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

const US = entityIri('state', 'united-states');
const EU = entityIri('union', 'european-union');
const BUDAPEST = entityIri('instrument', 'budapest-convention');
const OAS_A55 = entityIri('instrument', 'oas-a-55');
const UNTOC = entityIri('instrument', 'untoc');

/** The server path of a CDKG IRI (the w3id.org redirect maps the public base onto the server by path). */
function localPath(iri: string): string {
  if (!iri.startsWith(BASE)) throw new RangeError(`${iri} is not under ${BASE}`);
  return `/${iri.slice(BASE.length)}`;
}

const objects = (triples: readonly Triple[], s: string, p: string): Term[] =>
  triples.filter(([a, b]) => a.value === s && b.value === p).map(([, , o]) => o);
const subjects = (triples: readonly Triple[], p: string, o: string): string[] =>
  triples.filter(([, b, c]) => b.value === p && c.value === o).map(([a]) => a.value);
const has = (triples: readonly Triple[], s: string, p: string, o: string): boolean => objects(triples, s, p).some((t) => t.value === o);
/** The one value of s p, as a number (void:triples, dcat:byteSize). */
function count(triples: readonly Triple[], s: string, p: string): number {
  const values = objects(triples, s, p);
  expect(values).toHaveLength(1);
  return Number(values[0].value);
}

/** sd:namedGraph [ sd:name G ; sd:graph [ void:triples N ] ] → { G: N }. */
function namedGraphTriples(triples: readonly Triple[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const ng of subjects(triples, RDF.type, SD.NamedGraph)) {
    const [name] = objects(triples, ng, SD.name);
    const [graph] = objects(triples, ng, SD.graph);
    out[name.value] = count(triples, graph.value, VOID.triples);
  }
  return out;
}

/** The five dumps: media type (as dcat:mediaType names it) and the rdflib parser for it. */
const DUMP_FORMATS: ReadonlyArray<readonly [string, string]> = [
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

let server: RunningServer | undefined;

/** One job for rdflib-client.py; its JSON answer, or an error carrying the client's stderr. */
async function rdflib<T>(mode: string, job: object = {}): Promise<T> {
  if (!server) throw new Error('The server did not start');
  const run = await python([CLIENT, server.url, mode], JSON.stringify({ publicBase: BASE, ...job }));
  if (run.code !== 0) throw new Error(`rdflib-client.py ${mode} exited with ${run.code}:\n${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

beforeAll(async () => {
  const probe = await python(['-c', 'import rdflib']).catch((e: unknown) => ({ code: -1, stdout: '', stderr: String(e) }));
  if (probe.code !== 0) throw new Error(`${MISSING_RDFLIB}\n${probe.stderr}`);
  server = await startServer(configFromEnv(process.env, { port: 0 }));
});
afterAll(async () => {
  await server?.close();
});

test('the peer is rdflib 6 or later, run by /usr/bin/python3', async () => {
  const { rdflib: version } = await rdflib<{ rdflib: string }>('version');
  expect(version).toMatch(/^\d+\.\d+/);
  // rdflib reads JSON-LD itself from version 6 on.
  expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(6);
});

describe("rdflib's SPARQLStore queries /sparql", () => {
  // rdflib's three ways of sending a query: GET ?query=, POST application/sparql-query, POST of a form.
  const METHODS = ['GET', 'POST', 'POST_FORM'] as const;
  const partyTo = `PREFIX cdkg: <${PREFIXES.cdkg}>
PREFIX rdfs: <${PREFIXES.rdfs}>
SELECT ?instrument ?label WHERE { <${US}> cdkg:partyTo ?instrument . ?instrument rdfs:label ?label } ORDER BY ?label`;

  describe.each(METHODS)('sent by %s', (method) => {
    test.each(['xml', 'json', 'tsv', 'csv'])('a SELECT with %s results finds the Budapest Convention, OAS A-55 and UNTOC for the United States', async (returnFormat) => {
      const answer = await rdflib<SelectAnswer>('sparql', { method, returnFormat, query: partyTo });
      expect(answer.type).toBe('SELECT');
      expect(answer.vars).toEqual(['instrument', 'label']);
      // Ordered by label: "Convention on Cybercrime", "Inter-American Convention …", "United Nations Convention …".
      expect(answer.rows.map((r) => r.instrument)).toEqual([BUDAPEST, OAS_A55, UNTOC].map((value) => ({ type: 'uri', value })));
      expect(answer.rows[0].label.value).toBe('Convention on Cybercrime');
      // SPARQL 1.1 CSV writes a literal's lexical form only (§3.2); every other format keeps the language tag.
      for (const row of answer.rows) expect(row.label.lang).toBe(returnFormat === 'csv' ? undefined : 'en');
    });

    test.each(['xml', 'json'])('an ASK with %s results answers true and false', async (returnFormat) => {
      const ask = (s: string, o: string) => rdflib<AskAnswer>('sparql', { method, returnFormat, query: `ASK { <${s}> <${CDKG.partyTo}> <${o}> }` });
      expect(await ask(US, UNTOC)).toEqual({ type: 'ASK', boolean: true });
      expect(await ask(EU, OAS_A55)).toEqual({ type: 'ASK', boolean: false });
    });

    test('a CONSTRUCT comes back as RDF/XML that rdflib reads into a graph', async () => {
      const query = `CONSTRUCT { ?i <${RDFS.label}> ?label } WHERE { <${US}> <${CDKG.partyTo}> ?i . ?i <${RDFS.label}> ?label }`;
      const answer = await rdflib<GraphAnswer>('sparql', { method, returnFormat: 'xml', query });
      expect(answer.type).toBe('CONSTRUCT');
      expect(answer.triples.map(([s, p]) => [s.value, p.value]).sort()).toEqual([BUDAPEST, OAS_A55, UNTOC].map((i) => [i, RDFS.label]));
      expect(answer.triples.every(([, , o]) => o.type === 'literal' && o.lang === 'en')).toBe(true);
    });
  });

  test('a DESCRIBE of the United States holds its party-to facts and its label', async () => {
    const answer = await rdflib<GraphAnswer>('sparql', { method: 'GET', returnFormat: 'xml', query: `DESCRIBE <${US}>` });
    // rdflib's GraphResultParser calls every graph answer a CONSTRUCT result.
    expect(answer.type).toBe('CONSTRUCT');
    for (const i of [BUDAPEST, OAS_A55, UNTOC]) expect(has(answer.triples, US, CDKG.partyTo, i)).toBe(true);
    expect(objects(answer.triples, US, RDFS.label)).toContainEqual({ type: 'literal', value: 'United States', lang: 'en' });
  });
});

describe('rdflib reads the service description and the VoID description', () => {
  let sd: ParsedDocument;
  let voidDoc: ParsedDocument;
  beforeAll(async () => {
    // No format: rdflib sends its default Accept (RDF/XML first) and picks its parser from the Content-Type.
    const { documents } = await rdflib<{ documents: ParsedDocument[] }>('parse', { documents: [{ path: '/sparql' }, { path: '/.well-known/void' }] });
    [sd, voidDoc] = documents;
  });

  test('the service description names this endpoint and counts the triples of every named graph', () => {
    expect(sd.error).toBeUndefined();
    expect(sd.fetchedFromPublicBase).toEqual([]);
    const service = subjects(sd.triples, RDF.type, SD.Service);
    expect(service).toHaveLength(1);
    expect(objects(sd.triples, service[0], SD.endpoint)).toEqual([{ type: 'uri', value: `${server?.url}/sparql` }]);
    const named = namedGraphTriples(sd.triples);
    expect(Object.keys(named)).toContain(`${PREFIXES.graph}ontology`);
    expect(Object.values(named).every((n) => n > 0)).toBe(true);
  });

  test('the VoID description gives the triple count and a download URL for each dump', () => {
    expect(voidDoc.error).toBeUndefined();
    expect(voidDoc.fetchedFromPublicBase).toEqual([]);
    expect(count(voidDoc.triples, DATASET_IRI, VOID.triples)).toBeGreaterThan(0);
    expect(objects(voidDoc.triples, DATASET_IRI, VOID.dataDump)).toHaveLength(DUMP_FORMATS.length);
  });
});

describe("rdflib's SPARQLStore as a read-only rdflib Graph", () => {
  test('triples(), len() and contexts() agree with the VoID and service descriptions, and a graph name becomes default-graph-uri', async () => {
    const { documents: [sd, voidDoc] } = await rdflib<{ documents: ParsedDocument[] }>('parse', { documents: [{ path: '/sparql' }, { path: '/.well-known/void' }] });
    const perGraph = namedGraphTriples(sd.triples);
    const answer = await rdflib<StoreAnswer>('store', { subject: US, predicate: CDKG.partyTo, graphs: Object.keys(perGraph) });
    expect(answer.objects).toEqual([BUDAPEST, OAS_A55, UNTOC]);
    // len() is SELECT (COUNT(*)) over the default graph, the union of all graphs: each triple once, as void:triples counts.
    expect(answer.length).toBe(count(voidDoc.triples, DATASET_IRI, VOID.triples));
    expect(answer.contexts).toEqual(Object.keys(perGraph).sort());
    // len() of Graph(store, identifier=G) sends default-graph-uri=G (SPARQL 1.1 Protocol §2.1.4).
    expect(answer.lengths).toEqual(perGraph);
  });
});

describe('rdflib dereferences an entity (Graph().parse of /id/state/united-states)', () => {
  const path = localPath(US);
  // Suffix URLs with rdflib's parser for each, and the bare URL negotiated with the Accept header rdflib sends for a format.
  const DOCUMENTS: ReadonlyArray<{ path: string; format?: string; label: string }> = [
    { label: `${path}.ttl as turtle`, path: `${path}.ttl`, format: 'turtle' },
    { label: `${path}.rdf as xml`, path: `${path}.rdf`, format: 'xml' },
    { label: `${path}.jsonld as json-ld`, path: `${path}.jsonld`, format: 'json-ld' },
    { label: `${path}.nt as nt`, path: `${path}.nt`, format: 'nt' },
    { label: `${path} with rdflib's default Accept (RDF/XML)`, path },
    { label: `${path} negotiated as turtle`, path, format: 'turtle' },
    { label: `${path} negotiated as xml`, path, format: 'xml' },
    { label: `${path} negotiated as json-ld`, path, format: 'json-ld' },
    { label: `${path} negotiated as nt (rdflib sends text/plain)`, path, format: 'nt' },
  ];
  let parsed: ParsedDocument[];
  beforeAll(async () => {
    ({ documents: parsed } = await rdflib<{ documents: ParsedDocument[] }>('parse', { documents: DOCUMENTS.map(({ path: p, format }) => ({ path: p, format })) }));
  });
  const doc = (i: number): ParsedDocument => parsed[i];

  test.each(DOCUMENTS.map((d, i) => [d.label, i] as const))('%s: parsed, with its label and the party-to facts', (_label, i) => {
    expect(doc(i).error).toBeUndefined();
    expect(doc(i).count).toBeGreaterThan(0);
    expect(objects(doc(i).triples, US, RDFS.label)).toContainEqual({ type: 'literal', value: 'United States', lang: 'en' });
    for (const instrument of [BUDAPEST, OAS_A55, UNTOC]) expect(has(doc(i).triples, US, CDKG.partyTo, instrument)).toBe(true);
  });

  test('every format gives the same number of triples and the same graph (rdflib.compare canonical form)', () => {
    const first = doc(0);
    for (const d of parsed) expect({ path: d.path, format: d.format, count: d.count, canonical: d.canonical }).toEqual({ path: d.path, format: d.format, count: first.count, canonical: first.canonical });
  });

  test('no format makes rdflib fetch anything more: JSON-LD carries its context', () => {
    for (const [i] of DOCUMENTS.entries()) expect(doc(i).fetchedFromPublicBase).toEqual([]);
  });
});

describe('rdflib reads every gzip dump that the VoID and DCAT description lists', () => {
  let voidDoc: ParsedDocument;
  let perGraph: Record<string, number>;
  const dumps = new Map<string, PromiseSettledResult<DumpAnswer>>();

  /** The dcat:Distribution of a media type, found in the description as a crawler would. */
  function distribution(mediaType: string): string {
    const found = subjects(voidDoc.triples, DCAT.mediaType, mediaTypeIri(mediaType));
    expect(found).toHaveLength(1);
    return found[0];
  }
  function dump(mediaType: string): DumpAnswer {
    const settled = dumps.get(mediaType);
    if (!settled) throw new Error(`No dump was fetched for ${mediaType}`);
    if (settled.status === 'rejected') throw settled.reason;
    return settled.value;
  }

  beforeAll(async () => {
    let sd: ParsedDocument;
    ({ documents: [voidDoc, sd] } = await rdflib<{ documents: ParsedDocument[] }>('parse', { documents: [{ path: '/.well-known/void' }, { path: '/sparql' }] }));
    perGraph = namedGraphTriples(sd.triples);
    const settled = await Promise.allSettled(DUMP_FORMATS.map(([mediaType, format]) => {
      const [url] = objects(voidDoc.triples, distribution(mediaType), DCAT.downloadURL);
      return rdflib<DumpAnswer>('dump', { url: url.value, format });
    }));
    DUMP_FORMATS.forEach(([mediaType], i) => dumps.set(mediaType, settled[i]));
  });

  test.each(DUMP_FORMATS)('%s (rdflib format %s): as many triples as void:triples, and the bytes DCAT describes', (mediaType) => {
    const d = dump(mediaType);
    // A gzip file to save as it is: no Content-Encoding, so urllib hands over the compressed bytes.
    expect({ contentType: d.contentType, contentEncoding: d.contentEncoding }).toEqual({ contentType: 'application/gzip', contentEncoding: null });
    // void:triples counts each triple once over the union of the graphs; rdflib's len() of the merged graph does the same.
    expect(d.triples).toBe(count(voidDoc.triples, DATASET_IRI, VOID.triples));
    const dist = distribution(mediaType);
    expect(d.bytes).toBe(count(voidDoc.triples, dist, DCAT.byteSize));
    const [checksum] = objects(voidDoc.triples, dist, SPDX.checksum);
    expect(objects(voidDoc.triples, checksum.value, SPDX.checksumValue).map((t) => t.value)).toEqual([d.sha256]);
    expect(d.fetchedFromPublicBase).toEqual([]);
  });

  test('the N-Quads dump keeps every named graph with the triple count the service description gives it', () => {
    const d = dump('application/n-quads');
    // Quads are counted per graph (a triple in two graphs is two quads), so they match the per-graph void:triples.
    expect(d.graphs).toEqual(perGraph);
    expect(d.quads).toBe(Object.values(perGraph).reduce((a, b) => a + b, 0));
  });

  test('all five dumps are the same graph (rdflib.compare canonical form)', () => {
    const hashes = DUMP_FORMATS.map(([mediaType]) => [mediaType, dump(mediaType).canonical]);
    expect(new Set(hashes.map(([, h]) => h)).size).toBe(1);
  });
});

describe('rdflib reads the ontology (/ontology as Turtle)', () => {
  let ontology: ParsedDocument;
  beforeAll(async () => {
    ({ documents: [ontology] } = await rdflib<{ documents: ParsedDocument[] }>('parse', { documents: [{ path: localPath(ONTOLOGY_IRI), format: 'turtle' }] }));
  });

  test('it finds the owl:Ontology with a version IRI and the CC BY 4.0 licence', () => {
    expect(ontology.error).toBeUndefined();
    expect(ontology.fetchedFromPublicBase).toEqual([]);
    expect(subjects(ontology.triples, RDF.type, OWL.Ontology)).toEqual([ONTOLOGY_IRI]);
    const [version] = objects(ontology.triples, ONTOLOGY_IRI, OWL.versionIRI);
    expect(version.type).toBe('uri');
    expect(version.value.startsWith(ONTOLOGY_IRI)).toBe(true);
    expect(objects(ontology.triples, ONTOLOGY_IRI, DCT.license)).toEqual([{ type: 'uri', value: LICENSES.data }]);
  });

  test('it finds the classes and properties the data uses', () => {
    expect(has(ontology.triples, CDKG.State, RDF.type, OWL.Class)).toBe(true);
    expect(has(ontology.triples, CDKG.State, RDFS.subClassOf, CDKG.Actor)).toBe(true);
    expect(has(ontology.triples, CDKG.partyTo, RDF.type, OWL.ObjectProperty)).toBe(true);
  });
});
