/** Data extension, property proposals, suggest and previews of /reconcile on the real data, each answer valid against the specification's JSON Schemas. */
import { reconcileServer, schemas } from './support/reconcile';

const { url } = reconcileServer();
const validate = schemas();

async function getJson(path: string, schema: Parameters<typeof validate>[0]): Promise<any> {
  const res = await fetch(`${url()}${path}`);
  expect(res.status).toBe(200);
  const body = await res.json();
  const check = validate(schema);
  expect(check(body) ? [] : check.errors).toEqual([]);
  return body;
}

describe('data extension', () => {
  const request = {
    ids: ['instrument/budapest-convention', 'state/united-states'],
    properties: [{ id: 'cdkg:documentSymbol' }, { id: 'cdkg:partyTo' }, { id: 'cdkg:adoptedOn' }, { id: 'skos:exactMatch', settings: { limit: 1 } }],
  };

  it('gives entities as id and name, literals by datatype, dates as ISO date-times', async () => {
    expect(validate('data-extension-query')(request)).toBe(true);
    const body = await getJson(`/reconcile?extend=${encodeURIComponent(JSON.stringify(request))}`, 'data-extension-response');
    expect(body.meta[1]).toEqual({ id: 'cdkg:partyTo', name: 'party to', type: { id: 'cdkg:Instrument', name: 'instrument' } });
    const coc = body.rows['instrument/budapest-convention'];
    expect(coc['cdkg:documentSymbol']).toEqual([{ str: 'ETS No. 185' }]);
    expect(coc['cdkg:adoptedOn']).toEqual([{ date: '2001-11-08T00:00:00Z' }]);
    const us = body.rows['state/united-states'];
    expect(us['cdkg:partyTo'].map((v: { id: string }) => v.id).sort()).toEqual(['instrument/budapest-convention', 'instrument/oas-a-55', 'instrument/untoc']);
    expect(us['cdkg:partyTo']).toContainEqual({ id: 'instrument/untoc', name: 'United Nations Convention against Transnational Organized Crime' });
    expect(us['skos:exactMatch']).toEqual([{ str: 'http://www.wikidata.org/entity/Q30' }]);
  });

  it('is answered for a POST as OpenRefine sends it', async () => {
    const res = await fetch(`${url()}/reconcile`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ extend: JSON.stringify(request) }) });
    expect(((await res.json()) as any).rows['state/united-states']['cdkg:partyTo']).toHaveLength(3);
  });

  it('refuses a request without ids with a 400 naming the member', async () => {
    const res = await fetch(`${url()}/reconcile?extend=${encodeURIComponent('{"properties": []}')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/extend\.ids/);
  });
});

describe('property proposals', () => {
  it('proposes the properties entities of the type have', async () => {
    const body = await getJson('/reconcile/propose_properties?type=cdkg:Convention', 'data-extension-property-proposal');
    expect(body.type).toBe('cdkg:Convention');
    expect(body.properties.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(['cdkg:documentSymbol', 'cdkg:adoptedOn']));
    expect(body.properties.map((p: { id: string }) => p.id)).not.toContain('cdkg:partyTo');
    expect((await getJson('/reconcile/propose_properties?type=cdkg:Convention&limit=2', 'data-extension-property-proposal')).properties).toHaveLength(2);
  });
});

describe('suggest', () => {
  it('completes entity names as typed, with their types', async () => {
    const body = await getJson('/reconcile/suggest/entity?prefix=budap', 'suggest-entities-response');
    expect(body.result[0]).toMatchObject({ id: 'instrument/budapest-convention', name: 'Convention on Cybercrime', notable: [{ id: 'cdkg:Convention', name: 'convention' }] });
  });

  it('pages with a cursor', async () => {
    const first = await getJson('/reconcile/suggest/entity?prefix=budapest', 'suggest-entities-response');
    const second = await getJson('/reconcile/suggest/entity?prefix=budapest&cursor=10', 'suggest-entities-response');
    expect(first.result).toHaveLength(10);
    expect(second.result.length).toBeGreaterThan(0);
    expect(second.result.map((r: { id: string }) => r.id)).not.toContain(first.result[0].id);
  });

  it('completes types and properties', async () => {
    expect((await getJson('/reconcile/suggest/type?prefix=conv', 'suggest-types-response')).result[0]).toMatchObject({ id: 'cdkg:Convention', broader: [{ id: 'cdkg:Instrument', name: 'instrument' }] });
    expect((await getJson('/reconcile/suggest/property?prefix=party', 'suggest-properties-response')).result[0]).toMatchObject({ id: 'cdkg:partyTo', name: 'party to' });
  });

  it('refuses a request without prefix', async () => {
    const res = await fetch(`${url()}/reconcile/suggest/entity`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/prefix/);
  });
});

describe('preview', () => {
  it('is a small HTML card naming the entity, its type and other names, linked to its page', async () => {
    const res = await fetch(`${url()}/reconcile/preview?id=instrument/untoc`);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await res.text();
    expect(page).toContain(`<a href="${url()}/id/instrument/untoc"`);
    expect(page).toContain('United Nations Convention against Transnational Organized Crime');
    expect(page).toContain('UNTOC');
    expect(page).toContain('convention');
  });

  it('may be shown in a frame of another site (OpenRefine shows it so), where every other page may not', async () => {
    const card = await fetch(`${url()}/reconcile/preview?id=instrument/untoc`);
    expect(card.headers.get('content-security-policy')).toMatch(/frame-ancestors \*$/);
    const entity = await fetch(`${url()}/id/instrument/untoc`, { headers: { Accept: 'text/html' } });
    expect(entity.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'$/);
  });

  it('is a 404 for an unknown entity', async () => {
    expect((await fetch(`${url()}/reconcile/preview?id=state/atlantis`)).status).toBe(404);
  });
});
