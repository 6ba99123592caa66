/**
 * The exact terms behind the store's lines. The store gives literals back by value (see storedLines in
 * ../oxigraph.ts), so a line read from it may name `xsd:integer` where the file said `xsd:nonNegativeInteger`.
 * What the write path checks, journals and writes back is mapped through this table first: the terms of the
 * files and of the requests, never the store's canonical forms.
 */
import type * as RDF from '@rdfjs/types';
import { storedLines } from '../oxigraph';
import { quadsOfLines } from './replay';

const escape = (s: string) => s.replace(/[\\"\n\r]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r' })[c] as string);

function term(t: RDF.Term): string {
  switch (t.termType) {
    case 'NamedNode':
      return `<${t.value}>`;
    case 'BlankNode':
      return `_:${t.value}`;
    case 'Literal':
      return `"${escape(t.value)}"${t.language ? `@${t.language}` : t.datatype.value === 'http://www.w3.org/2001/XMLSchema#string' ? '' : `^^<${t.datatype.value}>`}`;
    default:
      return '';
  }
}

/** A quad as one N-Quads line, with its terms as they are. */
export function exactLine(q: RDF.Quad): string {
  return `${term(q.subject)} ${term(q.predicate)} ${term(q.object)}${q.graph.termType === 'DefaultGraph' ? '' : ` ${term(q.graph)}`} .`;
}

export class ExactTerms {
  private readonly byLine = new Map<string, string>();

  addQuads(quads: readonly RDF.Quad[]): void {
    // Only literals can differ; the lines of other quads are their own.
    const literals = quads.filter((q) => q.object.termType === 'Literal');
    const stored = storedLines(literals);
    literals.forEach((q, i) => {
      const exact = exactLine(q);
      if (exact !== stored[i]) this.byLine.set(stored[i], exact);
    });
  }

  addLines(text: string): void {
    const lines = text.split('\n').filter((l) => l !== '');
    this.addQuads(quadsOfLines(lines));
  }

  /** The line with the terms it was written with. */
  exact(line: string): string {
    return this.byLine.get(line) ?? line;
  }

  lines(lines: readonly string[]): string[] {
    return lines.map((l) => this.exact(l));
  }
}
