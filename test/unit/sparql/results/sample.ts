/** A SELECT result with every kind of term and the characters each format must escape. */
import { DataFactory } from 'n3';
import { CDKG, RDFS, XSD, entityIri } from '../../../../ontology/namespaces';
import type { SolutionResult } from '../../../../src/sparql/results';

const { namedNode, blankNode, literal } = DataFactory;

export const US = entityIri('state', 'united-states');
export const TRICKY = 'He said "no", then\tleft;\nnew line & <tag>';

export const SELECT: SolutionResult = {
  kind: 'select',
  variables: ['s', 'label', 'n', 'note', 'b'],
  bindings: [
    { s: namedNode(US), label: literal('United States', 'en'), n: literal('42', namedNode(XSD.integer)), note: literal(TRICKY), b: blankNode('x1') },
    // `label` and `b` unbound in the second row.
    { s: namedNode(CDKG.partyTo), n: literal('2019-12-27', namedNode(XSD.date)), note: literal('plain') },
    { s: namedNode(RDFS.label) },
  ],
};

export const EMPTY: SolutionResult = { kind: 'select', variables: ['x'], bindings: [] };
export const ASK_TRUE: SolutionResult = { kind: 'ask', value: true };
export const ASK_FALSE: SolutionResult = { kind: 'ask', value: false };
