/**
 * A tiny HTML template helper: `html\`...\`` escapes every interpolated value
 * unless it is already Html (the result of another template, or `raw` for
 * markup the code itself writes). Arrays are joined. Nothing from the data
 * reaches a page unescaped.
 */

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type Interpolation = Html | string | number | boolean | undefined | null | readonly Interpolation[];

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values (HTML Living Standard §13.1.2.3, §13.1.2.6). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

function render(value: Interpolation): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Markup written by the code itself (never data). */
export function raw(markup: string): Html {
  return new Html(markup);
}

/**
 * JSON for a `<script type="application/ld+json">` element. The script
 * element ends at the first `</script` whatever the JSON says (HTML §4.12.1.3),
 * so `<`, `>` and `&` become JSON \u escapes, which every JSON parser reads
 * back unchanged; U+2028 and U+2029 are escaped for old JavaScript parsers.
 */
export function jsonForScript(value: unknown): Html {
  const json = JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return new Html(json);
}

/**
 * Whether a URL from the data may be a link target: relative to this site or
 * on the web (http, https). Escaping alone does not stop `javascript:` IRIs,
 * which RDF allows as much as any other scheme.
 */
export function isSafeHref(href: string): boolean {
  return /^(?:\/(?!\/)|#|https?:\/\/)/i.test(href);
}
