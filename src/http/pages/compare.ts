/** Two actors side by side on every instrument and process, from the named query compare-actors. */
import type { CompareSide, CompareView } from '../../export/linked-data/views';
import { html, type Html } from './html';
import { page } from './layout';
import { linkTo } from './parts';

function cell(s: CompareSide): Html {
  if (s.relations.length === 0) return html`<td><span class="muted">nothing recorded</span></td>`;
  return html`<td>
<p>${s.relations.join('; ')}</p>
${s.stances.length ? html`<p class="muted">Stance: ${s.stances.join(', ')}</p>` : ''}
${s.quotes.map((q) => html`<blockquote>“${q}”</blockquote>`)}
${s.sources.length ? html`<p class="muted">Sources: ${s.sources.map((l, i) => html`${i ? ', ' : ''}${linkTo(l)}`)}</p>` : ''}
</td>`;
}

export function comparePage(view: CompareView): string {
  const title = `${view.a.label} and ${view.b.label}`;
  const body = html`<h1>${title}, side by side</h1>
<p>For every instrument and process either actor relates to: what each does, the stance the source gives, and the words of the source. Generated from the graph by the named query <a href="${view.queryHref}">compare-actors</a>.</p>
${view.rows.length ? html`<table>
<caption>${view.a.label} compared with ${view.b.label}</caption>
<thead><tr><th scope="col">Instrument or process</th><th scope="col">${linkTo(view.a)}</th><th scope="col">${linkTo(view.b)}</th></tr></thead>
<tbody>${view.rows.map((r) => html`<tr><th scope="row">${linkTo(r.item)}<br><span class="muted">${r.kind}</span></th>${cell(r.a)}${cell(r.b)}</tr>`)}</tbody>
</table>` : html`<p class="muted">The graph records nothing about either actor's instruments or processes.</p>`}`;
  return page({ title, body });
}
