/**
 * The timeline's view model, from the rows of the named query
 * queries/timeline.rq (one row per dated event): each event with its day,
 * its kind (adoption, signature, ratification or deposit, entry into force,
 * negotiation, session, vote or position) and its statement, and the
 * geometry of a dot plot: events one per line in time order, each with a
 * dot placed on a shared time scale. Same rows, same picture.
 */
import type { Binding } from '../../store/types';
import { link } from './links';
import type { Link } from './views';

export const TIMELINE_QUERY = 'timeline';

export const EVENT_KINDS = ['adoption', 'signature', 'ratification', 'in-force', 'negotiation', 'session', 'position', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Legend text and colour of each kind; every colour has a contrast of at least 4.5:1 on white (WCAG 2.2 SC 1.4.11 asks 3:1). */
export const KIND_STYLE: Readonly<Record<EventKind, { readonly label: string; readonly colour: string }>> = {
  adoption: { label: 'adoption', colour: '#0b4f8a' },
  signature: { label: 'signature or opening for signature', colour: '#7a3b00' },
  ratification: { label: 'ratification or deposit', colour: '#1b6e20' },
  'in-force': { label: 'entry into force or party from', colour: '#6a1b9a' },
  negotiation: { label: 'negotiations', colour: '#a04a00' },
  session: { label: 'session or meeting', colour: '#00695c' },
  position: { label: 'vote, election or position', colour: '#b00020' },
  other: { label: 'other', colour: '#4a4a4a' },
};

const CDKG = 'https://w3id.org/cdkg/ontology#';
const NEGOTIATION = new Set([`${CDKG}negotiates`, `${CDKG}negotiatingWith`]);
const SIGNATURE = new Set([`${CDKG}signatoryOf`, `${CDKG}concluded`, `${CDKG}concludedWith`]);
const PARTY = new Set([`${CDKG}partyTo`]);

/** The kind of an event, from the date's role (dateKind) and, for generic dates, the relation dated. */
export function eventKind(dateKind: string, predicate: string): EventKind {
  switch (dateKind) {
    case 'adoptedOn':
      return 'adoption';
    case 'openedForSignatureOn':
    case 'openForSignatureUntil':
    case 'signedOn':
      return 'signature';
    case 'ratifiedOn':
    case 'depositedOn':
      return 'ratification';
    case 'enteredIntoForceOn':
      return 'in-force';
    case 'startDate':
    case 'endDate':
      return 'session';
    default:
      if (NEGOTIATION.has(predicate)) return 'negotiation';
      if (SIGNATURE.has(predicate)) return 'signature';
      if (PARTY.has(predicate)) return 'in-force';
      return dateKind === 'pointInTime' ? 'position' : 'other';
  }
}

/** What the date is, in words ("valid from" → "from"). */
const DATE_ROLE: Readonly<Record<string, string>> = { validFrom: 'from', validUntil: 'until', pointInTime: 'on', ratifiedOn: 'ratified', depositedOn: 'deposited' };

export interface TimelineEvent {
  readonly date: string;
  readonly kind: EventKind;
  /** The statement's label: the event in words. */
  readonly label: string;
  /** What the date marks, when it is one end of a period ("from", "until"). */
  readonly role?: string;
  readonly statement: Link;
  /** The resource the event is about (the statement's subject). */
  readonly subject: Link;
  /** Dot plot geometry: the dot's centre on the time scale and the line's baseline. */
  readonly x: number;
  readonly y: number;
}

export interface TimelineView {
  readonly title: string;
  readonly events: readonly TimelineEvent[];
  readonly kinds: readonly EventKind[];
  readonly width: number;
  readonly height: number;
  /** Year ticks of the time scale. */
  readonly ticks: readonly { readonly year: number; readonly x: number }[];
  readonly scale: { readonly left: number; readonly right: number; readonly top: number };
}

/** A date's position in years ("2019" → 2019, "2019-07" → 2019.5, "2019-10-07" → about 2019.77). */
export function yearsOf(value: string): number {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  const start = Date.UTC(y, 0, 1);
  return y + (Date.UTC(y, m - 1, d) - start) / (Date.UTC(y + 1, 0, 1) - start);
}

export const LINE = 24;
const TOP = 44;
const LEFT = 16;
const SCALE = 320;
export const WIDTH = 1100;

export function timelineView(title: string, rows: readonly Binding[], publicBase: string): TimelineView {
  const seen = new Set<string>();
  const raw = rows
    .filter((r) => r.date && r.statement && r.dateKind)
    .filter((r) => {
      const key = `${r.statement.value}\u0000${r.date.value}\u0000${r.dateKind.value}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .map((r) => ({
      date: r.date.value,
      kind: eventKind(r.dateKind.value, r.predicate?.value ?? ''),
      label: r.event?.value ?? r.statement.value,
      role: DATE_ROLE[r.dateKind.value],
      statement: link(r.statement.value, 'statement', publicBase),
      subject: link(r.subject?.value ?? r.statement.value, r.subjectLabel?.value, publicBase),
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label));
  const years = raw.map((e) => yearsOf(e.date));
  const first = Math.floor(Math.min(...years, new Date().getUTCFullYear()));
  const last = Math.floor(Math.max(...years, first)) + 1;
  const span = Math.max(1, last - first);
  const xOf = (t: number) => LEFT + ((t - first) / span) * SCALE;
  const step = [1, 2, 5, 10, 20, 50].find((s) => span / s <= 8) ?? 100;
  const ticks: { year: number; x: number }[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push({ year: y, x: xOf(y) });
  const events: TimelineEvent[] = raw.map((e, i) => ({ ...(e.role ? e : { ...e, role: undefined }), x: Number(xOf(yearsOf(e.date)).toFixed(1)), y: TOP + i * LINE + LINE / 2 }) as TimelineEvent);
  return {
    title,
    events: events.map(({ role, ...e }) => (role ? { ...e, role } : e)),
    kinds: EVENT_KINDS.filter((k) => events.some((e) => e.kind === k)),
    width: WIDTH,
    height: TOP + events.length * LINE + 8,
    ticks,
    scale: { left: LEFT, right: LEFT + SCALE, top: TOP - 14 },
  };
}
