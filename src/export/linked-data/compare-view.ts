/**
 * The comparison page's view model, from the rows of the named query
 * queries/compare-actors.rq (one row per instrument or process, with each
 * actor's relations, stances and quotes aggregated; see its header), and the
 * resolution of a page slug to an actor.
 */
import { DataFactory } from 'n3';
import { CDKG_NS, compact } from '../../../ontology/namespaces';
import { CLASSES, CONCEPTS, PROPERTIES } from '../../../ontology/model';
import type { Binding, KnowledgeStore } from '../../store/types';
import { link } from './links';
import { LINKED_DATA_QUERIES } from './queries';
import type { CompareRow, CompareSide, CompareView, Link } from './views';

/** The separators compare-actors.rq uses in its GROUP_CONCATs. */
const LIST = ', ';
const QUOTES = ' | ';
const SOURCES = ' ';

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

function split(value: string | undefined, separator: string): string[] {
  return value ? value.split(separator).filter((x) => x !== '') : [];
}

function side(row: Binding, prefix: 'a' | 'b', publicBase: string): CompareSide {
  return {
    relations: split(row[`${prefix}Relations`]?.value, LIST).map(words),
    stances: split(row[`${prefix}Stances`]?.value, LIST).map(words),
    quotes: split(row[`${prefix}Quotes`]?.value, QUOTES),
    sources: split(row[`${prefix}Sources`]?.value, SOURCES).map((iri) => link(iri, undefined, publicBase)),
  };
}

export function compareView(a: Link, b: Link, rows: readonly Binding[], queryHref: string, publicBase: string): CompareView {
  const out: CompareRow[] = rows
    .filter((r) => r.item !== undefined)
    .map((r) => ({
      item: link(r.item.value, r.itemLabel?.value ?? compact(r.item.value), publicBase),
      kind: r.kind ? words(r.kind.value) : '',
      a: side(r, 'a', publicBase),
      b: side(r, 'b', publicBase),
    }));
  return { a, b, rows: out, queryHref };
}
