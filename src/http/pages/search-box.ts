/**
 * The search box of every page: a GET form to /search that works without
 * JavaScript, and a small script that, when JavaScript runs, fills the
 * box's <datalist> with suggestions from /search as JSON while the user
 * types. The browser's own datalist UI is accessible by keyboard and screen
 * reader; suggestions are set as option values through the DOM, never as
 * markup.
 */
import { html, type Html } from './html';

export const SEARCH_BOX: Html = html`<form method="get" action="/search" role="search" class="site-search" aria-label="Site">
<label for="site-search" class="visually-hidden">Search CDKG by name</label>
<input type="search" id="site-search" name="q" list="site-search-options" placeholder="Search by name, e.g. UNTOC" autocomplete="off" maxlength="200">
<datalist id="site-search-options"></datalist>
<button type="submit">Search</button>
</form>`;

/** The type-ahead, served at SEARCH_SCRIPT_PATH (a file of its own, so no page carries inline script and a browser caches it once). */
export const SEARCH_SCRIPT_TEXT = `(function () {
  var input = document.getElementById('site-search');
  var list = document.getElementById('site-search-options');
  if (!input || !list || !window.fetch) return;
  var timer, asked = '';
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value.trim();
      if (q.length < 2 || q === asked) return;
      asked = q;
      fetch('/search?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
        .then(function (res) { return res.ok ? res.json() : { results: [] }; })
        .then(function (data) {
          if (input.value.trim() !== q) return;
          var options = data.results.map(function (r) {
            var o = document.createElement('option');
            o.value = r.label;
            o.label = r.types.join(', ');
            return o;
          });
          list.replaceChildren.apply(list, options);
        })
        .catch(function () {});
    }, 150);
  });
})();`;

export const SEARCH_SCRIPT_PATH = '/assets/site-search.js';

/** The element that loads the type-ahead, for the end of <body>. */
export const SEARCH_SCRIPT: Html = html`<script src="${SEARCH_SCRIPT_PATH}" defer></script>`;
