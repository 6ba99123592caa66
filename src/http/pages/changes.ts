/** The HTML change log (/changes): every committed write, newest first. */
import type { ChangeEntry, LastChange } from '../../export/changes';
import { html, type Html } from './html';
import { page } from './layout';

export function changesPage(entries: readonly ChangeEntry[]): string {
  const rows = entries.map(
    (e) => html`<tr id="${e.id}"><td><time datetime="${e.time}">${e.time}</time></td><td>${e.agent}</td><td>${e.operation}</td><td>${e.graphs.join(', ')}</td><td>${String(e.added)}</td><td>${String(e.removed)}</td><td>${e.update ? html`<pre>${e.update}</pre>` : ''}</td></tr>`,
  );
  return page({
    title: 'Changes',
    body: html`<h1>Changes</h1>
<p>Every write committed to the knowledge base, newest first (also as <a href="/changes/feed.json">a JSON Feed</a> and <a href="/changes?format=json">JSON</a>). See <a href="https://www.w3.org/TR/prov-o/">PROV-O</a> for the record in the changes graph.</p>
${entries.length === 0 ? html`<p>No write yet.</p>` : html`<table><thead><tr><th>Time</th><th>Curator</th><th>Operation</th><th>Graphs</th><th>Added</th><th>Removed</th><th>Update</th></tr></thead><tbody>${rows}</tbody></table>`}`,
  });
}

/** The line an entity page shows under its title: when a write last touched it, linked to that write in the log. */
export function lastChangeLine(change: LastChange | undefined): Html {
  return change ? html`<p class="muted" id="last-change">Last changed <time datetime="${change.time}">${change.time}</time> by ${change.agent} (<a href="/changes#${change.id}">${change.operation}</a>)</p>` : html``;
}
