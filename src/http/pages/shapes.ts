/** The SHACL shapes page: what the shapes are for, their formats, and the Turtle file as written (its comments included). */
import type { FormatLink } from '../../export/linked-data/views';
import { html } from './html';
import { page } from './layout';
import { formatsLine } from './parts';

export interface ShapesPageView {
  readonly iri: string;
  /** ontology/shapes.ttl as read at start-up. */
  readonly turtle: string;
  readonly formats: readonly FormatLink[];
}

export function shapesPage(view: ShapesPageView): string {
  const body = html`<h1>CDKG SHACL shapes</h1>
<p class="iri">${view.iri}</p>
<p>The constraints every CDKG data file must meet (W3C SHACL), checked by <code>kb validate</code>. They complement the <a href="/ontology">ontology</a>, which links them with <code>rdfs:seeAlso</code>.</p>
${formatsLine(view.formats, 'The shapes in')}
<h2 id="turtle">The shapes in Turtle</h2>
<pre class="source"><code>${view.turtle}</code></pre>`;
  return page({ title: 'SHACL shapes', body, formats: view.formats });
}
