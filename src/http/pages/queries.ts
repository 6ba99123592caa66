/** /queries for a browser: the named queries as a table, each with its parameters and links to run it and to edit it. */
import type { NamedQueryView } from '../../export/linked-data/views';
import { html } from './html';
import { page } from './layout';

export function queriesPage(queries: readonly NamedQueryView[]): string {
  const rows = queries.map(
    (q) => html`<tr>
<th scope="row">${q.title}<br><code>${q.name}</code></th>
<td>${q.description}</td>
<td>${q.params.length ? html`<ul class="plain">${q.params.map((p) => html`<li><code>${p.name}</code> (${p.type}): ${p.description}</li>`)}</ul>` : html`<span class="muted">none</span>`}</td>
<td><a href="${q.runHref}">Run ${q.title}</a></td>
<td><a href="${q.editorHref}">Edit ${q.title}</a></td>
</tr>`,
  );
  const body = html`<h1>Named queries</h1>
<p>Each query runs at <code>/queries/&lt;name&gt;?parameter=value</code>: a browser gets the results as a table, a program the SPARQL result format it asks for (or <code>format=json</code>, <code>xml</code>, <code>csv</code>, <code>tsv</code>). The same list is JSON for <code>Accept: application/json</code>.</p>
${queries.length
  ? html`<div class="scroll" role="region" aria-label="Named queries" tabindex="0"><table>
<caption>${queries.length} named quer${queries.length === 1 ? 'y' : 'ies'}; the run links use the example parameters</caption>
<thead><tr><th scope="col">Query</th><th scope="col">Description</th><th scope="col">Parameters</th><th scope="col">Results</th><th scope="col">SPARQL editor</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>`
  : html`<p class="muted">No named queries are installed.</p>`}`;
  return page({ title: 'Named queries', body });
}
