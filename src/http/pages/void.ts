/** The VoID and DCAT description for a browser: the Turtle itself, readable, with links to the other formats. */
import type { FormatLink } from '../../export/linked-data/views';
import { html } from './html';
import { page } from './layout';
import { formatsLine } from './parts';

export function voidPage(turtle: string, formats: readonly FormatLink[]): string {
  const body = html`<h1>Dataset description</h1>
<p>The VoID and DCAT description of CDKG: statistics (triples, entities, class and property partitions), the SPARQL endpoint, the dumps with their sizes and checksums, the licence and the links to Wikidata.</p>
${formatsLine(formats, 'The description in')}
<pre><code>${turtle}</code></pre>`;
  return page({ title: 'Dataset description', body, formats });
}
