/**
 * The comparison of any actors: a picker (a GET form, so it works without
 * JavaScript), the legend of relation symbols, and the matrix, one row per
 * instrument, process or other actor and one column per actor, rows where
 * the actors differ first.
 */
import type { MatrixRelation, MatrixRow, MatrixStatement, MatrixView } from '../../export/linked-data/compare-view';
import { LEGEND } from '../../export/linked-data/relation-symbols';
import { STATUS_SHORT } from '../../export/linked-data/state-of-play-view';
import type { Link } from '../../export/linked-data/views';
import { html, type Html } from './html';
import { page } from './layout';
import { linkList, linkTo } from './parts';

export interface ComparePageOptions {
  readonly view?: MatrixView;
  /** Every actor the picker offers, with the slug the address takes. */
  readonly choices: readonly { readonly slug: string; readonly link: Link }[];
  /** The slugs chosen. */
  readonly chosen: readonly string[];
  /** Other formats of this table (CSV, JSON). */
  readonly formats: readonly { readonly label: string; readonly href: string; readonly mediaType: string }[];
}

function statement(s: MatrixStatement): Html {
  return html`<li>${s.dates}${s.status ? html` <span class="muted">(${s.superseded ? 'superseded; ' : ''}${STATUS_SHORT[s.status]})</span>` : ''} · ${linkTo(s.statement)}${s.quote !== undefined || s.note !== undefined || s.sources.length ? html`<details><summary>${s.quote !== undefined ? 'Quote' : 'Note'} and source</summary>${s.quote !== undefined ? html`<blockquote>“${s.quote}”</blockquote>` : ''}${s.note !== undefined ? html`<p class="note">Curator's note (not the source's words): ${s.note}</p>` : ''}${s.sources.length ? html`<p class="muted">Source: ${linkList(s.sources)}</p>` : ''}</details>` : ''}</li>`;
}

function relation(r: MatrixRelation): Html {
  const faded = r.status !== undefined && r.status !== 'holds' && r.status !== 'reported';
  return html`<li class="relation${faded ? ' faded' : ''}"><span class="symbol" aria-hidden="true">${r.symbol}</span> <strong>${r.text}</strong>${r.stances.length ? html` <span class="muted">(stance: ${r.stances.join(', ')})</span>` : ''}${r.status ? html` <span class="status">on this date: ${STATUS_SHORT[r.status]}</span>` : ''}
<ul class="statements">${r.statements.map(statement)}</ul></li>`;
}

function row(r: MatrixRow): Html {
  return html`<tr${r.differs ? html` class="differs"` : ''}><th scope="row">${linkTo(r.item)}<br><span class="muted">${r.kind}${r.differs ? ' · differs' : ''}</span></th>${r.cells.map((c) => (c.length ? html`<td><ul class="relations">${c.map(relation)}</ul></td>` : html`<td><span class="muted">nothing recorded</span></td>`))}</tr>`;
}

function picker(options: ComparePageOptions, date: string | undefined): Html {
  return html`<form method="get" action="/compare" class="picker">
<fieldset>
<legend>Actors to compare (two or more)</legend>
${options.choices.map((c) => html`<label class="choice"><input type="checkbox" name="actors" value="${c.slug}"${options.chosen.includes(c.slug) ? html` checked` : ''}> ${c.link.label}</label> `)}
</fieldset>
<label for="compare-as-of">As of (optional)</label>
<input type="date" id="compare-as-of" name="asOf" value="${date ?? ''}" min="1900-01-01" max="2100-12-31">
<button type="submit">Compare</button>
</form>`;
}

export function comparePage(options: ComparePageOptions, dateControl?: Html): string {
  const { view } = options;
  const title = view ? `${view.actors.map((a) => a.label).join(', ')}${view.date ? ` as of ${view.date}` : ''}` : 'Compare actors';
  const body = html`<h1>${view ? html`${title}, side by side` : title}</h1>
<p>For every instrument, process and other actor the chosen actors relate to: each relation with its symbol and words, the dates the statements give, and each statement with its quote and source. Rows where the actors differ come first. Generated from the graph by the named query ${view ? html`<a href="${view.queryHref}">actor-matrix</a>` : 'actor-matrix'}.</p>
${picker(options, view?.date)}
${dateControl}
${view ? html`<h2 id="legend">Legend</h2>
<ul class="legend">${LEGEND.map((l) => html`<li><span class="symbol" aria-hidden="true">${l.symbol}</span> ${l.meaning}</li>`)}</ul>
${view.date ? html`<p class="muted">Relations that did not hold on ${view.date} are shown faded, with their status.</p>` : ''}
${view.rows.length ? html`<div class="scroll"><table class="matrix">
<caption>${view.actors.map((a) => a.label).join(', ')} compared${view.date ? ` as of ${view.date}` : ''}</caption>
<thead><tr><th scope="col">Instrument, process or actor</th>${view.actors.map((a) => html`<th scope="col">${linkTo(a)}</th>`)}</tr></thead>
<tbody>${view.rows.map(row)}</tbody>
</table></div>` : html`<p class="muted">The graph records nothing about these actors' instruments or processes.</p>`}
<p class="formats"><span class="muted">This table as:</span> ${options.formats.map((f) => html`<a href="${f.href}" type="${f.mediaType}">${f.label}</a> `)}</p>` : ''}`;
  return page({ title, body, formats: options.formats });
}
