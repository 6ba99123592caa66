/**
 * SPARQL Query Results XML Format, Second Edition (https://www.w3.org/TR/rdf-sparql-XMLres/).
 */
import type * as RDF from '@rdfjs/types';
import { FORMATS, SPARQL_RESULTS_XML_NS, XSD } from '../../../ontology/namespaces';
import { InternalError, NotSerialisableError } from '../../errors';
import type { ResultFormat, SolutionResult } from './types';

/** Characters outside the XML 1.0 Char production (§2.2): not even a character reference may carry them. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * Whether a SPARQL XML results text written elsewhere (by the store) reads
 * back as written: no character outside XML 1.0, and no raw carriage return,
 * which a parser reads as a line feed (§2.11). When it does not, this
 * module's writer answers instead (escaping CR, refusing the rest by row).
 */
export function xmlReadsBack(text: string): boolean {
  return !NOT_XML_CHAR.test(text) && !text.includes('\r');
}

/**
 * Escapes text for element content and double-quoted attributes (XML 1.0
 * §2.4, §3.3.3). A carriage return becomes a character reference, as a raw one
 * would be turned into a line feed by every XML parser (§2.11).
 */
function esc(text: string): string {
  return text.replace(/[&<>"\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#xD;' })[c] as string);
}

/**
 * A literal XML cannot carry (SPARQL allows any Unicode string, e.g. "\u0001")
 * would make the document ill-formed; it is refused with the row and the
 * variable, so the client can ask for a format that carries it.
 */
function checkXmlText(term: RDF.Term, variable: string, row: number): void {
  const bad = NOT_XML_CHAR.exec(literalText(term));
  if (!bad) return;
  const code = `U+${(bad[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
  throw new NotSerialisableError(
    'xml',
    `SPARQL XML results cannot carry the value of ?${variable} in row ${row}: its literal holds ${code}, a character XML 1.0 does not allow (XML 1.0 §2.2)`,
  );
}

/** The literal text a term holds, quoted triples included (IRIs and blank node labels cannot hold such characters). */
function literalText(term: RDF.Term): string {
  if (term.termType === 'Literal') return term.value;
  if (term.termType === 'Quad') return literalText(term.subject) + literalText(term.object);
  return '';
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
      throw new InternalError(`A ${term.termType} cannot be a query solution value`);
  }
}

export const xml: ResultFormat = {
  name: 'xml',
  mediaType: 'application/sparql-results+xml',
  formatIri: FORMATS.SPARQL_Results_XML,
  forms: ['select', 'ask'],
  serialise(result: SolutionResult): string {
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<sparql xmlns="${SPARQL_RESULTS_XML_NS}">`];
    if (result.kind === 'ask') {
      lines.push('  <head/>', `  <boolean>${result.value}</boolean>`);
    } else {
      lines.push('  <head>', ...result.variables.map((v) => `    <variable name="${esc(v)}"/>`), '  </head>', '  <results>');
      result.bindings.forEach((row, index) => {
        lines.push('    <result>');
        // Unbound variables get no <binding> element (§2.3.1).
        for (const v of result.variables) {
          if (!row[v]) continue;
          checkXmlText(row[v], v, index + 1);
          lines.push(`      <binding name="${esc(v)}">${xmlTerm(row[v])}</binding>`);
        }
        lines.push('    </result>');
      });
      lines.push('  </results>');
    }
    lines.push('</sparql>');
    return `${lines.join('\n')}\n`;
  },
};
