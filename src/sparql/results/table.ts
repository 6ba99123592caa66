/**
 * A readable text table for the terminal (`kb query`): IRIs shortened with
 * the ontology's prefixes, literals with their language or short datatype,
 * and a row count. Not a standard format; for machines use json, xml, csv or tsv.
 */
import type * as RDF from '@rdfjs/types';
import { XSD, compact } from '../../../ontology/namespaces';
import type { ResultFormat, SolutionResult } from './types';

/** Line breaks and tabs would break the table's rows; they are shown escaped. */
const oneLine = (text: string): string => text.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');

function displayTerm(term: RDF.Term | undefined): string {
  if (!term) return '';
  switch (term.termType) {
    case 'NamedNode': {
      const short = compact(term.value);
      return short === term.value ? `<${term.value}>` : short;
    }
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Literal': {
      const text = oneLine(term.value);
      if (term.language) return `"${text}"@${term.language}`;
      if (term.datatype.value === XSD.string) return `"${text}"`;
      if (term.datatype.value === XSD.integer || term.datatype.value === XSD.boolean) return text;
      return `"${text}"^^${displayTerm(term.datatype)}`;
    }
    case 'Quad':
      return `<< ${displayTerm(term.subject)} ${displayTerm(term.predicate)} ${displayTerm(term.object)} >>`;
    default:
      return term.value;
  }
}

/** Width in terminal columns, counting code points rather than UTF-16 units. */
const width = (text: string): number => [...text].length;
const pad = (text: string, n: number): string => text + ' '.repeat(Math.max(0, n - width(text)));

export const table: ResultFormat = {
  name: 'table',
  mediaType: 'text/plain',
  forms: ['select', 'ask'],
  serialise(result: SolutionResult): string {
    if (result.kind === 'ask') return `${result.value}\n`;
    const header = result.variables.map((v) => `?${v}`);
    const rows = result.bindings.map((b) => result.variables.map((v) => displayTerm(b[v])));
    const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
    const line = (cells: string[]) => `| ${cells.map((c, i) => pad(c, widths[i])).join(' | ')} |`;
    const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
    const count = `${rows.length} ${rows.length === 1 ? 'row' : 'rows'}`;
    if (header.length === 0) return `${count}\n`;
    return [rule, line(header), rule, ...rows.map(line), rule, count].join('\n') + '\n';
  },
};
