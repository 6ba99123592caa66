/**
 * SPARQL Query Results XML Format, Second Edition (https://www.w3.org/TR/rdf-sparql-XMLres/).
 */
import type * as RDF from '@rdfjs/types';
import { SPARQL_RESULTS_XML_NS, XSD } from '../../../ontology/namespaces';
import type { ResultFormat, SolutionResult } from './types';

/** Escapes text for element content and double-quoted attributes (XML 1.0 §2.4, §3.3.3). */
function esc(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

function xmlTerm(term: RDF.Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<uri>${esc(term.value)}</uri>`;
    case 'BlankNode':
      return `<bnode>${esc(term.value)}</bnode>`;
    case 'Literal':
      if (term.language) return `<literal xml:lang="${esc(term.language)}">${esc(term.value)}</literal>`;
      if (term.datatype.value === XSD.string) return `<literal>${esc(term.value)}</literal>`;
      return `<literal datatype="${esc(term.datatype.value)}">${esc(term.value)}</literal>`;
    case 'Quad':
      return `<triple><subject>${xmlTerm(term.subject)}</subject><predicate>${xmlTerm(term.predicate)}</predicate><object>${xmlTerm(term.object)}</object></triple>`;
    default:
      throw new TypeError(`A ${term.termType} cannot be a query solution value`);
  }
}

export const xml: ResultFormat = {
  name: 'xml',
  mediaType: 'application/sparql-results+xml',
  serialise(result: SolutionResult): string {
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<sparql xmlns="${SPARQL_RESULTS_XML_NS}">`];
    if (result.kind === 'ask') {
      lines.push('  <head/>', `  <boolean>${result.value}</boolean>`);
    } else {
      lines.push('  <head>', ...result.variables.map((v) => `    <variable name="${esc(v)}"/>`), '  </head>', '  <results>');
      for (const row of result.bindings) {
        lines.push('    <result>');
        // Unbound variables get no <binding> element (§2.3.1).
        for (const v of result.variables) if (row[v]) lines.push(`      <binding name="${esc(v)}">${xmlTerm(row[v])}</binding>`);
        lines.push('    </result>');
      }
      lines.push('  </results>');
    }
    lines.push('</sparql>');
    return `${lines.join('\n')}\n`;
  },
};
