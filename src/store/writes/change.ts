/**
 * What a committed write is, as the journal keeps it and the query workers
 * receive it: per graph, either the triples added and removed (a delta) or,
 * when blank nodes are involved, the graph's whole new content. Blank node
 * labels do not survive a reload (Oxigraph gives every parsed blank node a
 * fresh label), so a delta naming a blank node could not be replayed; a
 * replacement can. Both are idempotent: replaying the whole journal on any
 * mix of older and newer files gives the same state (see docs/writes.md).
 */

/** The default graph is `null`; every other graph by its IRI. */
export type GraphName = string | null;

export interface GraphChange {
  readonly graph: GraphName;
  readonly mode: 'delta' | 'replace';
  /** N-Quads: the triples added (delta) or the graph's whole content (replace). */
  readonly add: string;
  /** N-Quads: the triples removed (delta only). */
  readonly remove: string;
  readonly added: number;
  readonly removed: number;
}

/** One committed write, as journalled. */
export interface WriteRecord {
  /** The change's IRI in the changes graph. */
  readonly id: string;
  /** ISO 8601 time of the commit. */
  readonly time: string;
  /** The name of the token that authorised it (never the token). */
  readonly agent: string;
  readonly operation: string;
  readonly changes: readonly GraphChange[];
}
