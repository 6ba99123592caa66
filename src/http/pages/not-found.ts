/** The HTML 404 of the linked-data routes: says what was asked and where to look instead. */
import { html } from './html';
import { page } from './layout';

export function notFoundPage(iri: string): string {
  return page({
    title: 'Not found',
    body: html`<h1>Not found</h1>
<p>CDKG has no data about <span class="iri">${iri}</span>.</p>
<p>Try the <a href="/">home page</a>, the <a href="/ontology">ontology</a> or a query in the <a href="/sparql">SPARQL editor</a>.</p>`,
  });
}
