/** The ontology reference: every class, property and concept, each an anchor (/ontology#State) with its definition and examples of use. */
import type { Link, OntologyView, TermView } from '../../export/linked-data/views';
import { html, type Html } from './html';
import { page } from './layout';
import { formatsLine, linkList, linkTo, valueOf } from './parts';

function row(name: string, links: readonly Link[]): Html {
  return links.length ? html`<dt>${name}</dt><dd>${linkList(links)}</dd>` : html``;
}

function term(t: TermView): Html {
  return html`<section class="term" id="${t.anchor}" aria-labelledby="${t.anchor}-h">
<h3 id="${t.anchor}-h">${t.label} <span class="iri">${t.curie}</span></h3>
${t.definition ? html`<p>${t.definition}</p>` : ''}
<dl class="term">
<dt>IRI</dt><dd class="iri">${t.iri}</dd>
<dt>Kind</dt><dd>${t.kind}</dd>
${row('Broader', t.superTerms)}
${row('Narrower', t.subTerms)}
${row('Domain', t.domain)}
${row('Range', t.range)}
${t.alignments.length ? html`<dt>Alignments</dt><dd>${t.alignments.map((a, i) => html`${i > 0 ? '; ' : ''}${a.relation} ${linkTo(a.link)}`)}</dd>` : ''}
</dl>
${t.examples.length ? html`<p>Examples from the data:</p><ul class="plain">${t.examples.map((e) => html`<li>${linkTo(e.subject)} <code>${e.property.label}</code> ${valueOf(e.object)}</li>`)}</ul>` : ''}
</section>`;
}

function index(terms: readonly TermView[]): Html {
  return html`<p>${terms.map((t, i) => html`${i > 0 ? ' · ' : ''}<a href="#${t.anchor}">${t.label}</a>`)}</p>`;
}

export function ontologyPage(view: OntologyView): string {
  const body = html`<h1>${view.title}</h1>
<p class="iri">${view.iri}</p>
${view.description ? html`<p>${view.description}</p>` : ''}
<p>${view.version ? html`Version ${view.version}. ` : ''}${view.license ? html`Licence: ${linkTo(view.license)}.` : ''}</p>
${formatsLine(view.formats, 'The ontology in')}
<p>The data is checked against the <a href="/shapes">SHACL shapes</a> that go with this ontology.</p>
<h2 id="classes">Classes</h2>
${index(view.classes)}
${view.classes.map(term)}
<h2 id="properties">Properties</h2>
${index(view.properties)}
${view.properties.map(term)}
<h2 id="concepts">Concepts</h2>
${index(view.concepts)}
${view.concepts.map(term)}`;
  return page({ title: view.title, body, formats: view.formats });
}
