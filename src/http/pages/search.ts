/** The search page (/search?q=): the box and the ranked results, each linked to its page. */
import type { SearchView } from '../../export/linked-data/search-view';
import { html } from './html';
import { page } from './layout';
import { linkTo } from './parts';

export function searchPage(view: SearchView): string {
  const title = view.query ? `Search: ${view.query}` : 'Search';
  const body = html`<h1>${title}</h1>
<form method="get" action="/search" role="search" class="search" aria-label="Search the graph on this page">
<label for="search-page-q">Names, alternative names or symbols (“UNTOC”, “74/247”)</label>
<input type="search" id="search-page-q" name="q" value="${view.query}" maxlength="200">
<button type="submit">Search</button>
</form>
${view.query === '' ? html`<p class="muted">Type a name. Case, accents and small typos do not matter; exact names come first.</p>` : view.results.length === 0 ? html`<p>Nothing in the graph is called anything like “${view.query}”.</p>` : html`<p class="muted">${view.results.length} result${view.results.length === 1 ? '' : 's'}, best first.</p>
<ol class="results">${view.results.map((r) => html`<li>${linkTo(r.link)}${r.types.length ? html` <span class="muted">(${r.types.join(', ')})</span>` : ''}${r.matched ? html`<br><span class="muted">found by ${r.matched.kind === 'notation' ? 'its symbol' : 'another name'}: ${r.matched.text}</span>` : ''}${r.description ? html`<br>${r.description}` : ''}</li>`)}</ol>`}`;
  return page({ title, body });
}
