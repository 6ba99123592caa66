/**
 * Which graphs of a remote store are CDKG's, and the dataset every request
 * names. A remote store may hold graphs of its own (Virtuoso keeps system
 * graphs, and its default graph without FROM or `default-graph-uri` is the
 * union of all its graphs), so CDKG never relies on the store's default
 * dataset: every query carries `default-graph-uri` and `named-graph-uri`
 * (SPARQL 1.1 Protocol §2.1.4) listing CDKG's graphs only, as `kb push`
 * recorded them in the registry graph. CDKG's own default graph is held in
 * a named graph of its own; an empty default graph (FROM NAMED alone) is
 * named by a graph that stays empty.
 */
import { REMOTE_GRAPHS } from '../../../ontology/namespaces';
import { DEFAULT_GRAPH, type DatasetSpec } from '../types';

/** The protocol dataset of one request: graph IRIs of the remote store. */
export interface ProtocolDataset {
  readonly defaultGraphs: readonly string[];
  readonly namedGraphs: readonly string[];
}

/**
 * The remote graphs a dataset of CDKG's names, given CDKG's named graphs on the remote. Graphs that are not CDKG's
 * (the store's own, or the registry) are left out, as if empty: a client reads nothing through CDKG that CDKG did not put there.
 */
export function protocolDataset(spec: DatasetSpec | undefined, named: readonly string[]): ProtocolDataset {
  const known = new Set(named);
  const remote = (g: string) => (g === DEFAULT_GRAPH ? [REMOTE_GRAPHS.defaultGraph] : known.has(g) ? [g] : []);
  const orEmpty = (graphs: readonly string[]) => (graphs.length ? graphs : [REMOTE_GRAPHS.empty]);
  return {
    // Without a dataset, the default graph is the union of every graph (the embedded store's rule, src/store/oxigraph.ts).
    defaultGraphs: orEmpty(spec?.defaultGraphs ? spec.defaultGraphs.flatMap(remote) : [REMOTE_GRAPHS.defaultGraph, ...named]),
    namedGraphs: orEmpty(spec?.namedGraphs ? spec.namedGraphs.flatMap(remote).filter((g) => g !== REMOTE_GRAPHS.defaultGraph) : named),
  };
}

/** The form fields of a dataset (SPARQL 1.1 Protocol §2.1.4, §2.2.3 for updates: `using-graph-uri` there). */
export function datasetFields(form: URLSearchParams, dataset: ProtocolDataset): void {
  for (const g of dataset.defaultGraphs) form.append('default-graph-uri', g);
  for (const g of dataset.namedGraphs) form.append('named-graph-uri', g);
}
