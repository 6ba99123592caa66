/**
 * The query editor a browser gets at GET /sparql: YASGUI, served from this
 * server (node_modules/@zazuko/yasgui/build via /assets/yasgui/, no CDN),
 * opening one tab per named query.
 */
import type { NamedQuery } from '../sparql/named';

/** Text safe inside HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON safe inside a <script> element: `<` is escaped so no `</script>` can close it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function editorPage(title: string, queries: readonly NamedQuery[]): string {
  const examples = queries.map((q) => ({ name: q.title, query: q.text }));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/assets/yasgui/yasgui.min.css">
<link rel="alternate" type="text/turtle" href="/sparql" title="SPARQL service description">
<style>body { font-family: system-ui, sans-serif; margin: 0 1rem; } header p { margin: 0.25rem 0 0.75rem; }</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p>SPARQL 1.1 endpoint at <code>/sparql</code> (GET or POST). One tab per <a href="/queries">named query</a>; the service description is at <code>/sparql</code> with <code>Accept: text/turtle</code>.</p>
</header>
<div id="yasgui"></div>
<script type="application/json" id="examples">${scriptJson(examples)}</script>
<script src="/assets/yasgui/yasgui.min.js"></script>
<script>
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
</script>
</body>
</html>
`;
}
