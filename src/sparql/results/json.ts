/**
 * SPARQL 1.1 Query Results JSON Format (https://www.w3.org/TR/sparql11-results-json/).
 */
import type * as RDF from '@rdfjs/types';
import { FORMATS, XSD } from '../../../ontology/namespaces';
import { InternalError } from '../../errors';
import type { ResultsJsonTerm } from '../../store/types';
import type { ResultFormat, SolutionResult } from './types';

/** One RDF term as §3.2.2 encodes it; simple literals (xsd:string) carry no datatype. */
function jsonTerm(term: RDF.Term): ResultsJsonTerm {
  switch (term.termType) {
    case 'NamedNode':
      return { type: 'uri', value: term.value };
    case 'BlankNode':
      return { type: 'bnode', value: term.value };
    case 'Literal':
      if (term.language) return { type: 'literal', value: term.value, 'xml:lang': term.language };
      if (term.datatype.value === XSD.string) return { type: 'literal', value: term.value };
      return { type: 'literal', value: term.value, datatype: term.datatype.value };
    case 'Quad':
      // SPARQL 1.2 / RDF-star encoding of a quoted triple.
      return { type: 'triple', value: { subject: jsonTerm(term.subject), predicate: jsonTerm(term.predicate), object: jsonTerm(term.object) } };
    default:
      throw new InternalError(`A ${term.termType} cannot be a query solution value`);
  }
}

export const json: ResultFormat = {
  name: 'json',
  mediaType: 'application/sparql-results+json',
  formatIri: FORMATS.SPARQL_Results_JSON,
  forms: ['select', 'ask'],
  serialise(result: SolutionResult): string {
    if (result.kind === 'ask') return JSON.stringify({ head: {}, boolean: result.value });
    const bindings = result.bindings.map((row) => {
      const out: Record<string, ResultsJsonTerm> = {};
      // Unbound variables are left out of the row (§3.2.2).
      for (const v of result.variables) if (row[v]) out[v] = jsonTerm(row[v]);
      return out;
    });
    return JSON.stringify({ head: { vars: result.variables }, results: { bindings } });
  },
};
