/** The page of one entity: what it is, each fact as a sentence with its quote and source, its links and its data. */
import type { EntityView, FactView, PropertyRow } from '../../export/linked-data/views';
import { html, jsonForScript, type Html } from './html';
import { page } from './layout';
import { formatsLine, linkList, linkTo, sourceOf, valueOf } from './parts';

function fact(f: FactView): Html {
  return html`<li class="fact">
<p>${valueOf(f.subject)} ${f.verb} ${valueOf(f.object)}.</p>
${f.qualifiers.length ? html`<p class="muted">${f.qualifiers.map((q, i) => html`${i > 0 ? '; ' : ''}${q.name}: ${valueOf(q.value)}`)}</p>` : ''}
${f.quote !== undefined ? html`<blockquote>“${f.quote}”</blockquote>` : ''}
<p>Source: ${f.sources.length ? f.sources.map((s, i) => html`${i > 0 ? ', ' : ''}${sourceOf(s)}`) : html`<span class="muted">none given</span>`} · ${linkTo({ ...f.statement, label: 'statement' })}</p>
</li>`;
}

function rowsTable(caption: string, rows: readonly PropertyRow[], headings: readonly [string, string]): Html {
  if (rows.length === 0) return html``;
  return html`<table>
<caption>${caption}</caption>
<thead><tr><th scope="col">${headings[0]}</th><th scope="col">${headings[1]}</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><th scope="row">${linkTo(r.property)}</th><td>${r.values.map((v, i) => html`${i > 0 ? html`<br>` : ''}${valueOf(v)}`)}</td></tr>`)}</tbody>
</table>`;
}

/** Parts other views add to the page (state of play, timeline, diagram), rendered by their own modules. */
export interface EntityExtras {
  /** Before the facts: the view on a date, the diagram. */
  readonly beforeFacts?: Html;
  /** After the facts: the timeline. */
  readonly afterFacts?: Html;
}

export function entityPage(view: EntityView, extras: EntityExtras = {}): string {
  const body = html`<h1>${view.label}</h1>
<p class="muted">${view.types.length ? html`${linkList(view.types)} · ` : ''}<span class="iri">${view.iri}</span></p>
${view.altLabels.length ? html`<p>Also called: ${view.altLabels.join(', ')}</p>` : ''}
${view.description ? html`<p>${view.description}</p>` : ''}
${view.sameAs.length ? html`<p>Same as: ${view.sameAs.map((l, i) => html`${i > 0 ? ', ' : ''}${linkTo(l, 'external')}`)}</p>` : ''}
${extras.beforeFacts}
<h2 id="facts">Facts and their sources</h2>
${view.facts.length ? html`<ol class="plain">${view.facts.map(fact)}</ol>` : html`<p class="muted">No statement with a source is about this resource.</p>`}
${extras.afterFacts}
<h2 id="data">Data</h2>
${rowsTable('Properties of this resource', view.properties, ['Property', 'Value'])}
${rowsTable('Resources that refer to this one', view.incoming, ['Property', 'Resource'])}
${view.related.length ? html`<h2 id="related">Related</h2><ul class="plain">${view.related.map((l) => html`<li>${linkTo(l)}</li>`)}</ul>` : ''}
<h2 id="formats">Formats</h2>
${formatsLine(view.formats)}`;
  return page({
    title: view.label,
    body,
    formats: view.formats,
    head: html`<script type="application/ld+json">${jsonForScript(view.jsonLd)}</script>`,
  });
}
