/** The human pages on a real server: the comparison of two actors, the home page and the ontology reference. */
import { BROWSER_ACCEPT, linkedDataServer } from './support/linked-data';

const get = linkedDataServer();

describe('the comparison page', () => {
  let body: string;
  beforeAll(async () => {
    const res = await get('/compare/united-states/european-union');
    expect(res.status).toBe(200);
    body = res.body;
  });
  const row = (label: string) => {
    const rows = body.split('<tr>').filter((r) => r.includes('<th scope="row">'));
    return rows.find((r) => r.includes(`>${label}</a>`)) as string;
  };

  test('has both actors as column headings', () => {
    expect(body).toContain('<th scope="col"><a href="/id/state/united-states">United States</a></th>');
    expect(body).toContain('<thead><tr><th scope="col">Instrument, process or actor</th><th scope="col"><a href="/id/state/united-states">United States</a></th><th scope="col"><a href="/id/union/european-union">European Union</a></th></tr></thead>');
    expect(body).toContain('<th scope="col"><a href="/id/union/european-union">European Union</a></th>');
  });

  /** The list item of one relation in a row's cell (its statements, quotes and sources sit inside it). */
  const relation = (r: string, name: string) => r.split('<li class="relation').find((li) => li.includes(`<strong>${name}</strong>`)) as string;

  test('has a row for the Budapest Convention with each actor\'s relations, each with its own quote', () => {
    const r = row('Budapest Convention');
    expect(r).toBeDefined();
    expect(relation(r, 'signatory of')).toContain('“The US is a signatory and an early proponent of the Budapest Convention”');
    expect(relation(r, 'promotes')).toContain('“focused on promoting the Budapest regime as the global model of cybercrime governance”');
    expect(relation(r, 'promotes')).not.toContain('The US is a signatory');
    expect(relation(r, 'champions')).toContain('“The EU has been an early champion of the Budapest Convention”');
  });

  test('shows a stance only where it adds to the relation', () => {
    const r = row('Ad Hoc Committee');
    expect(relation(r, 'participates in')).toContain('(stance: supports)');
    expect(relation(row('Budapest Convention'), 'champions')).not.toContain('stance');
  });

  test('links the source of each quote by the source\'s label', () => {
    const r = row('Budapest Convention');
    expect(relation(r, 'signatory of')).toContain('Source: <a href="/id/source/atlas-us-eu">Cyber Diplomacy Atlas: United States compared with European Union</a>');
    expect(r).not.toContain('>source:atlas-us-eu<');
  });

  test('has a row for the Ad Hoc Committee with the US taking part and the EU represented by its member states', () => {
    const r = row('Ad Hoc Committee');
    expect(r).toBeDefined();
    expect(r).toContain('participates in');
    expect(r).toContain('“the US has agreed to participate in the Ad Hoc Committee”');
    expect(r).toContain('represented by EU member states');
    expect(r).toContain('participates in (EU member states)');
  });

  test('an unknown actor slug is a 404 page', async () => {
    const res = await get('/compare/united-states/atlantis');
    expect(res.status).toBe(404);
    expect(res.body).toContain('atlantis');
  });

  test('is one instance of /compare?actors=: the same matrix at either address', async () => {
    const res = await get('/compare?actors=united-states,european-union');
    expect(res.status).toBe(200);
    const table = (html: string) => html.slice(html.indexOf('<table class="matrix">'), html.indexOf('</table>'));
    expect(table(res.body)).toBe(table(body));
  });
});

describe('the home and ontology pages', () => {
  test('the home page counts resources per class and links examples to the editor, the dumps, VoID and the ontology', async () => {
    const { body } = await get('/');
    expect(body).toMatch(/<a href="\/ontology#State">state<\/a><\/td><td>2<\/td>/);
    expect(body).toContain('href="/sparql#query=');
    expect(body).toContain('<a href="/compare/united-states/european-union">United States and European Union, side by side</a>');
    for (const href of ['/dumps/', '/.well-known/void', '/ontology']) expect(body).toContain(`href="${href}"`);
  });

  test('the ontology page has an anchor per term with its definition, domain, range and alignments', async () => {
    const { body } = await get('/ontology.html');
    expect(body).toContain('<section class="term" id="State"');
    expect(body).toContain('A sovereign state acting in international relations.');
    expect(body).toMatch(/<section class="term" id="partyTo"[\s\S]*?<dt>Domain<\/dt><dd><a href="\/ontology#Actor">actor<\/a><\/dd>[\s\S]*?<dt>Range<\/dt><dd><a href="\/ontology#Instrument">instrument<\/a><\/dd>/);
    expect(body).toContain('see also <a href="https://schema.org/Country">schema:Country</a>');
    expect(body).toMatch(/<section class="term" id="State"[\s\S]*?Examples from the data:[\s\S]*?United States/);
  });
});

describe('a named query run from a browser', () => {
  const PROFILE = '/queries/actor-profile?actor=state:united-states';

  test('gets its results as an HTML table with links to the entities, the editor and the machine formats', async () => {
    const res = await get(PROFILE, { Accept: BROWSER_ACCEPT });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('vary')).toContain('Accept');
    expect(res.body).toMatch(/<caption>\d+ results?<\/caption>/);
    expect(res.body).toContain('<th scope="col">actor</th>');
    expect(res.body).toContain('<a href="/id/state/united-states">state:united-states</a>');
    expect(res.body).toContain('href="/sparql#query=');
    expect(res.body).toContain('href="/queries/actor-profile?actor=state%3Aunited-states&amp;format=csv"');
  });

  test('escapes the values it shows', async () => {
    const res = await get('/queries/actor-profile?actor=state:hostile', { Accept: 'text/html' });
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  test('format=html asks for the page too; SPARQL clients still get their formats', async () => {
    expect((await get(`${PROFILE}&format=html`)).headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await get(PROFILE, { Accept: '*/*' })).headers.get('content-type')).toBe('application/sparql-results+json; charset=utf-8');
    expect((await get(PROFILE, { Accept: 'application/sparql-results+xml' })).headers.get('content-type')).toBe('application/sparql-results+xml; charset=utf-8');
    expect((await get(`${PROFILE}&format=csv`, { Accept: BROWSER_ACCEPT })).headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });
});
