/** A named query run from a browser (/queries/<name> with Accept: text/html): its results as a table. */
import type { ResultsView } from '../../export/linked-data/views';
import { html } from './html';
import { page } from './layout';
import { formatsLine, valueOf } from './parts';

export function queryResultsPage(view: ResultsView): string {
  const answer =
    view.ask !== undefined
      ? html`<p>Answer: <strong>${view.ask ? 'yes' : 'no'}</strong></p>`
      : view.rows.length === 0
        ? html`<p class="muted">No results.</p>`
        : html`<div class="scroll" role="region" aria-label="Results" tabindex="0"><table>
<caption>${view.rows.length} result${view.rows.length === 1 ? '' : 's'}</caption>
<thead><tr>${view.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${view.rows.map((r) => html`<tr>${r.map((v) => html`<td>${v ? valueOf(v) : ""}</td>`)}</tr>`)}</tbody>
</table></div>`;
  const body = html`<h1>${view.title}</h1>
<p>${view.description}</p>
${view.params.length ? html`<p><span class="muted">Parameters:</span> ${view.params.map((p, i) => html`${i ? ', ' : ''}<code>${p.name}</code> = <code>${p.value}</code>`)}</p>` : ''}
${view.truncatedAt !== undefined ? html`<p><strong>Only the first ${view.truncatedAt} results are shown: the answer was cut at the result limit.</strong></p>` : ''}
${answer}
<p><a href="${view.editorHref}">Open this query in the SPARQL editor</a> · <a href="/queries">All named queries</a></p>
${formatsLine(view.formats, 'These results as')}`;
  return page({ title: view.title, body, formats: view.formats });
}
