/**
 * Interoperability with an independent peer, part two: Python rdflib
 * (Debian's python3-rdflib, run by /usr/bin/python3) reads CDKG's documents
 * exactly as a researcher's script would: Graph().parse() of an entity URL in
 * every format and by negotiation, the gzip dumps the VoID and DCAT
 * description lists, and the ontology. The client is
 * test/interop/rdflib-client.py; without python3-rdflib every test fails with
 * a message saying how to install it. See docs/interop.md.
 */
import { CDKG, DATASET_IRI, DCAT, DCT, LICENSES, ONTOLOGY_IRI, OWL, RDF, RDFS, SPDX, VOID, mediaTypeIri } from '../../ontology/namespaces';
import {
  BUDAPEST, DUMP_FORMATS, OAS_A55, UNTOC, US, count, has, localPath, namedGraphTriples, objects, subjects, useRdflibPeer,
  type DumpAnswer, type ParsedDocument,
} from './support/rdflib';

const peer = useRdflibPeer();
const rdflib = <T>(mode: string, job?: object): Promise<T> => peer.run<T>(mode, job);

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

  test.each(['application/n-quads', 'application/ld+json'])('the %s dump keeps every named graph with the triple count the service description gives it', (mediaType) => {
    const d = dump(mediaType);
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
