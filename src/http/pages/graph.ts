/** A named graph for a browser: what it is, how big, and its downloads in every RDF format. */
import type { GraphView } from '../../export/linked-data/views';
import { html } from './html';
import { page } from './layout';
import { linkList } from './parts';

export function graphPage(view: GraphView): string {
  const title = `Graph ${view.graph.label}`;
  const body = html`<h1>${title}</h1>
<p>The named graph <span class="iri">${view.graph.iri}</span> holds ${view.triples} triples about ${view.subjects} subjects. Queries see it inside the union of all graphs, or alone with <code>FROM</code> or <code>GRAPH</code>.</p>
<h2>Download</h2>
<ul>${view.downloads.map((d) => html`<li><a href="${d.href}" type="${d.mediaType}" download>${d.label}</a> <span class="muted">(${d.mediaType})</span></li>`)}</ul>
<p>The whole dataset is in the <a href="/dumps/">dumps</a>; the <a href="/sparql">service description</a> (Turtle at <code>/sparql</code>) lists every graph.</p>
${view.others.length ? html`<p><span class="muted">Other graphs:</span> ${linkList(view.others)}</p>` : ''}`;
  return page({ title, body, formats: view.downloads });
}
