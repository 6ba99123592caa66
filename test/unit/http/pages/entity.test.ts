/** Unit tests of src/http/pages/entity.ts: the entity page escapes the view model, links no script URL and embeds JSON-LD that reads back unchanged. */
import { SEARCH_SCRIPT } from '../../../../src/http/pages/search-box';
import { entityPage } from '../../../../src/http/pages/entity';
import type { EntityView } from '../../../../src/export/linked-data/views';

const EVIL = '<script>alert(1)</script>';
/** A hostile string that names the field it fills, so the page can be checked for each value. */
const evil = (field: string) => `<script>alert('${field}')</script> & "${field}"`;
/** HTML escaping, written out here (HTML Living Standard §13.1.2.6) rather than taken from src/. */
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const link = (label: string, href = '/id/state/x') => ({ iri: `https://w3id.org/cdkg${href}`, href, label });

/** A view model whose every string is hostile, each naming its field. */
const view: EntityView = {
  iri: 'https://w3id.org/cdkg/id/state/x',
  href: '/id/state/x',
  label: evil('label'),
  altLabels: [evil('altLabel')],
  types: [link(evil('type'), '/ontology#State')],
  description: evil('description'),
  sameAs: [link(evil('sameAs'), 'javascript:alert(1)')],
  facts: [
    {
      statement: link(evil('statement'), '/id/statement/x'),
      subject: { kind: 'link', link: link(evil('fact subject')) },
      verb: evil('verb'),
      property: link(evil('fact property')),
      object: { kind: 'literal', text: evil('fact object'), note: evil('object note') },
      qualifiers: [{ name: evil('qualifier name'), value: { kind: 'literal', text: evil('qualifier value') } }],
      quote: { exact: evil('quote'), prefix: evil('quote prefix'), suffix: evil('quote suffix'), href: 'javascript:alert(5)' },
      note: evil('note'),
      sources: [{ link: link(evil('source')), url: '"><script>alert(2)</script>' }],
    },
  ],
  properties: [{ property: link(evil('property')), values: [{ kind: 'literal', text: evil('property value') }] }],
  incoming: [{ property: link(evil('incoming property')), values: [{ kind: 'link', link: link(evil('incoming resource')) }] }],
  related: [link(evil('related'))],
  formats: [{ label: evil('format'), href: '/id/state/x.ttl', mediaType: 'text/turtle' }],
  jsonLd: { name: EVIL },
};

/** Every value the page shows as text (the fact's property is its verb; the statement link reads "statement"). */
const SHOWN = [
  'label', 'altLabel', 'type', 'description', 'sameAs', 'fact subject', 'verb', 'fact object', 'object note', 'qualifier name', 'qualifier value',
  'quote', 'quote prefix', 'quote suffix', 'note', 'source', 'property', 'property value', 'incoming property', 'incoming resource', 'related', 'format',
];

describe('the entity page', () => {
  const page = entityPage(view);

  test('escapes every value of the view model', () => {
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('"><script>');
    // The one script element besides the JSON-LD is the site's own type-ahead, loaded from a file.
    expect(page.replace(SEARCH_SCRIPT.text, '').match(/<script/g)).toHaveLength(1);
  });

  test.each(SHOWN)('shows the %s, escaped', (field) => {
    expect(page).toContain(escaped(evil(field)));
  });

  test("shows the fact as a sentence with its quote in quotation marks between its context, the curator's note as a note, and its source", () => {
    const fact = /<li class="fact">([\s\S]*?)<\/li>/.exec(page)?.[1] ?? '';
    expect(fact).toContain(`${escaped(evil('verb'))} ${escaped(evil('fact object'))}`);
    // <q> is the HTML element for a quotation: the page sets its marks (“ ”) by CSS.
    expect(fact).toContain(`<blockquote><span class="context">…${escaped(evil('quote prefix'))}</span><q>${escaped(evil('quote'))}</q><span class="context">${escaped(evil('quote suffix'))}…</span></blockquote>`);
    expect(fact).toContain(`<p class="note"><span class="muted">Curator's note (not the source's words):</span> ${escaped(evil('note'))}</p>`);
    expect(fact).toContain(`Source: <a href="/id/state/x">${escaped(evil('source'))}</a>`);
    expect(fact).toContain('<a href="/id/statement/x">statement</a>');
  });

  test('keeps the title and the one h1 to the label', () => {
    expect(page).toContain(`<h1>${escaped(evil('label'))}</h1>`);
    expect(page).toMatch(new RegExp(`<title>${escaped(evil('label')).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  test('links no javascript: URL from the data', () => {
    expect(page).not.toContain('javascript:');
  });

  test('embeds the JSON-LD so that it reads back unchanged', () => {
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)?.[1] as string;
    expect(JSON.parse(json)).toEqual({ name: EVIL });
  });

  test('is an accessible document: language, a skip link to the main landmark, one h1, table headers with scope', () => {
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(page).toContain('<a class="skip" href="#main">Skip to content</a>');
    expect(page).toContain('<main id="main"');
    expect(page.match(/<h1>/g)).toHaveLength(1);
    expect(page).toContain('<th scope="col">Property</th>');
  });

  test('links the VoID description and the other formats in its head', () => {
    expect(page).toContain('<link rel="describedby" href="/.well-known/void"');
    expect(page).toContain('<link rel="alternate" type="text/turtle" href="/id/state/x.ttl"');
  });
});
