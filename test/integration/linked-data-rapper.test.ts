/**
 * rapper (raptor2-utils) reads every dereferenced Turtle, N-Triples and
 * RDF/XML document without a warning, and finds in it the triples an
 * independent parser (N3.js, on the N-Triples of the same resource) finds:
 * a document that lost its triples, or a 404 with an empty body, fails.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Parser } from 'n3';
import { BASE } from '../../ontology/namespaces';
import { VERSION_IRI } from '../../ontology/owl';
import { rapper, type RapperVerdict } from '../support/rapper';
import { UNKNOWN, US, linkedDataServer } from './support/linked-data';

const get = linkedDataServer();

const FORMATS: readonly (readonly [suffix: string, syntax: string, mediaType: string])[] = [
  ['ttl', 'turtle', 'text/turtle'],
  ['nt', 'ntriples', 'application/n-triples'],
  ['rdf', 'rdfxml', 'application/rdf+xml'],
];
const DOCUMENTS = [US, '/ontology', `/${VERSION_IRI.slice(BASE.length)}`, '/graph/statements', '/void'];

/** rapper's verdict on a document. */
function rapperOn(bytes: Buffer, suffix: string, syntax: string): RapperVerdict {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdkg-ld-rapper-'));
  try {
    const file = path.join(dir, `doc.${suffix}`);
    fs.writeFileSync(file, bytes);
    return rapper(file, syntax);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Distinct triples of an N-Triples or Turtle document, by N3.js. */
function n3Triples(body: string): number {
  return new Set(new Parser().parse(body).map((q) => `${q.subject.id} ${q.predicate.id} ${q.object.id}`)).size;
}

describe('rapper (raptor2-utils) reads the dereferenced documents without a warning', () => {
  for (const pathname of DOCUMENTS) {
    test.each(FORMATS)(`${pathname}.%s: 200 in its media type, with every triple an independent parser finds`, async (suffix, syntax, mediaType) => {
      const expected = n3Triples((await get(`${pathname}.nt`)).body);
      expect(expected).toBeGreaterThan(0);
      const res = await get(`${pathname}.${suffix}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')?.split(';')[0]).toBe(mediaType);
      if (suffix === 'ttl') expect(n3Triples(res.body)).toBe(expected);
      expect(rapperOn(res.bytes, suffix, syntax)).toEqual({ status: 0, problems: [], triples: expected });
    });
  }

  test.each(FORMATS)(`${UNKNOWN}.%s: a 404 in its media type that says why, and no triples`, async (suffix, syntax, mediaType) => {
    const res = await get(`${UNKNOWN}.${suffix}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')?.split(';')[0]).toBe(mediaType);
    // Turtle and N-Triples say why in a comment; RDF/XML is an empty rdf:RDF document.
    expect(res.body).toMatch(suffix === 'rdf' ? /<rdf:RDF[\s>][\s\S]*<\/rdf:RDF>/ : /^# CDKG has no data about <https:\/\/w3id\.org\/cdkg\/id\/state\/atlantis>/);
    expect(rapperOn(res.bytes, suffix, syntax)).toEqual({ status: 0, problems: [], triples: 0 });
  });

  test('an empty 404 body would not pass: rapper finds no document in it', () => {
    expect(rapperOn(Buffer.alloc(0), 'rdf', 'rdfxml')).not.toEqual({ status: 0, problems: [], triples: 0 });
  });
});
