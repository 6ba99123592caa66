/** Small pieces several pages share: a value, a link, a list of links, the formats line. */
import type { FormatLink, Link, SourceView, Value } from '../../export/linked-data/views';
import { html, type Html } from './html';

export function linkTo(l: Link): Html {
  return html`<a href="${l.href}">${l.label}</a>`;
}

export function valueOf(v: Value): Html {
  if (v.kind === 'link') return linkTo(v.link);
  return v.note ? html`${v.text} <span class="muted">(${v.note})</span>` : html`${v.text}`;
}

export function linkList(links: readonly Link[], separator = ', '): Html {
  return html`${links.map((l, i) => html`${i > 0 ? separator : ''}${linkTo(l)}`)}`;
}

export function sourceOf(s: SourceView): Html {
  return html`${linkTo(s.link)}${s.url ? html` (<a href="${s.url}" rel="external">original</a>)` : ''}`;
}

export function formatsLine(formats: readonly FormatLink[], heading = 'This data in other formats'): Html {
  return html`<p class="formats"><span class="muted">${heading}:</span> ${formats.map((f) => html`<a href="${f.href}" type="${f.mediaType}">${f.label}</a> `)}</p>`;
}
