/**
 * SPARQL 1.1 Query Results TSV Format (https://www.w3.org/TR/sparql11-results-csv-tsv/#tsv).
 * Unlike CSV it keeps every term exactly, in SPARQL/Turtle syntax (§3).
 */
import type * as RDF from '@rdfjs/types';
import { FORMATS, XSD } from '../../../ontology/namespaces';
import { InternalError } from '../../errors';
import type { ResultFormat, SolutionResult } from './types';

/** Escapes a literal's lexical form as a Turtle STRING_LITERAL_QUOTE; tabs and line breaks must not appear raw (§3.2). */
function quoted(text: string): string {
  const escapes: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
  return `"${text.replace(/[\\"\t\n\r]/g, (c) => escapes[c])}"`;
}

/** IRIs cannot contain characters that break a TSV line; the IRIREF grammar rules them out. */
function tsvTerm(term: RDF.Term | undefined): string {
  if (!term) return '';
  switch (term.termType) {
    case 'NamedNode':
      return `<${term.value}>`;
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Literal':
      if (term.language) return `${quoted(term.value)}@${term.language}`;
      if (term.datatype.value === XSD.string) return quoted(term.value);
      return `${quoted(term.value)}^^<${term.datatype.value}>`;
    case 'Quad':
      return `<< ${tsvTerm(term.subject)} ${tsvTerm(term.predicate)} ${tsvTerm(term.object)} >>`;
    default:
      throw new InternalError(`A ${term.termType} cannot be a query solution value`);
  }
}

export const tsv: ResultFormat = {
  name: 'tsv',
  mediaType: 'text/tab-separated-values',
  formatIri: FORMATS.SPARQL_Results_TSV,
  // Like CSV, TSV encodes SELECT results only (§1).
  forms: ['select'],
  serialise(result: SolutionResult): string {
    if (result.kind === 'ask') throw new InternalError('TSV has no encoding for an ASK result');
    // The header names the variables with their `?` (§3.1); rows end in LF.
    const rows = [result.variables.map((v) => `?${v}`).join('\t')];
    for (const b of result.bindings) rows.push(result.variables.map((v) => tsvTerm(b[v])).join('\t'));
    return `${rows.join('\n')}\n`;
  },
};
