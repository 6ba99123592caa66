/**
 * Interoperability with an independent peer, part one: Python rdflib
 * (Debian's python3-rdflib, run by /usr/bin/python3) uses the real server's
 * SPARQL endpoint exactly as a researcher's script would: SPARQLStore over
 * /sparql (every query form, every way of sending, every result format), the
 * service description and the VoID description. The client is
 * test/interop/rdflib-client.py; without python3-rdflib every test fails with
 * a message saying how to install it. See docs/interop.md.
 */
import { CDKG, DATASET_IRI, PREFIXES, RDF, RDFS, SD, VOID } from '../../ontology/namespaces';
import {
  BUDAPEST, DUMP_FORMATS, EU, OAS_A55, UNTOC, US, count, has, namedGraphTriples, objects, subjects, useRdflibPeer,
  type AskAnswer, type GraphAnswer, type ParsedDocument, type SelectAnswer, type StoreAnswer,
} from './support/rdflib';

const peer = useRdflibPeer();
const rdflib = <T>(mode: string, job?: object): Promise<T> => peer.run<T>(mode, job);

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
    expect(objects(sd.triples, service[0], SD.endpoint)).toEqual([{ type: 'uri', value: `${peer.url()}/sparql` }]);
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
