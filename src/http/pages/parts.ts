/** Small pieces several pages share: a value, a link, a list of links, the formats line. */
import type { FormatLink, Link, SourceView, Value } from '../../export/linked-data/views';
import { html, isSafeHref, type Html } from './html';

/** A link, or plain text when the target is not a safe URL (see isSafeHref). */
export function linkTo(l: Link, rel?: string): Html {
  if (!isSafeHref(l.href)) return html`${l.label}`;
  return rel ? html`<a href="${l.href}" rel="${rel}">${l.label}</a>` : html`<a href="${l.href}">${l.label}</a>`;
}

export function valueOf(v: Value): Html {
  if (v.kind === 'link') return linkTo(v.link);
  return v.note ? html`${v.text} <span class="muted">(${v.note})</span>` : html`${v.text}`;
}

export function linkList(links: readonly Link[], separator = ', '): Html {
  return html`${links.map((l, i) => html`${i > 0 ? separator : ''}${linkTo(l)}`)}`;
}

export function sourceOf(s: SourceView): Html {
  return html`${linkTo(s.link)}${s.url ? html` (${linkTo({ iri: s.url, href: s.url, label: 'original' }, 'external')})` : ''}`;
}

export function formatsLine(formats: readonly FormatLink[], heading = 'This data in other formats'): Html {
  return html`<p class="formats"><span class="muted">${heading}:</span> ${formats.map((f) => html`<a href="${f.href}" type="${f.mediaType}">${f.label}</a> `)}</p>`;
}
