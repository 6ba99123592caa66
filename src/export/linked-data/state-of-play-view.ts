/**
 * The "as of" view model, from the rows of the named query
 * queries/state-of-play.rq (one row per statement, with its status on the
 * day): statements of the same fact are grouped, the precisely dated ones
 * decide (superseded rows only back them up), and the facts are sorted by
 * status. Also the days on which something about the entity changed, so a
 * page can link to them.
 */
import { PROPERTIES } from '../../../ontology/model';
import { compact } from '../../../ontology/namespaces';
import type { Binding } from '../../store/types';
import { link } from './links';
import type { Link } from './views';

export const STATE_OF_PLAY_QUERY = 'state-of-play';

export const STATUSES = ['holds', 'reported', 'not-yet', 'ended', 'unknown', 'undated'] as const;
export type Status = (typeof STATUSES)[number];

/** What each status means on a page, in words a reader can act on. */
export const STATUS_TEXT: Readonly<Record<Status, string>> = {
  holds: 'Held on this date',
  reported: 'Reported for this period (a source describing the period says so, without a day)',
  'not-yet': 'Not yet: begins later',
  ended: 'Ended before this date',
  unknown: 'Not known for this date (only a source describing another period says so)',
  undated: 'Undated: no source gives a date, so it is not counted as holding',
};

/** The status in a word or two, for table cells. */
export const STATUS_SHORT: Readonly<Record<Status, string>> = { holds: 'held', reported: 'reported', 'not-yet': 'not yet', ended: 'ended', unknown: 'not known', undated: 'undated' };

export interface StatementOnDate {
  readonly statement: Link;
  readonly status: Status;
  readonly start?: string;
  readonly end?: string;
  readonly asOf?: string;
}

export interface FactOnDate {
  readonly subject: Link;
  readonly property: Link;
  /** A resource, or a date (the event's own day) shown as text. */
  readonly object: Link | string;
  /** The status of the fact: that of its most precisely dated statement. */
  readonly status: Status;
  readonly statements: readonly StatementOnDate[];
}

export interface StateOfPlayView {
  /** The day asked for (YYYY-MM-DD). */
  readonly date: string;
  /** Facts by status, in the order of STATUSES; statuses without facts are left out. */
  readonly groups: readonly { readonly status: Status; readonly facts: readonly FactOnDate[] }[];
  /** Days (YYYY-MM-DD) on which a fact began or ended, in time order: where the state changed. */
  readonly changes: readonly string[];
}

const isStatus = (s: string): s is Status => (STATUSES as readonly string[]).includes(s);

function propertyLabel(iri: string): string {
  return PROPERTIES.find((p) => p.iri === iri)?.label ?? compact(iri);
}

/** The first day of a date, month or year ("2019" → "2019-01-01"). */
export function firstDay(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

/** The day after the last day of a date, month or year: when a fact that held until then no longer holds. */
export function dayAfter(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  const next = d !== undefined ? new Date(Date.UTC(y, m - 1, d + 1)) : m !== undefined ? new Date(Date.UTC(y, m, 1)) : new Date(Date.UTC(y + 1, 0, 1));
  return next.toISOString().slice(0, 10);
}

interface FactBuilder {
  readonly subject: Link;
  readonly property: Link;
  readonly object: Link | string;
  readonly decisive: StatementOnDate[];
  readonly backing: StatementOnDate[];
}

export function stateOfPlayView(date: string, rows: readonly Binding[], publicBase: string): StateOfPlayView {
  const facts = new Map<string, FactBuilder>();
  const changes = new Set<string>();
  for (const r of rows) {
    if (!r.subject || !r.predicate || !r.object || !r.statement || !isStatus(r.status?.value ?? '')) continue;
    const key = `${r.subject.value}\u0000${r.predicate.value}\u0000${r.object.value}`;
    let f = facts.get(key);
    if (!f) {
      const object = r.object.termType === 'Literal' ? r.object.value : link(r.object.value, r.objectLabel?.value, publicBase);
      f = { subject: link(r.subject.value, r.subjectLabel?.value, publicBase), property: link(r.predicate.value, propertyLabel(r.predicate.value), publicBase), object, decisive: [], backing: [] };
      facts.set(key, f);
    }
    const s: StatementOnDate = {
      statement: link(r.statement.value, r.statementLabel?.value, publicBase),
      status: r.status.value as Status,
      ...(r.start ? { start: r.start.value } : {}),
      ...(r.end ? { end: r.end.value } : {}),
      ...(r.asOf ? { asOf: r.asOf.value } : {}),
    };
    (r.superseded?.value === 'true' ? f.backing : f.decisive).push(s);
    if (s.start) changes.add(firstDay(s.start));
    if (s.end) changes.add(dayAfter(s.end));
  }
  const rank = (s: Status) => STATUSES.indexOf(s);
  const byStatus = new Map<Status, FactOnDate[]>();
  for (const f of facts.values()) {
    // Sources that date the fact differently may disagree; the most positive status among them is shown, each statement with its own.
    const status = f.decisive.map((s) => s.status).sort((a, b) => rank(a) - rank(b))[0] ?? 'undated';
    const list = byStatus.get(status) ?? [];
    list.push({ subject: f.subject, property: f.property, object: f.object, status, statements: [...f.decisive, ...f.backing] });
    byStatus.set(status, list);
  }
  return {
    date,
    groups: STATUSES.filter((s) => byStatus.has(s)).map((status) => ({ status, facts: byStatus.get(status) ?? [] })),
    changes: [...changes].sort(),
  };
}
