/**
 * The Hydra search form of a Triple Pattern Fragments interface (TPF
 * specification §3.3): an IRI template with one variable per triple
 * position, each mapped to rdf:subject, rdf:predicate or rdf:object, values
 * in the explicit representation. The VoID description and every fragment
 * carry it, so a client that reads either can query the dataset.
 */
import type * as RDF from '@rdfjs/types';
import { DataFactory } from '../store/n3';
import { HYDRA, RDF as RDFNS } from '../../ontology/namespaces';

const { namedNode, literal, blankNode, quad, defaultGraph } = DataFactory;

export const PATTERN_VARIABLES = [
  ['subject', RDFNS.subject],
  ['predicate', RDFNS.predicate],
  ['object', RDFNS.object],
] as const;

/**
 * The form's quads: `of` hydra:search a template expanding `base` (the
 * fragments URL, which may already hold a query such as ?graph=…).
 */
export function searchForm(of: RDF.NamedNode, base: string, graph: RDF.Quad['graph'] = defaultGraph()): RDF.Quad[] {
  const form = blankNode('triple-pattern');
  const names = PATTERN_VARIABLES.map(([v]) => v).join(',');
  // RFC 6570: {?a,b} starts a query, {&a,b} continues one.
  const template = `${base}{${base.includes('?') ? '&' : '?'}${names}}`;
  const out = [
    quad(of, namedNode(HYDRA.search), form, graph),
    quad(form, namedNode(RDFNS.type), namedNode(HYDRA.IriTemplate), graph),
    quad(form, namedNode(HYDRA.template), literal(template), graph),
    quad(form, namedNode(HYDRA.variableRepresentation), namedNode(HYDRA.ExplicitRepresentation), graph),
  ];
  for (const [variable, property] of PATTERN_VARIABLES) {
    const mapping = blankNode(`mapping-${variable}`);
    out.push(
      quad(form, namedNode(HYDRA.mapping), mapping, graph),
      quad(mapping, namedNode(HYDRA.variable), literal(variable), graph),
      quad(mapping, namedNode(HYDRA.property), namedNode(property), graph),
    );
  }
  return out;
}
