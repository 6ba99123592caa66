/** Two actors side by side on every instrument and process, from the named query compare-actors: each relation with its own quotes and sources. */
import type { CompareRelation, CompareSide, CompareView } from '../../export/linked-data/views';
import { html, type Html } from './html';
import { page } from './layout';
import { linkList, linkTo } from './parts';

function relation(r: CompareRelation): Html {
  return html`<li><strong>${r.relation}</strong>${r.stances.length ? html` <span class="muted">(stance: ${r.stances.join(', ')})</span>` : ''}
${r.evidence.map((e) => html`<blockquote>“${e.quote}”${e.sources.length ? html`<br><span class="muted">Source: ${linkList(e.sources)}</span>` : ''}</blockquote>`)}</li>`;
}

function cell(s: CompareSide): Html {
  if (s.relations.length === 0) return html`<td><span class="muted">nothing recorded</span></td>`;
  return html`<td><ul class="relations">${s.relations.map(relation)}</ul></td>`;
}

export function comparePage(view: CompareView): string {
  const title = `${view.a.label} and ${view.b.label}`;
  const body = html`<h1>${title}, side by side</h1>
<p>For every instrument and process either actor relates to: each relation, the stance the source gives, and under it the words of the source and the source they come from. Generated from the graph by the named query <a href="${view.queryHref}">compare-actors</a>.</p>
${view.rows.length ? html`<table>
<caption>${view.a.label} compared with ${view.b.label}</caption>
<thead><tr><th scope="col">Instrument or process</th><th scope="col">${linkTo(view.a)}</th><th scope="col">${linkTo(view.b)}</th></tr></thead>
<tbody>${view.rows.map((r) => html`<tr><th scope="row">${linkTo(r.item)}<br><span class="muted">${r.kind}</span></th>${cell(r.a)}${cell(r.b)}</tr>`)}</tbody>
</table>` : html`<p class="muted">The graph records nothing about either actor's instruments or processes.</p>`}`;
  return page({ title, body });
}
