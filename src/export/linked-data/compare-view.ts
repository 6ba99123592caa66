/**
 * The comparison page's view model, from the rows of the named query
 * queries/compare-actors.rq (one row per statement and source; see its
 * header): grouped by instrument or process, then by actor and relation, so
 * each relation carries its own stances, quotes and sources. Also the
 * resolution of a page slug to an actor.
 */
import { DataFactory } from 'n3';
import { CDKG_NS, compact } from '../../../ontology/namespaces';
import { CLASSES, CONCEPTS, PROPERTIES } from '../../../ontology/model';
import type { Binding, KnowledgeStore } from '../../store/types';
import { link } from './links';
import { LINKED_DATA_QUERIES } from './queries';
import type { CompareEvidence, CompareRelation, CompareRow, CompareSide, CompareView, Link } from './views';

/** The actor a slug names, or undefined. */
export async function resolveActor(store: KnowledgeStore, slug: string, publicBase: string): Promise<Link | undefined> {
  const rows = await LINKED_DATA_QUERIES.select(store, 'resolve-actor', { slug: DataFactory.literal(slug) });
  const row = rows[0];
  return row ? link(row.actor.value, row.label?.value, publicBase) : undefined;
}

/** "signatoryOf" → "signatory of"; "representedBy EU member states" → "represented by EU member states"; "championing" → "champions". */
function words(token: string): string {
  const [first, ...rest] = token.split(' ');
  const iri = CDKG_NS + first;
  const label = PROPERTIES.find((p) => p.iri === iri)?.label ?? CONCEPTS.find((c) => c.iri === iri)?.label ?? CLASSES.find((c) => c.iri === iri)?.label ?? first;
  return [label, ...rest].join(' ');
}

/** Mutable builders, frozen into the view's read-only shapes at the end. */
interface RelationBuilder {
  readonly stances: Set<string>;
  readonly quotes: Map<string, Map<string, Link>>;
}
type SideBuilder = Map<string, RelationBuilder>;
interface RowBuilder {
  readonly item: Link;
  readonly kind: string;
  readonly sides: Record<'a' | 'b', SideBuilder>;
}

function addEvidence(side: SideBuilder, row: Binding, publicBase: string): void {
  const relation = words(row.relation.value);
  let r = side.get(relation);
  if (!r) side.set(relation, (r = { stances: new Set(), quotes: new Map() }));
  if (row.stance?.value) r.stances.add(words(row.stance.value));
  const quote = row.quote?.value;
  if (quote === undefined) return;
  const sources = r.quotes.get(quote) ?? new Map<string, Link>();
  r.quotes.set(quote, sources);
  if (row.source) sources.set(row.source.value, link(row.source.value, row.sourceLabel?.value, publicBase));
}

function freeze(side: SideBuilder): CompareSide {
  const relations: CompareRelation[] = [...side].map(([relation, r]) => ({
    relation,
    // "champions (stance: champions)" says nothing twice: a stance that is the relation's own word is left out.
    stances: [...r.stances].filter((stance) => stance !== relation),
    evidence: [...r.quotes].map(([quote, sources]): CompareEvidence => ({ quote, sources: [...sources.values()] })),
  }));
  return { relations };
}

/**
 * Rows where both actors have something recorded come first, since they are
 * what a comparison is for; within that, rows keep the query's order (by kind
 * and label). Relations and quotes keep the order they first appear in.
 */
export function compareView(a: Link, b: Link, rows: readonly Binding[], queryHref: string, publicBase: string): CompareView {
  const items = new Map<string, RowBuilder>();
  for (const r of rows) {
    if (!r.item || !r.relation || (r.side?.value !== 'a' && r.side?.value !== 'b')) continue;
    let item = items.get(r.item.value);
    if (!item) {
      item = { item: link(r.item.value, r.itemLabel?.value ?? compact(r.item.value), publicBase), kind: r.kind ? words(r.kind.value) : '', sides: { a: new Map(), b: new Map() } };
      items.set(r.item.value, item);
    }
    addEvidence(item.sides[r.side.value], r, publicBase);
  }
  const both = (r: CompareRow) => (r.a.relations.length > 0 && r.b.relations.length > 0 ? 0 : 1);
  // Array.prototype.sort is stable (ECMAScript 2019), so the query's order survives within each group.
  const out: CompareRow[] = [...items.values()].map((i) => ({ item: i.item, kind: i.kind, a: freeze(i.sides.a), b: freeze(i.sides.b) })).sort((x, y) => both(x) - both(y));
  return { a, b, rows: out, queryHref };
}
