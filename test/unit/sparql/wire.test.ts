/** Unit tests of src/sparql/wire.ts: terms and results survive the structured cloning of the worker-thread boundary unchanged. */
import { DataFactory } from 'n3';
import { fromWire, resultFromWire, resultToWire, toWire } from '../../../src/sparql/wire';

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;

describe('the worker wire format', () => {
  it('survives structured cloning and comes back as equal n3 terms', () => {
    const terms = [
      namedNode('http://example.org/a'),
      blankNode('b1'),
      literal('chat', 'fr'),
      literal('42', namedNode('http://www.w3.org/2001/XMLSchema#integer')),
      quad(namedNode('http://example.org/s'), namedNode('http://example.org/p'), literal('o'), namedNode('http://example.org/g')),
      quad(namedNode('http://example.org/s'), namedNode('http://example.org/p'), blankNode('x'), defaultGraph()),
    ];
    for (const t of terms) {
      const back = fromWire(structuredClone(toWire(t)));
      expect(back.equals(t)).toBe(true);
    }
  });

  it('carries every result kind across', () => {
    const select = { kind: 'select' as const, variables: ['x', 'y'], bindings: [{ x: namedNode('http://example.org/a') }] };
    const back = resultFromWire(structuredClone(resultToWire(select)));
    expect(back.kind === 'select' && back.bindings[0].x.equals(namedNode('http://example.org/a'))).toBe(true);
    expect(back.kind === 'select' && back.variables).toEqual(['x', 'y']);
    expect(resultFromWire(structuredClone(resultToWire({ kind: 'ask', value: true })))).toEqual({ kind: 'ask', value: true });
    const graph = resultFromWire(structuredClone(resultToWire({ kind: 'graph', quads: [quad(namedNode('http://a.org/s'), namedNode('http://a.org/p'), literal('o'))] })));
    expect(graph.kind === 'graph' && graph.quads[0].object.value).toBe('o');
  });
});
