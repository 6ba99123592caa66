/**
 * The data files follow the IRI rules of ontology/namespaces.ts: prefixes from
 * PREFIXES, entities at `/id/<kind>/<slug>`, no blank nodes, CC BY 4.0 on the
 * dataset and on each file's graph.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CDKG, DATASET_IRI, DCT, ENTITY_KINDS, FOAF, ID_NS, LICENSES, PREFIXES, RDF as RDFNS, RDFS, graphIri } from '../../ontology/namespaces';
import { CLASSES } from '../../ontology/model';
import { DEFAULTS } from '../../src/config';
import { dataQuads } from './kb-data';

const files = fs.readdirSync(DEFAULTS.dataDir).filter((f) => f.endsWith('.ttl'));
const quads = dataQuads();
const prefixes: Readonly<Record<string, string>> = PREFIXES;

describe('data files', () => {
  it('are grouped into actors, instruments, processes, concepts, sources, statements, links and the dataset', () => {
    for (const f of ['actors', 'instruments', 'processes', 'concepts', 'sources', 'links', 'dataset', 'statements-us', 'statements-eu', 'statements-reference', 'annotations']) {
      expect(files).toContain(`${f}.ttl`);
    }
  });

  it.each(files)('%s declares only prefixes of ontology/namespaces.ts, with their IRIs', (file) => {
    const text = fs.readFileSync(path.join(DEFAULTS.dataDir, file), 'utf8');
    const declared = [...text.matchAll(/^@prefix\s+([\w-]*):\s*<([^>]*)>\s*\.$/gm)].map((m) => [m[1], m[2]]);
    expect(declared.length).toBeGreaterThan(0);
    for (const [prefix, iri] of declared) expect([prefix, prefixes[prefix]]).toEqual([prefix, iri]);
  });

  it('state each triple once, in one file', () => {
    // Queries see the union of the file graphs, where Oxigraph returns a triple once per graph that holds it.
    const keys = quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('contain no blank nodes', () => {
    expect(quads.filter((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toEqual([]);
  });

  it('mint every entity IRI as /id/<kind>/<slug> (quote selectors, text spans and positions as <statement>#quote, #span, #position)', () => {
    const pattern = new RegExp(`^${ID_NS}(${ENTITY_KINDS.join('|')})/[a-z0-9]+(-[a-z0-9]+)*(#quote|#span|#position)?$`);
    const iris = new Set(quads.flatMap((q) => [q.subject, q.object]).filter((t) => t.termType === 'NamedNode' && t.value.startsWith(ID_NS)).map((t) => t.value));
    expect([...iris].filter((i) => !pattern.test(i))).toEqual([]);
    expect([...iris].filter((i) => i.includes('#') && !i.startsWith(`${ID_NS}statement/`))).toEqual([]);
  });

  it('give every subject under /id/ (but the fragments of statements: selectors and text spans) an English label', () => {
    const subjects = new Set(quads.filter((q) => q.subject.value.startsWith(ID_NS) && !q.subject.value.includes('#')).map((q) => q.subject.value));
    const labelled = new Set(quads.filter((q) => q.predicate.value === RDFS.label && q.object.termType === 'Literal' && q.object.language === 'en').map((q) => q.subject.value));
    expect([...subjects].filter((s) => !labelled.has(s))).toEqual([]);
  });

  it('license the dataset and the graph of every file under CC BY 4.0', () => {
    const licensed = new Set(quads.filter((q) => q.predicate.value === DCT.license && q.object.value === LICENSES.data).map((q) => q.subject.value));
    expect(licensed.has(DATASET_IRI)).toBe(true);
    for (const f of files) expect(licensed.has(graphIri(path.basename(f, '.ttl')))).toBe(true);
  });

  it('name every publisher as a resource, a foaf:Agent (DCAT 3) or an actor, with an English label, never as a string', () => {
    const agentClasses = new Set<string>([FOAF.Agent, ...CLASSES.filter((c) => c.subClassOf?.includes(CDKG.Actor)).map((c) => c.iri)]);
    const publishers = quads.filter((q) => q.predicate.value === DCT.publisher);
    expect(publishers.map((q) => q.subject.value)).toContain(DATASET_IRI);
    expect(publishers.filter((q) => q.object.termType !== 'NamedNode').map((q) => q.subject.value)).toEqual([]);
    const isAgent = (iri: string) => quads.some((q) => q.subject.value === iri && q.predicate.value === RDFNS.type && agentClasses.has(q.object.value));
    const hasLabel = (iri: string) => quads.some((q) => q.subject.value === iri && q.predicate.value === RDFS.label && q.object.termType === 'Literal' && q.object.language === 'en');
    expect([...new Set(publishers.map((q) => q.object.value))].filter((p) => !isAgent(p) || !hasLabel(p))).toEqual([]);
  });
});
