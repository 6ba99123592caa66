/**
 * SPARQL 1.1 Query Results CSV Format (https://www.w3.org/TR/sparql11-results-csv-tsv/#csv).
 * CSV is lossy by design: IRIs and literals are written as their bare
 * strings, without datatype or language (§2).
 */
import type * as RDF from '@rdfjs/types';
import { FORMATS } from '../../../ontology/namespaces';
import { InternalError } from '../../errors';
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

export const csv: ResultFormat = {
  name: 'csv',
  mediaType: 'text/csv',
  formatIri: FORMATS.SPARQL_Results_CSV,
  // The CSV/TSV formats encode SELECT results only; they define no boolean (§1).
  forms: ['select'],
  serialise(result: SolutionResult): string {
    if (result.kind === 'ask') throw new InternalError('CSV has no encoding for an ASK result');
    // Rows end in CRLF (§2, following RFC 4180).
    const rows = [result.variables.map(field).join(',')];
    for (const b of result.bindings) rows.push(result.variables.map((v) => field(csvTerm(b[v]))).join(','));
    return `${rows.join('\r\n')}\r\n`;
  },
};
