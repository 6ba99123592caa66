/**
 * The comparison matrix's view model, from the rows of the named query
 * queries/actor-matrix.rq (one row per statement and source): one row per
 * instrument, process or other actor, one cell per actor, each cell the
 * actor's relations with their symbol, dates, statements, quotes and
 * sources. With a day, each relation carries its status on that day (from
 * the named query state-of-play), and rows differ on what held that day.
 * Also the resolution of a page slug to an actor.
 */
import { DataFactory } from '../../store/n3';
import { CDKG_NS, compact } from '../../../ontology/namespaces';
import { CLASSES, CONCEPTS, PROPERTIES } from '../../../ontology/model';
import type { Binding, KnowledgeStore } from '../../store/types';
import { link } from './links';
import { LINKED_DATA_QUERIES } from './queries';
import { relationSymbol } from './relation-symbols';
import { STATUSES, type Status } from './state-of-play-view';
import type { Link } from './views';

export const MATRIX_QUERY = 'actor-matrix';

/** The actor a slug names, or undefined. */
export async function resolveActor(store: KnowledgeStore, slug: string, publicBase: string): Promise<Link | undefined> {
  const rows = await LINKED_DATA_QUERIES.select(store, 'resolve-actor', { slug: DataFactory.literal(slug) });
  const row = rows[0];
  return row ? link(row.actor.value, row.label?.value, publicBase) : undefined;
}

/** Every actor with its page slug, for the picker. */
export async function listActors(store: KnowledgeStore, publicBase: string): Promise<readonly { readonly slug: string; readonly link: Link }[]> {
  const rows = await LINKED_DATA_QUERIES.select(store, 'actors');
  return rows.map((r) => ({ slug: r.actor.value.slice(r.actor.value.lastIndexOf('/') + 1), link: link(r.actor.value, r.label?.value, publicBase) }));
}

/** "signatoryOf" → "signatory of"; "representedBy EU member states" → "represented by EU member states"; "championing" → "champions". */
export function words(token: string): string {
  const [first, ...rest] = token.split(' ');
  const iri = CDKG_NS + first;
  const label = PROPERTIES.find((p) => p.iri === iri)?.label ?? CONCEPTS.find((c) => c.iri === iri)?.label ?? CLASSES.find((c) => c.iri === iri)?.label ?? first;
  return [label, ...rest].join(' ');
}

export interface MatrixStatement {
  readonly statement: Link;
  /** "from 2019-10-07 to 2021-12-15", "as of 2021", "undated". */
  readonly dates: string;
  readonly start?: string;
  readonly end?: string;
  readonly asOf?: string;
  /** The source's own words, where its text is stored. */
  readonly quote?: string;
  /** Else the curator's note: never shown as a quotation. */
  readonly note?: string;
  readonly sources: readonly Link[];
  /** The status on the page's day, when it has one. */
  readonly status?: Status;
  readonly superseded?: boolean;
}

export interface MatrixRelation {
  /** The relation token of the query ("partyTo", "^enactedBy", "opposes (EU member states)"). */
  readonly key: string;
  readonly symbol: string;
  /** In words: "party to"; for the item's relation to the actor, the sentence ("CLOUD Act enacted by United States"). */
  readonly text: string;
  readonly stances: readonly string[];
  /** The relation's status on the day: that of its best, not superseded, statement. */
  readonly status?: Status;
  readonly statements: readonly MatrixStatement[];
}

export interface MatrixRow {
  readonly item: Link;
  readonly kind: string;
  /** Whether the actors' relations to the item differ (on the day, if one is given). */
  readonly differs: boolean;
  /** One cell per actor, in the order of MatrixView.actors. */
  readonly cells: readonly (readonly MatrixRelation[])[];
}

export interface MatrixView {
  readonly actors: readonly Link[];
  readonly date?: string;
  readonly rows: readonly MatrixRow[];
  /** The named query that produced the table, in the editor. */
  readonly queryHref: string;
}

/** A statement's status on the day, from the named query state-of-play. */
export interface StatementStatus {
  readonly status: Status;
  readonly superseded: boolean;
}

function datesText(start?: string, end?: string, asOf?: string): string {
  if (start && end) return `from ${start} to ${end}`;
  if (start) return `from ${start}`;
  if (end) return `until ${end}`;
  if (asOf) return `as of ${asOf}`;
  return 'undated';
}

interface StatementBuilder {
  readonly statement: Link;
  readonly start?: string;
  readonly end?: string;
  readonly asOf?: string;
  readonly quote?: string;
  readonly note?: string;
  readonly sources: Map<string, Link>;
}
interface RelationBuilder {
  readonly stances: Set<string>;
  readonly statements: Map<string, StatementBuilder>;
}
interface RowBuilder {
  readonly item: Link;
  readonly kind: string;
  readonly cells: Map<string, RelationBuilder>[];
}

/** Kinds in the order rows come: instruments, processes, then other actors. */
const KIND_ORDER = ['Convention', 'BilateralAgreement', 'Resolution', 'DomesticLaw', 'Process', 'State', 'Union', 'Organisation', 'Organ', 'ActorGroup'];
const rankOf = (s: Status) => STATUSES.indexOf(s);
const HOLDING: ReadonlySet<Status> = new Set(['holds', 'reported']);

export function matrixView(actors: readonly Link[], rows: readonly Binding[], queryHref: string, publicBase: string, day?: { readonly date: string; readonly statuses: ReadonlyMap<string, StatementStatus> }): MatrixView {
  const column = new Map(actors.map((a, i) => [a.iri, i]));
  const items = new Map<string, RowBuilder & { kindToken: string }>();
  for (const r of rows) {
    const col = r.actor ? column.get(r.actor.value) : undefined;
    if (col === undefined || !r.item || !r.relation || !r.statement) continue;
    let item = items.get(r.item.value);
    if (!item) {
      const kindToken = r.kind?.value ?? '';
      item = { item: link(r.item.value, r.itemLabel?.value ?? compact(r.item.value), publicBase), kind: kindToken ? words(kindToken) : '', kindToken, cells: actors.map(() => new Map()) };
      items.set(r.item.value, item);
    }
    const cell = item.cells[col];
    let rel = cell.get(r.relation.value);
    if (!rel) cell.set(r.relation.value, (rel = { stances: new Set(), statements: new Map() }));
    if (r.stance?.value) rel.stances.add(words(r.stance.value));
    let st = rel.statements.get(r.statement.value);
    if (!st) {
      st = {
        statement: link(r.statement.value, 'statement', publicBase),
        ...(r.start ? { start: r.start.value } : {}),
        ...(r.end ? { end: r.end.value } : {}),
        ...(r.asOf ? { asOf: r.asOf.value } : {}),
        ...(r.quote ? { quote: r.quote.value } : {}),
        ...(r.curatorNote ? { note: r.curatorNote.value } : {}),
        sources: new Map(),
      };
      rel.statements.set(r.statement.value, st);
    }
    if (r.source) st.sources.set(r.source.value, link(r.source.value, r.sourceLabel?.value, publicBase));
  }

  const freezeRelation = (key: string, rel: RelationBuilder, row: RowBuilder, actor: Link): MatrixRelation => {
    const statements: MatrixStatement[] = [...rel.statements.values()].map((s) => {
      const st = day?.statuses.get(s.statement.iri);
      return { statement: s.statement, dates: datesText(s.start, s.end, s.asOf), ...(s.start ? { start: s.start } : {}), ...(s.end ? { end: s.end } : {}), ...(s.asOf ? { asOf: s.asOf } : {}), ...(s.quote !== undefined ? { quote: s.quote } : {}), ...(s.note !== undefined ? { note: s.note } : {}), sources: [...s.sources.values()], ...(st ? { status: st.status, superseded: st.superseded } : {}) };
    });
    const inverse = key.startsWith('^');
    const token = inverse ? key.slice(1) : key;
    const text = words(token);
    const decisive = statements.filter((s) => s.status !== undefined && !s.superseded).map((s) => s.status as Status).sort((x, y) => rankOf(x) - rankOf(y));
    return {
      key,
      symbol: relationSymbol(token.split(' ')[0]).symbol,
      text: inverse ? `${row.item.label} ${text} ${actor.label}` : text,
      // "champions (stance: champions)" says nothing twice: a stance that is the relation's own word is left out.
      stances: [...rel.stances].filter((s) => s !== text.replace(/ \(.*\)$/, '')),
      ...(day ? { status: decisive[0] ?? 'undated' } : {}),
      statements,
    };
  };

  const out: MatrixRow[] = [...items.values()].map((row) => {
    const cells = row.cells.map((cell, i) => [...cell].map(([key, rel]) => freezeRelation(key, rel, row, actors[i])));
    // What a cell says, for telling rows apart: its relations (those that held on the day, when there is one).
    const signature = (cell: readonly MatrixRelation[]) => cell.filter((r) => !day || HOLDING.has(r.status as Status)).map((r) => r.key.replace(/ \(.*\)$/, '')).sort().join('|');
    const differs = new Set(cells.map(signature)).size > 1;
    return { item: row.item, kind: row.kind, differs, cells, kindToken: row.kindToken };
  })
    .sort((x, y) => Number(y.differs) - Number(x.differs) || KIND_ORDER.indexOf(x.kindToken) - KIND_ORDER.indexOf(y.kindToken) || x.item.label.localeCompare(y.item.label))
    .map(({ kindToken: _kind, ...row }) => row);
  return { actors, ...(day ? { date: day.date } : {}), rows: out, queryHref };
}
