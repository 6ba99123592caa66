/** /dumps/: the downloadable dumps with their sizes and checksums. */
import type { DumpView } from '../../export/linked-data/views';
import { html } from './html';
import { page } from './layout';

export function dumpsPage(dumps: readonly DumpView[]): string {
  const body = html`<h1>Dumps</h1>
<p>The whole dataset (every named graph) in each format, gzip-compressed. The same data always gives the same bytes, so the SHA-256 checksums identify a version. The <a href="/.well-known/void">VoID and DCAT description</a> lists the same files.</p>
<table>
<caption>Dump files</caption>
<thead><tr><th scope="col">File</th><th scope="col">Format</th><th scope="col">Statements</th><th scope="col">Size (bytes)</th><th scope="col">SHA-256</th></tr></thead>
<tbody>${dumps.map((d) => html`<tr><td><a href="${d.href}" download>${d.name}</a></td><td>${d.mediaType} (${d.compressFormat})</td><td>${d.statements}</td><td>${d.size}</td><td class="iri">${d.sha256}</td></tr>`)}</tbody>
</table>
<p>Check a download with <code>sha256sum cdkg.nt.gz</code>; read it with <code>zcat cdkg.nt.gz</code>.</p>`;
  return page({ title: 'Dumps', body, formats: [{ label: 'JSON', href: '/dumps/?format=json', mediaType: 'application/json' }] });
}
