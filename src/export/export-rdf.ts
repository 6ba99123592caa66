/**
 * Writing the knowledge base, or one named graph, in an RDF format, chunk by
 * chunk to a sink (what `kb export` streams to a file or stdout). The quads
 * are put in RDFC-1.0 canonical form first, exactly as the dumps are
 * (./dumps.ts), so `kb export --format ntriples` is byte for byte the
 * uncompressed `cdkg.nt.gz` and users can reproduce a dump's checksum.
 */
import type * as RDF from '@rdfjs/types';
import { NotFoundError } from '../errors';
import type { KnowledgeStore } from '../store/types';
import { canonicalQuads } from './canonical';
import { serialiser, type SerialiserName } from './index';
import type { Sink } from './serialiser';

/** The quads of the store (or of one graph) as exports and dumps write them: canonical blank-node labels and order. */
export async function exportQuads(store: KnowledgeStore, graph: string | null = null): Promise<RDF.Quad[]> {
  if (graph !== null) {
    const graphs = await store.graphs();
    if (!graphs.includes(graph)) throw new NotFoundError(`No graph <${graph}> in the knowledge base; graphs: ${graphs.map((g) => `<${g}>`).join(', ')}`);
  }
  return canonicalQuads(await store.quads(graph));
}

/**
 * Writes the store (or one graph) in the format, chunk by chunk. `open` is
 * called once the graph is known to exist, before the first chunk, and
 * returns the sink: an unknown graph (a NotFoundError listing the graphs)
 * therefore fails before any file is created.
 */
export async function exportRdf(store: KnowledgeStore, format: SerialiserName, graph: string | null, open: () => Sink): Promise<void> {
  const quads = await exportQuads(store, graph);
  await serialiser(format).write(quads, open());
}
