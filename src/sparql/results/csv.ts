/**
 * SPARQL 1.1 Query Results CSV Format (https://www.w3.org/TR/sparql11-results-csv-tsv/#csv).
 * CSV is lossy by design: IRIs and literals are written as their bare
 * strings, without datatype or language (§2).
 */
import type * as RDF from '@rdfjs/types';
import { FORMATS } from '../../../ontology/namespaces';
import type { ResultFormat, SolutionResult } from './types';

/** RFC 4180: a field containing a comma, a quote or a line break is quoted, quotes doubled. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvTerm(term: RDF.Term | undefined): string {
  if (!term) return '';
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  return term.value;
}

/**
 * The CSV/TSV specification defines SELECT results only; an ASK result is
 * written as one column `_askResult` with `true` or `false`, as Apache Jena does.
 */
export const ASK_COLUMN = '_askResult';

export const csv: ResultFormat = {
  name: 'csv',
  mediaType: 'text/csv',
  formatIri: FORMATS.SPARQL_Results_CSV,
  serialise(result: SolutionResult): string {
    if (result.kind === 'ask') return `${ASK_COLUMN}\r\n${result.value}\r\n`;
    // Rows end in CRLF (§2, following RFC 4180).
    const rows = [result.variables.map(field).join(',')];
    for (const b of result.bindings) rows.push(result.variables.map((v) => field(csvTerm(b[v]))).join(','));
    return `${rows.join('\r\n')}\r\n`;
  },
};
