/** Unit tests of src/export/turtle-layout.ts: Turtle and TriG laid out for people to read (indentation, blank lines between blocks). */
import fs from 'node:fs';
import { Parser } from 'n3';
import { serialiser } from '../../../src/export';
import { TurtleLayout } from '../../../src/export/turtle-layout';
import { canonicalNQuads } from './support';

const NESTED = `@prefix ex: <http://example.org/> .
ex:a ex:p [ ex:q [ ex:r "x [ ( \\" ]" ; ex:s <http://e.org/[x]> ] ; ex:t ( [ ex:u 1 ; ex:v 2 ] ex:w ) ] ; ex:z 3 .
ex:b ex:p [ ex:q 1 ; ex:r 2 ] .
`;

describe('Turtle layout', () => {
  test('indents nested blank nodes one level per depth and aligns the closing bracket with the line that opened it', async () => {
    const text = await serialiser('turtle').serialise(new Parser().parse(NESTED));
    expect(text).toContain(`<http://example.org/a> <http://example.org/p> [
    <http://example.org/q> [
        <http://example.org/r> "x [ ( \\" ]";
        <http://example.org/s> <http://e.org/[x]>
    ];
    <http://example.org/t> ([
        <http://example.org/u> 1;
        <http://example.org/v> 2
    ] <http://example.org/w>)
];
    <http://example.org/z> 3.
`);
  });

  test('puts a blank line between subject blocks', async () => {
    const text = await serialiser('turtle').serialise(new Parser().parse(NESTED));
    expect(text).toContain(`    <http://example.org/z> 3.\n\n<http://example.org/b>`);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  test('puts a blank line between graph blocks in TriG', async () => {
    const trig = '<http://g/1> { <http://a/> <http://p/> 1 } <http://g/2> { <http://b/> <http://p/> 2 }';
    const text = await serialiser('trig').serialise(new Parser({ format: 'TriG' }).parse(trig));
    expect(text).toMatch(/\n}\n\n<http:\/\/g\/2> \{\n/);
  });

  test('counts no bracket inside a literal or an IRI', () => {
    const layout = new TurtleLayout();
    expect(layout.chunk('<http://a/[> <http://p/> "(["')).toBe('<http://a/[> <http://p/> "(["');
    expect(layout.chunk(';\n  <http://q/> 1')).toBe(';\n  <http://q/> 1');
  });

  test('keeps the ontology the same graph (the layout changes only white space)', async () => {
    const quads = new Parser().parse(fs.readFileSync('ontology/shapes.ttl', 'utf8'));
    const text = await serialiser('turtle').serialise(quads);
    expect(await canonicalNQuads(new Parser().parse(text))).toBe(await canonicalNQuads(quads));
  });
});

describe('streaming', () => {
  test('write gives the same text as serialise, in several chunks for the n3-written formats', async () => {
    const quads = new Parser().parse(NESTED);
    for (const name of ['turtle', 'ntriples', 'nquads', 'trig', 'jsonld', 'rdfxml'] as const) {
      const chunks: string[] = [];
      await serialiser(name).write(quads, (c) => chunks.push(c));
      expect(chunks.join('')).toBe(await serialiser(name).serialise(quads));
      if (name !== 'jsonld' && name !== 'rdfxml') expect(chunks.length).toBeGreaterThan(1);
    }
  });
});
