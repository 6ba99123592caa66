/** The "as of" parts of entity and comparison pages: the date control, the days where something changed, and the facts by their status on the day. */
import { STATUS_TEXT, type FactOnDate, type StateOfPlayView, type StatementOnDate } from '../../export/linked-data/state-of-play-view';
import { html, type Html } from './html';
import { linkTo } from './parts';

/** A GET form for the day (works without JavaScript), and links to the days where the state changed. */
export function dateControl(action: string, date: string | undefined, changes: readonly string[], hidden: readonly [string, string][] = []): Html {
  return html`<form method="get" action="${action}" class="as-of">
${hidden.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
<label for="as-of-date">State of play on</label>
<input type="date" id="as-of-date" name="asOf" value="${date ?? ''}" min="1900-01-01" max="2100-12-31" required>
<button type="submit">Show</button>
${date ? html`<a href="${action}${hidden.length ? `?${new URLSearchParams([...hidden]).toString()}` : ''}">All dates</a>` : ''}
</form>
${changeLinks(action, date, changes, hidden)}`;
}

/** Links to the days where the state changed, each to the page on that day. */
export function changeLinks(action: string, date: string | undefined, changes: readonly string[], hidden: readonly [string, string][] = []): Html {
  return html`${changes.length ? html`<nav aria-label="Dates where something changed" class="changes"><span class="muted">Something changed on:</span> ${changes.map((d) => html`<a href="${hrefFor(action, hidden, d)}"${d === date ? html` aria-current="date"` : ''}>${d}</a> `)}</nav>` : ''}`;
}

function hrefFor(action: string, hidden: readonly [string, string][], date: string): string {
  return `${action}?${new URLSearchParams([...hidden, ['asOf', date]]).toString()}`;
}

function dates(s: StatementOnDate): string {
  if (s.start && s.end) return `from ${s.start} to ${s.end}`;
  if (s.start) return `from ${s.start}`;
  if (s.end) return `until ${s.end}`;
  if (s.asOf) return `as of ${s.asOf}`;
  return 'no date';
}

function fact(f: FactOnDate): Html {
  return html`<li>${linkTo(f.subject)} <span class="muted">${f.property.label}</span> ${typeof f.object === 'string' ? f.object : linkTo(f.object)}
<span class="muted">(${f.statements.map((s, i) => html`${i > 0 ? '; ' : ''}${linkTo({ ...s.statement, label: dates(s) })}`)})</span></li>`;
}

/** The facts on the day, one list per status, each headed by what the status means. */
export function stateOfPlaySection(view: StateOfPlayView): Html {
  return html`<section aria-labelledby="state-of-play" class="state-of-play">
<h2 id="state-of-play">State of play on ${view.date}</h2>
${view.groups.length === 0 ? html`<p class="muted">No fact of the graph concerns this resource.</p>` : ''}
${view.groups.map((g) => html`<h3 class="status-${g.status}">${STATUS_TEXT[g.status]} <span class="muted">(${g.facts.length})</span></h3>
<ul class="plain">${g.facts.map(fact)}</ul>`)}
</section>`;
}
