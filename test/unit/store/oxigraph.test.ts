/**
 * Unit tests of src/store/oxigraph.ts: the wrapper answers each query form
 * with n3 terms, classifies Oxigraph's exceptions into the project's errors,
 * and reports where a parse error is.
 */
import * as ox from 'oxigraph';
import { DataFactory } from 'n3';
import { RDFS, XSD, entityIri, graphIri } from '../../../ontology/namespaces';
import { BadRequestError, InternalError, ParseError, QuerySyntaxError, ResourceError } from '../../../src/errors';
import { EmbeddedStore, parseRdf } from '../../../src/store/oxigraph';

const { namedNode, literal, quad } = DataFactory;

const US = namedNode(entityIri('state', 'united-states'));
const EU = namedNode(entityIri('union', 'european-union'));
const ACTORS = namedNode(graphIri('actors'));
const OTHER = namedNode(graphIri('other'));

const DATA = [
  quad(US, namedNode(RDFS.label), literal('United States', 'en'), ACTORS),
  quad(EU, namedNode(RDFS.label), literal('European Union', 'en'), ACTORS),
  quad(EU, namedNode(RDFS.comment), literal('27', namedNode(XSD.integer)), OTHER),
];

function store(): EmbeddedStore {
  const s = new EmbeddedStore();
  s.addAll(DATA);
  return s;
}

const CONSTRUCT = 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }';
const DESCRIBE = `DESCRIBE <${US.value}>`;

/** The error a synchronous call throws (fails the test when it throws none). */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the call to throw');
}

describe('EmbeddedStore answers', () => {
  it('a SELECT query with its projected variables and n3 terms, literals keeping their language and datatype', () => {
    const result = store().querySync('SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?o');
    expect(result.kind).toBe('select');
    if (result.kind !== 'select') return;
    expect(result.variables).toEqual(['s', 'o']);
    expect(result.bindings.map((b) => [b.s.value, b.o])).toEqual([
      [EU.value, literal('27', namedNode(XSD.integer))],
      [EU.value, literal('European Union', 'en')],
      [US.value, literal('United States', 'en')],
    ]);
    expect(result.bindings[0].s.equals(EU)).toBe(true);
  });

  it('a SELECT query without a solution with the variables it projects', () => {
    expect(store().querySync('SELECT ?x ?y WHERE { ?x ?y "absent" }')).toEqual({ kind: 'select', variables: ['x', 'y'], bindings: [] });
  });

  it('an ASK query with a boolean', () => {
    expect(store().querySync(`ASK { <${US.value}> ?p ?o }`)).toEqual({ kind: 'ask', value: true });
    expect(store().querySync('ASK { ?s ?p "absent" }')).toEqual({ kind: 'ask', value: false });
  });

  it.each([
    ['a CONSTRUCT query with its form given', CONSTRUCT, { form: 'construct' as const }, 3],
    ['a CONSTRUCT query without its form, run again without a results format', CONSTRUCT, {}, 3],
    ['a DESCRIBE query with its form given', DESCRIBE, { form: 'describe' as const }, 1],
    ['a DESCRIBE query without its form, run again without a results format', DESCRIBE, {}, 1],
  ])('%s with quads in the default graph', (_label, sparql, options, count) => {
    const result = store().querySync(sparql, options);
    expect(result.kind).toBe('graph');
    if (result.kind !== 'graph') return;
    expect(result.quads).toHaveLength(count);
    expect(result.quads.every((q) => q.graph.termType === 'DefaultGraph')).toBe(true);
  });

  it('a graph query that a caller announced as a SELECT with an InternalError, as the form was wrong, not the query', () => {
    const error = thrown(() => store().querySync(CONSTRUCT, { form: 'select' }));
    expect(error).toBeInstanceOf(InternalError);
    expect(error.message).toContain('Not supported RDF format media type');
  });

  it.each([
    ['a SELECT query announced as a CONSTRUCT', 'SELECT * WHERE { ?s ?p ?o }', 'construct' as const],
    ['an ASK query announced as a DESCRIBE', 'ASK { ?s ?p ?o }', 'describe' as const],
  ])('%s with an InternalError', (_label, sparql, form) => {
    expect(thrown(() => store().querySync(sparql, { form }))).toBeInstanceOf(InternalError);
  });

  it('over the union of all graphs by default, and over the given graphs when a dataset names them', () => {
    const count = (options = {}) => {
      const r = store().querySync('SELECT ?s WHERE { ?s ?p ?o }', options);
      return r.kind === 'select' ? r.bindings.length : -1;
    };
    expect(count()).toBe(3);
    expect(count({ dataset: { defaultGraphs: [ACTORS.value] } })).toBe(2);
    expect(count({ dataset: { defaultGraphs: [OTHER.value], namedGraphs: [] } })).toBe(1);
    const named = store().querySync('SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }', { dataset: { defaultGraphs: [], namedGraphs: [OTHER.value] } });
    expect(named.kind === 'select' && named.bindings.map((b) => b.g.value)).toEqual([OTHER.value]);
  });

  it('relative IRIs of a query against the base IRI it is given', () => {
    const result = store().querySync('SELECT ?x WHERE { BIND(<united-states> AS ?x) }', { baseIri: entityIri('state', 'france') });
    expect(result.kind === 'select' && result.bindings[0].x).toEqual(US);
  });

  it('its quads, graph names and size, each graph on its own', () => {
    const s = store();
    expect(s.sizeSync).toBe(3);
    expect(s.graphsSync()).toEqual([ACTORS.value, OTHER.value].sort());
    expect(s.quadsSync(OTHER.value)).toEqual([DATA[2]]);
    expect(s.quadsSync()).toHaveLength(3);
  });
});

describe('EmbeddedStore classifies a failed query', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ['SELECT', 'SELECT * WHERE {\n  ?s ?p }', {}],
    ['CONSTRUCT with its form given', 'CONSTRUCT { ?s ?p ?o }\nWHERE { ?s ?p }', { form: 'construct' as const }],
  ])('a %s the parser rejects as a QuerySyntaxError with its line and column', (_label, sparql, options) => {
    const error = thrown(() => store().querySync(sparql, options));
    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect((error as QuerySyntaxError).position).toEqual({ line: 2, column: expect.any(Number) });
    expect((error as QuerySyntaxError).position.column).toBeGreaterThan(0);
    expect(error.message).toMatch(/^2:\d+: error at 2:\d+:/);
  });

  /** Makes Oxigraph's query() throw, as the WebAssembly module does when it fails. */
  const failWith = (e: unknown) =>
    jest.spyOn(ox.Store.prototype, 'query').mockImplementation(() => {
      throw e;
    });

  it('a WebAssembly trap as a ResourceError that keeps the trap as its cause', () => {
    // WebAssembly.RuntimeError, whose name is "RuntimeError" (WebAssembly JS API §5.5).
    const trap = Object.assign(new Error('unreachable'), { name: 'RuntimeError' });
    failWith(trap);
    const error = thrown(() => store().querySync('SELECT * WHERE { ?s ?p ?o }'));
    expect(error).toBeInstanceOf(ResourceError);
    expect((error as ResourceError).code).toBe('RESOURCE_EXHAUSTED');
    expect(error.message).toContain('unreachable');
    expect(error.cause).toBe(trap);
  });

  it('a stack overflow (RangeError) as a ResourceError, for graph queries too', () => {
    failWith(new RangeError('Maximum call stack size exceeded'));
    expect(thrown(() => store().querySync(CONSTRUCT, { form: 'construct' }))).toBeInstanceOf(ResourceError);
  });

  it('any other exception as an InternalError naming what the store said', () => {
    const failure = new Error('the store is closed');
    failWith(failure);
    const error = thrown(() => store().querySync('SELECT * WHERE { ?s ?p ?o }'));
    expect(error).toBeInstanceOf(InternalError);
    expect(error.message).toBe('The store failed to run a query: the store is closed');
    expect(error.cause).toBe(failure);
  });

  it('a message that only mentions a position elsewhere as an InternalError, not a syntax error', () => {
    failWith(new Error('IO error at 3:4: disk full'));
    expect(thrown(() => store().querySync('SELECT * WHERE { ?s ?p ?o }'))).toBeInstanceOf(InternalError);
  });
});

describe('EmbeddedStore classifies a failed update', () => {
  it.each(['CLEAR GRAPH <http://example.org/none>', 'DROP GRAPH <http://example.org/none>'])(
    '%s, of a graph that is not there, as a BadRequestError naming the graph and SILENT',
    (update) => {
      const error = thrown(() => store().updateSync(update));
      expect(error).toBeInstanceOf(BadRequestError);
      expect(error.message).toBe('The graph <http://example.org/none> does not exist; add SILENT (e.g. CLEAR SILENT GRAPH …) to ignore a missing graph');
    },
  );

  it('the same with SILENT as no error at all', () => {
    expect(() => store().updateSync('CLEAR SILENT GRAPH <http://example.org/none>')).not.toThrow();
  });

  it('CREATE of a graph that holds triples as a BadRequestError saying it exists', () => {
    const s = store();
    s.updateSync('INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }');
    expect(thrown(() => s.updateSync('CREATE GRAPH <urn:g>')).message).toBe('The graph <urn:g> already exists; add SILENT (CREATE SILENT GRAPH …) to ignore an existing graph');
  });

  it('a blank node label shared by two blocks of one request as a QuerySyntaxError', () => {
    const error = thrown(() => store().updateSync('INSERT DATA { _:b <urn:p> <urn:o> } ; INSERT DATA { _:b <urn:p> <urn:o> }'));
    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect(error.message).toMatch(/_:b cannot be shared by multiple blocks/);
  });
});

describe('parseRdf', () => {
  it('gives n3 quads, resolving relative IRIs against the base and putting them into the given graph', () => {
    const quads = parseRdf('<united-states> <http://www.w3.org/2000/01/rdf-schema#label> "United States"@en .', {
      format: 'text/turtle',
      baseIri: entityIri('state', 'france'),
      graph: ACTORS.value,
    });
    expect(quads).toEqual([DATA[0]]);
  });

  it('gives the quads of N-Quads in their own graphs when no graph is given', () => {
    const text = DATA.map((q) => `<${q.subject.value}> <${q.predicate.value}> "${q.object.value}"${q.object.termType === 'Literal' && q.object.language ? `@${q.object.language}` : `^^<${XSD.integer}>`} <${q.graph.value}> .`).join('\n');
    expect(parseRdf(text, { format: 'application/n-quads' })).toEqual(DATA);
  });

  it('reports a syntax error as a ParseError with the file, line and column', () => {
    const error = thrown(() => parseRdf(`<${US.value}> <${RDFS.label}> "ok" .\n<${US.value}> <${RDFS.label}> .`, { format: 'text/turtle', file: 'data/actors.ttl' }));
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).position).toEqual({ file: 'data/actors.ttl', line: 2, column: expect.any(Number) });
    expect(error.message).toMatch(/^data\/actors\.ttl:2:\d+: Parser error/);
  });

  it('reads the position of an error that spans lines from its first line', () => {
    const error = thrown(() => parseRdf(`<${US.value}> <${RDFS.label}> "unterminated .\n`, { format: 'text/turtle' }));
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).position.line).toBe(1);
  });
});

describe('EmbeddedStore.load', () => {
  const TRIG = `<${US.value}> <${RDFS.label}> "United States"@en .\n<${OTHER.value}> { <${EU.value}> <${RDFS.label}> "European Union"@en . }\n`;

  it('bulk-loads text into the given graph, relative IRIs against the base, and lists the graphs a TriG text names itself', async () => {
    const s = new EmbeddedStore();
    s.load(TRIG, { format: 'application/trig', graph: ACTORS.value });
    s.load('<united-states> <http://www.w3.org/2000/01/rdf-schema#comment> "x" .', { format: 'text/turtle', graph: ACTORS.value, baseIri: entityIri('state', 'france') });
    expect(await s.graphs()).toEqual([ACTORS.value, OTHER.value].sort());
    expect((await s.quads(ACTORS.value)).map((q) => q.subject.value)).toEqual([US.value, US.value]);
    expect(await s.quads(OTHER.value)).toEqual([quad(EU, namedNode(RDFS.label), literal('European Union', 'en'), OTHER)]);
  });

  it('reports a syntax error with the file, line and column, and leaves the store as it was', async () => {
    const s = store();
    const error = thrown(() => s.load(`<${US.value}> <${RDFS.label}> "ok" .\n<${US.value}> <${RDFS.label}> .`, { format: 'text/turtle', file: 'data/x.ttl', graph: graphIri('x') }));
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).position).toEqual({ file: 'data/x.ttl', line: 2, column: expect.any(Number) });
    expect(await s.size()).toBe(DATA.length);
    expect(await s.graphs()).toEqual([ACTORS.value, OTHER.value].sort());
  });
});
