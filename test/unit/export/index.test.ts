/** Unit tests of src/export/index.ts: the one table of RDF serialisers and media types, and the JSON-LD context every JSON-LD document refers to. */
import { DataFactory } from 'n3';
import { CDKG, CONTEXT_IRI, ID_NS, PREFIXES, RDFS, WD } from '../../../ontology/namespaces';
import { BadRequestError, KbError, NotSerialisableError } from '../../../src/errors';
import { SERIALISERS, aliasesOf, contentType, documentLoader, jsonldContext, serialiser } from '../../../src/export';
import { canonicalNQuads, expectedStatements } from './support';

const { namedNode, blankNode, literal, quad } = DataFactory;

describe('the serialiser table', () => {
  test('offers the six formats, each with a distinct media type and extension', () => {
    expect(SERIALISERS.map((s) => s.name)).toEqual(['turtle', 'ntriples', 'nquads', 'trig', 'jsonld', 'rdfxml']);
    expect(new Set(SERIALISERS.map((s) => s.mediaType)).size).toBe(6);
    expect(new Set(SERIALISERS.map((s) => s.extension)).size).toBe(6);
  });

  test('only N-Quads and TriG keep graph names', () => {
    expect(SERIALISERS.filter((s) => s.quads).map((s) => s.name)).toEqual(['nquads', 'trig']);
  });

  test('finds a serialiser by name and gives its Content-Type with the charset', () => {
    expect(serialiser('rdfxml').mediaType).toBe('application/rdf+xml');
    expect(contentType(serialiser('trig'))).toBe('application/trig; charset=utf-8');
  });

  test('lists the unregistered media types of a format, and the generic ones only when asked to, for answers that can only be RDF', () => {
    expect(aliasesOf('turtle')).toEqual(['application/x-turtle', 'text/n3']);
    expect(aliasesOf('jsonld')).toEqual([]);
    expect(aliasesOf('jsonld', { generic: true })).toEqual(['application/json']);
    expect(aliasesOf('rdfxml', { generic: true })).toEqual(['application/xml', 'text/xml']);
    expect(aliasesOf('ntriples', { generic: true })).toEqual(['text/plain']);
  });

  test('an unknown format name is a bad request that lists the known formats', () => {
    expect(() => serialiser('yaml')).toThrow(BadRequestError);
    expect(() => serialiser('yaml')).toThrow(/Unknown RDF format "yaml"; known formats: turtle, ntriples/);
  });
});

describe('the JSON-LD context', () => {
  const context = jsonldContext()['@context'];

  test('holds every prefix of the namespace table', () => {
    for (const [prefix, ns] of Object.entries(PREFIXES)) expect(context[prefix]).toBe(ns);
  });

  test('names ontology classes and properties, coercing object values to IRIs', () => {
    expect(context.State).toBe(CDKG.State);
    expect(context.partyTo).toEqual({ '@id': CDKG.partyTo, '@type': '@id' });
    expect(context.votesInFavour).toEqual({ '@id': CDKG.votesInFavour, '@type': PREFIXES.xsd + 'integer' });
    expect(context.adoptedOn).toBe(CDKG.adoptedOn);
  });

  test('lets a prefix win over a property of the same name', () => {
    expect(context.source).toBe(PREFIXES.source);
  });

  test('is served by the document loader, which refuses every other URL', async () => {
    await expect(documentLoader(CONTEXT_IRI)).resolves.toMatchObject({ documentUrl: CONTEXT_IRI, document: jsonldContext() });
    await expect(documentLoader('https://schema.org/')).rejects.toThrow(KbError);
    await expect(documentLoader('https://schema.org/')).rejects.toThrow(/nothing is fetched from the network/);
  });

  test('compacts CDKG data to short terms and prefixed names', async () => {
    const text = await serialiser('jsonld').serialise([
      quad(namedNode(`${ID_NS}state/united-states`), namedNode(CDKG.partyTo), namedNode(`${ID_NS}instrument/untoc`)),
      quad(namedNode(`${ID_NS}state/united-states`), namedNode(RDFS.label), literal('United States', 'en')),
    ]);
    const doc = JSON.parse(text);
    // The context travels with the document, so no client needs the network to read it.
    expect(doc['@context']).toEqual(jsonldContext()['@context']);
    expect({ ...doc, '@context': undefined }).toEqual({
      '@context': undefined,
      '@id': 'state:united-states',
      partyTo: 'instrument:untoc',
      'rdfs:label': { '@language': 'en', '@value': 'United States' },
    });
  });
});

describe('the RDF/XML serialiser', () => {
  test('refuses a predicate that cannot be written as an XML name, naming it', async () => {
    const bad = quad(namedNode(`${ID_NS}state/a`), namedNode(`${ID_NS}state/1st`), literal('x'));
    await expect(serialiser('rdfxml').serialise([bad])).rejects.toThrow(/cannot write the predicate <https:\/\/w3id.org\/cdkg\/id\/state\/1st>/);
    await expect(serialiser('rdfxml').serialise([bad])).rejects.toThrow(NotSerialisableError);
  });

  test('refuses a literal that XML text cannot carry', async () => {
    const bad = quad(namedNode(`${ID_NS}state/a`), namedNode(RDFS.label), literal('a\u0001b'));
    await expect(serialiser('rdfxml').serialise([bad])).rejects.toThrow(/characters XML text cannot carry/);
  });

  test('writes a type with a non-XML local name as rdf:type when another type can name the element', async () => {
    const s = namedNode(`${ID_NS}state/a`);
    const text = await serialiser('rdfxml').serialise([
      quad(s, namedNode(PREFIXES.rdf + 'type'), namedNode(WD.item('Q6256') + '/1')),
      quad(s, namedNode(PREFIXES.rdf + 'type'), namedNode(CDKG.State)),
    ]);
    expect(text).toContain('<cdkg:State rdf:about="https://w3id.org/cdkg/id/state/a">');
  });
});

describe('the isomorphism check the round-trip tests rely on', () => {
  const p = namedNode(RDFS.seeAlso);
  test('tells a two-node blank cycle from two self-loops', async () => {
    const cycle = [quad(blankNode('x'), p, blankNode('y')), quad(blankNode('y'), p, blankNode('x'))];
    const loops = [quad(blankNode('x'), p, blankNode('x')), quad(blankNode('y'), p, blankNode('y'))];
    const relabelled = [quad(blankNode('m'), p, blankNode('n')), quad(blankNode('n'), p, blankNode('m'))];
    expect(await canonicalNQuads(cycle)).not.toBe(await canonicalNQuads(loops));
    expect(await canonicalNQuads(cycle)).toBe(await canonicalNQuads(relabelled));
  });

  test('keeps graphs apart for a quads format and merges them, each triple once, for a triples format', async () => {
    const s = namedNode(`${ID_NS}state/a`);
    const inTwo = [quad(s, p, literal('x'), namedNode('urn:g:1')), quad(s, p, literal('x'), namedNode('urn:g:2')), quad(s, p, literal('y'))];
    expect(await expectedStatements(inTwo, true)).toBe(3);
    expect(await expectedStatements(inTwo, false)).toBe(2);
    expect(await canonicalNQuads(inTwo, false)).toBe(`<${ID_NS}state/a> <${RDFS.seeAlso}> "x" .\n<${ID_NS}state/a> <${RDFS.seeAlso}> "y" .\n`);
  });
});
