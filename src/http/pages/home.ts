/** The home page: what CDKG is, what it holds, how to query and download it. */
import type { HomeView } from '../../export/linked-data/views';
import { html } from './html';
import { page } from './layout';
import { linkTo } from './parts';

export function homePage(view: HomeView): string {
  const body = html`<h1>${view.title}</h1>
<p>${view.description}</p>
<p>Every resource has a URI that works in a browser and for machines: the same address gives this kind of page to people and Turtle, JSON-LD, RDF/XML or N-Triples to programs that ask for them.</p>
<h2 id="contents">What the graph holds</h2>
<table>
<caption>Resources per class (${view.triples} triples in all)</caption>
<thead><tr><th scope="col">Class</th><th scope="col">Resources</th></tr></thead>
<tbody>${view.counts.map((c) => html`<tr><td>${linkTo(c.link)}</td><td>${c.count}</td></tr>`)}</tbody>
</table>
${view.comparisons.length ? html`<h2 id="compare">Side by side</h2><ul class="plain">${view.comparisons.map((c) => html`<li><a href="${c.href}">${c.label}</a></li>`)}</ul>` : ''}
<h2 id="queries">Example queries</h2>
${view.examples.length ? html`<ul class="plain">${view.examples.map((q) => html`<li><a href="${q.editorHref}">${q.title}</a>${q.description ? html` · <span class="muted">${q.description}</span>` : ''}</li>`)}</ul>` : html`<p class="muted">No named queries are installed.</p>`}
<h2 id="data">Data and descriptions</h2>
<ul class="plain">${view.links.map((l) => html`<li><a href="${l.href}">${l.label}</a> · ${l.description}</li>`)}</ul>`;
  return page({ title: 'Home', body });
}
