/** Unit tests of src/http/pages/entity.ts: the entity page escapes the view model, links no script URL and embeds JSON-LD that reads back unchanged. */
import { entityPage } from '../../../../src/http/pages/entity';
import type { EntityView } from '../../../../src/export/linked-data/views';

const EVIL = '<script>alert(1)</script>';
const link = (label: string, href = '/id/state/x') => ({ iri: `https://w3id.org/cdkg${href}`, href, label });

/** A view model whose every string is hostile. */
const view: EntityView = {
  iri: 'https://w3id.org/cdkg/id/state/x',
  href: '/id/state/x',
  label: EVIL,
  altLabels: [EVIL],
  types: [link(EVIL, '/ontology#State')],
  description: EVIL,
  sameAs: [link(EVIL, 'javascript:alert(1)')],
  facts: [
    {
      statement: link(EVIL, '/id/statement/x'),
      subject: { kind: 'link', link: link(EVIL) },
      verb: EVIL,
      property: link(EVIL),
      object: { kind: 'literal', text: EVIL, note: EVIL },
      qualifiers: [{ name: EVIL, value: { kind: 'literal', text: EVIL } }],
      quote: EVIL,
      sources: [{ link: link(EVIL), url: '"><script>alert(2)</script>' }],
    },
  ],
  properties: [{ property: link(EVIL), values: [{ kind: 'literal', text: EVIL }] }],
  incoming: [{ property: link(EVIL), values: [{ kind: 'link', link: link(EVIL) }] }],
  related: [link(EVIL)],
  formats: [{ label: EVIL, href: '/id/state/x.ttl', mediaType: 'text/turtle' }],
  jsonLd: { name: EVIL },
};

describe('the entity page', () => {
  const page = entityPage(view);

  test('escapes every value of the view model', () => {
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('"><script>');
    expect(page.match(/<script/g)).toHaveLength(1);
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
