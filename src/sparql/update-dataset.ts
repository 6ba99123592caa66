/**
 * An update's dataset given by the protocol (SPARQL 1.1 Protocol §2.2.3):
 * `using-graph-uri` and `using-named-graph-uri` act as USING and USING NAMED
 * on each operation that matches a WHERE pattern (DELETE/INSERT, and DELETE
 * WHERE, its shorthand: SPARQL 1.1 Update §3.1.3). An update that names its
 * own dataset (USING, USING NAMED or WITH) besides them is an error (§2.2.3).
 * The store's update takes no dataset, so the syntax tree is rewritten and
 * generated again.
 */
import type { IriTerm, Pattern, Quads, UpdateOperation } from 'sparqljs';
import { DataFactory } from '../store/n3';
import { BadRequestError } from '../errors';
import { generateUpdate, parseUpdate } from './parse';

export interface UpdateDataset {
  readonly defaultGraphs: readonly string[];
  readonly namedGraphs: readonly string[];
}

/** DELETE WHERE { Q } is DELETE { Q } WHERE { Q } (SPARQL 1.1 Update §3.1.3.3): the long form, which takes USING. */
function whereOf(quads: readonly Quads[]): Pattern[] {
  return quads.map((q): Pattern => (q.type === 'bgp' ? { type: 'bgp', triples: q.triples } : { type: 'graph', name: q.name, patterns: [{ type: 'bgp', triples: q.triples }] }));
}

/** The update's text with the protocol's dataset on each of its WHERE operations; unchanged when the protocol names none. */
export function withProtocolDataset(text: string, dataset: UpdateDataset, baseIri: string): string {
  if (dataset.defaultGraphs.length === 0 && dataset.namedGraphs.length === 0) return text;
  const ast = parseUpdate(text, { baseIri });
  const iri = (g: string) => DataFactory.namedNode(g) as IriTerm;
  const using = { default: dataset.defaultGraphs.map(iri), named: dataset.namedGraphs.map(iri) };
  ast.updates = ast.updates.map((op: UpdateOperation): UpdateOperation => {
    if (!('updateType' in op)) return op;
    if (op.updateType === 'deletewhere') return { updateType: 'insertdelete', delete: op.delete, insert: [], where: whereOf(op.delete), using };
    if (op.updateType !== 'insertdelete') return op;
    if (op.using || op.graph) throw new BadRequestError('The update names its dataset (USING, USING NAMED or WITH) and the request gives using-graph-uri or using-named-graph-uri: give one or the other (SPARQL 1.1 Protocol §2.2.3)');
    return { ...op, using };
  });
  return generateUpdate(ast);
}
