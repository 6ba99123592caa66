/**
 * The neighbourhood diagram's view model, from the entity page's own view
 * (its facts and triples): the entity in the middle and every actor,
 * instrument, process, session or concept it is directly linked to around
 * it, each with the relations between them. The layout is computed here and
 * depends only on the data: nodes sorted by kind and label fill a column
 * right of the entity, then one left of it, so the same data gives the same
 * picture and labels never meet (readable at 30 nodes and beyond).
 */
import type { EntityView, Link, Value } from './views';

/** Kinds of neighbour by IRI path (/id/<kind>/…), in the order they go round the rings. */
export const NODE_KINDS = ['state', 'union', 'group', 'organisation', 'instrument', 'process', 'event', 'concept'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const NODE_STYLE: Readonly<Record<NodeKind, { readonly label: string; readonly colour: string }>> = {
  state: { label: 'state', colour: '#0b4f8a' },
  union: { label: 'union', colour: '#1b6e20' },
  group: { label: 'group of states', colour: '#00695c' },
  organisation: { label: 'organisation or organ', colour: '#6a1b9a' },
  instrument: { label: 'instrument', colour: '#7a3b00' },
  process: { label: 'process', colour: '#b00020' },
  event: { label: 'session', colour: '#a04a00' },
  concept: { label: 'concept', colour: '#4a4a4a' },
};

export interface NeighbourNode {
  readonly link: Link;
  readonly kind: NodeKind;
  /** The relations, each with its direction: "→ party to" (the entity to this node) or "← enacted by" (this node to the entity). */
  readonly relations: readonly string[];
  readonly x: number;
  readonly y: number;
  /** Where its label goes: right of the node, left of it, or centred below or above. */
  readonly anchor: 'start' | 'end' | 'middle';
  readonly labelX: number;
  readonly labelY: number;
}

export interface NeighbourhoodView {
  readonly centre: { readonly label: string; readonly x: number; readonly y: number };
  readonly nodes: readonly NeighbourNode[];
  readonly width: number;
  readonly height: number;
  readonly kinds: readonly NodeKind[];
}

function kindOf(href: string): NodeKind | undefined {
  const m = /^\/id\/([a-z]+)\/[^/#]+$/.exec(href);
  return m && (NODE_KINDS as readonly string[]).includes(m[1]) ? (m[1] as NodeKind) : undefined;
}

const WIDTH = 1100;
const CX = WIDTH / 2;
/** Distance of each column from the middle, and between nodes of a column. */
const COLUMN = 220;
const ROW = 40;
const MARGIN = 24;

export function neighbourhoodView(entity: EntityView): NeighbourhoodView {
  const nodes = new Map<string, { link: Link; kind: NodeKind; relations: Set<string> }>();
  const add = (v: Value, relation: string) => {
    if (v.kind !== 'link' || v.link.iri === entity.iri) return;
    const kind = kindOf(v.link.href);
    if (!kind) return;
    const n = nodes.get(v.link.iri) ?? { link: v.link, kind, relations: new Set<string>() };
    n.relations.add(relation);
    nodes.set(v.link.iri, n);
  };
  for (const f of entity.facts) {
    const subjectIsEntity = f.subject.kind === 'link' && f.subject.link.iri === entity.iri;
    const objectIsEntity = f.object.kind === 'link' && f.object.link.iri === entity.iri;
    if (subjectIsEntity) add(f.object, `→ ${f.property.label}`);
    else if (objectIsEntity) add(f.subject, `← ${f.property.label}`);
  }
  for (const r of entity.properties) for (const v of r.values) add(v, `→ ${r.property.label}`);
  for (const r of entity.incoming) for (const v of r.values) add(v, `← ${r.property.label}`);

  const sorted = [...nodes.values()].sort((a, b) => NODE_KINDS.indexOf(a.kind) - NODE_KINDS.indexOf(b.kind) || a.link.label.localeCompare(b.link.label) || a.link.iri.localeCompare(b.link.iri));
  // Two columns, labels on their outer side, one line pair per node 40px apart: labels never meet, however many nodes.
  const n = sorted.length;
  const perColumn = Math.ceil(n / 2);
  const height = Math.max(160, perColumn * ROW + 2 * MARGIN);
  const cy = height / 2;
  const laid: NeighbourNode[] = sorted.map((node, i) => {
    const right = i < perColumn;
    const row = right ? i : i - perColumn;
    const count = right ? perColumn : n - perColumn;
    const x = right ? CX + COLUMN : CX - COLUMN;
    // Each column is centred on the middle, so a short column does not hang from the top.
    const y = cy + (row - (count - 1) / 2) * ROW;
    return { link: node.link, kind: node.kind, relations: [...node.relations].sort(), x, y, anchor: right ? 'start' : 'end', labelX: right ? x + 14 : x - 14, labelY: y - 2 };
  });
  return { centre: { label: entity.label, x: CX, y: cy }, nodes: laid, width: WIDTH, height, kinds: NODE_KINDS.filter((k) => laid.some((l) => l.kind === k)) };
}
