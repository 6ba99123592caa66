/**
 * The query editor a browser gets at GET /sparql: YASGUI, served from this
 * server (node_modules/@zazuko/yasgui/build via /assets/yasgui/, no CDN),
 * opening one tab per named query, inside the site's layout (skip link,
 * navigation, <main>) like every other page.
 */
import type { NamedQuery } from '../sparql/named';
import { yasguiAssetHref } from './handlers/assets';
import { html, jsonForScript } from './pages/html';
import { page } from './pages/layout';

/** Where the editor's own script is served (a file, not inline: the Content-Security-Policy allows no inline script). */
export const EDITOR_SCRIPT_PATH = '/assets/editor.js';

/** Runs in the browser: builds the editor in #yasgui from the examples in #examples. */
export const EDITOR_SCRIPT = `
  const examples = JSON.parse(document.getElementById('examples').textContent);
  const endpoint = location.origin + location.pathname;
  // A link such as /sparql#query=… (from the home page) opens its query in a tab of its own; that tab stays in front.
  const fromUrl = /[#&?]query=/.test(location.hash + location.search);
  // No persistence: every visit starts from the named queries, not from an old session's tabs.
  const yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint, method: 'POST' },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    autoAddOnInit: examples.length === 0,
  });
  examples.forEach((example, i) => {
    yasgui.addTab(i === 0 && !fromUrl, { ...Yasgui.Tab.getDefaults(), name: example.name, yasqe: { value: example.query }, requestConfig: { ...yasgui.config.requestConfig, endpoint } });
  });
`;

export function editorPage(title: string, queries: readonly NamedQuery[]): string {
  const examples = queries.map((q) => ({ name: q.title, query: q.text }));
  const head = html`<link rel="stylesheet" href="${yasguiAssetHref('yasgui.min.css')}">
<link rel="alternate" type="text/turtle" href="/sparql" title="SPARQL service description">`;
  const body = html`<h1>${title}</h1>
<p>SPARQL 1.1 endpoint at <code>/sparql</code> (GET or POST). One tab per <a href="/queries">named query</a>; the service description is at <code>/sparql</code> with <code>Accept: text/turtle</code>.</p>
<div id="yasgui"></div>
<script type="application/json" id="examples">${jsonForScript(examples)}</script>
<script src="${yasguiAssetHref('yasgui.min.js')}"></script>
<script src="${EDITOR_SCRIPT_PATH}"></script>`;
  return page({ title, body, head });
}
