/**
 * The page of one entity: what it is, each fact as a sentence with its quote (in its context, linked to its place in
 * the source's text) or the curator's note, and its source; its links and its data; for a source, its stored text with
 * every quoted span marked.
 */
import type { EntityView, FactView, PropertyRow, QuoteView, SourceTextView, TextSegment } from '../../export/linked-data/views';
import { html, isSafeHref, jsonForScript, type Html } from './html';
import { page } from './layout';
import { formatsLine, linkList, linkTo, sourceOf, valueOf } from './parts';

function fact(f: FactView): Html {
  return html`<li class="fact">
<p>${valueOf(f.subject)} ${f.verb} ${valueOf(f.object)}.</p>
${f.qualifiers.length ? html`<p class="muted">${f.qualifiers.map((q, i) => html`${i > 0 ? '; ' : ''}${q.name}: ${valueOf(q.value)}`)}</p>` : ''}
${f.quote !== undefined ? quote(f.quote) : ''}
${f.note !== undefined ? html`<p class="note"><span class="muted">Curator's note (not the source's words):</span> ${f.note}</p>` : ''}
<p>Source: ${f.sources.length ? f.sources.map((s, i) => html`${i > 0 ? ', ' : ''}${sourceOf(s)}`) : html`<span class="muted">none given</span>`} · ${linkTo({ ...f.statement, label: 'statement' })}</p>
</li>`;
}

/** The source's own words in quotation marks, the text around them muted, and a link to the place in the stored text. */
function quote(q: QuoteView): Html {
  return html`<blockquote>${q.prefix ? html`<span class="context">…${q.prefix}</span>` : ''}<q>${q.exact}</q>${q.suffix ? html`<span class="context">${q.suffix}…</span>` : ''}${
    q.href && isSafeHref(q.href) ? html`<br><a class="muted" href="${q.href}">in the source text</a>` : ''
  }</blockquote>`;
}

/** One segment of a stored text: plain, or marked and linked to the most specific statement quoting it. */
function segment(s: TextSegment): Html {
  const anchors = s.anchors.map((a) => html`<span id="${a}" class="anchor"></span>`);
  if (s.statements.length === 0) return html`${anchors}${s.text}`;
  const [first] = s.statements;
  const title = s.statements.map((l) => l.label).join('; ');
  if (!isSafeHref(first.href)) return html`${anchors}<mark title="${title}">${s.text}</mark>`;
  return html`${anchors}<a class="quoted" href="${first.href}" title="${title}"><mark>${s.text}</mark></a>`;
}

function storedText(t: SourceTextView): Html {
  return html`<section class="stored-text" aria-labelledby="text-${t.file}">
<h2 id="text-${t.file}">Stored text</h2>
<p class="muted">The text CDKG checks quotes against: <a href="${t.href}" type="text/plain">${t.file}</a> (SHA-256 <code>${t.sha256}</code>). ${t.spans.length} quoted span${t.spans.length === 1 ? '' : 's'} are marked; each links to the statement it backs.</p>
<div class="source-text">${t.segments.map(segment)}</div>
<h3 id="quoted-spans">Quoted spans</h3>
<ol class="plain">${t.spans.map((s) => html`<li><a href="#${s.anchor}">characters ${s.start}–${s.end}</a>: ${linkTo(s.statement)}</li>`)}</ol>
</section>`;
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
  /** Under the title: when a write last changed the entity. */
  readonly lastChange?: Html;
  /** Before the facts: the view on a date, the diagram. */
  readonly beforeFacts?: Html;
  /** After the facts: the timeline. */
  readonly afterFacts?: Html;
}

export function entityPage(view: EntityView, extras: EntityExtras = {}): string {
  const body = html`<h1>${view.label}</h1>
<p class="muted">${view.types.length ? html`${linkList(view.types)} · ` : ''}<span class="iri">${view.iri}</span></p>
${extras.lastChange}
${view.altLabels.length ? html`<p>Also called: ${view.altLabels.join(', ')}</p>` : ''}
${view.description ? html`<p>${view.description}</p>` : ''}
${view.sameAs.length ? html`<p>Same as: ${view.sameAs.map((l, i) => html`${i > 0 ? ', ' : ''}${linkTo(l, 'external')}`)}</p>` : ''}
${extras.beforeFacts}
${view.texts?.length ? view.texts.map(storedText) : ''}
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
