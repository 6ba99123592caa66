/**
 * The frame of every page: language, skip link, navigation, the page's
 * alternate formats and the VoID description as <link> elements (so crawlers
 * find the data behind the page), and a footer with the licence.
 */
import type { FormatLink } from '../../export/linked-data/views';
import { LICENSES } from '../../../ontology/namespaces';
import { html, raw, type Html } from './html';
import { STYLE } from './style';
import { SEARCH_BOX, SEARCH_SCRIPT } from './search-box';
import { HTML } from '../negotiate';

export interface PageOptions {
  readonly title: string;
  readonly body: Html;
  /** Other representations of this page's data (HTML itself is skipped). */
  readonly formats?: readonly FormatLink[];
  /** Extra elements for <head> (embedded JSON-LD). */
  readonly head?: Html;
}

/** Where the VoID description of the dataset lives (RFC 5785 well-known URI, VoID §7.2). */
export const VOID_PATH = '/.well-known/void';

export function page(options: PageOptions): string {
  const alternates = (options.formats ?? []).filter((f) => f.mediaType !== HTML);
  return `<!DOCTYPE html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · CDKG</title>
<link rel="describedby" href="${VOID_PATH}" type="text/turtle" title="VoID description of the dataset">
${alternates.map((f) => html`<link rel="alternate" type="${f.mediaType}" href="${f.href}" title="${f.label}">\n`)}<style>${raw(STYLE)}</style>
${options.head}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>
<nav aria-label="Site">
<a href="/" class="brand">CDKG</a>
<a href="/compare">Compare</a>
<a href="/timeline">Timeline</a>
<a href="/ontology">Ontology</a>
<a href="/sparql">SPARQL editor</a>
<a href="/queries">Named queries</a>
<a href="/dumps/">Dumps</a>
<a href="${VOID_PATH}">VoID</a>
</nav>
${SEARCH_BOX}
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
<footer>
<p>CDKG, the Cyber Diplomacy Knowledge Graph. Data under <a href="${LICENSES.data}">CC BY 4.0</a>, code under the <a href="${LICENSES.code}">MIT licence</a>.</p>
</footer>
${SEARCH_SCRIPT}
</body>
</html>
`}`;
}
