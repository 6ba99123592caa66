/**
 * The Reconciliation Service API 0.2 at /reconcile on the real data: the
 * manifest and every answer valid against the specification's JSON Schemas;
 * typos, alternative names, notations, type and property constraints; a
 * match only when the name is exact and unambiguous.
 */
import { postQueries, reconcileServer, schemas } from './support/reconcile';

const { url } = reconcileServer();
const validate = schemas();

interface Candidate {
  id: string;
  name: string;
  score: number;
  match: boolean;
  type: { id: string; name: string }[];
}
type Batch = Record<string, { result: Candidate[] }>;

async function reconcile(queries: Record<string, unknown>): Promise<Batch> {
  expect(validate('reconciliation-query-batch')(queries)).toBe(true);
  const res = await postQueries(url(), queries);
  expect(res.status).toBe(200);
  const body = (await res.json()) as Batch;
  const check = validate('reconciliation-result-batch');
  expect(check(body) ? [] : check.errors).toEqual([]);
  return body;
}

describe('the manifest', () => {
  it('is valid against the specification schema and names every service under the server', async () => {
    const res = await fetch(`${url()}/reconcile`);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const manifest = (await res.json()) as Record<string, any>;
    const check = validate('manifest');
    expect(check(manifest) ? [] : check.errors).toEqual([]);
    expect(manifest.authentication).toBeUndefined();
    expect(manifest.versions).toEqual(['0.2']);
    expect(manifest.identifierSpace).toBe('https://w3id.org/cdkg/id/');
    expect(manifest.view.url).toBe(`${url()}/id/{{id}}`);
    expect(manifest.preview.url).toBe(`${url()}/reconcile/preview?id={{id}}`);
    for (const kind of ['entity', 'type', 'property']) expect(manifest.suggest[kind]).toEqual({ service_url: url(), service_path: `/reconcile/suggest/${kind}` });
    expect(manifest.extend.propose_properties).toEqual({ service_url: url(), service_path: '/reconcile/propose_properties' });
  });

  it('offers the ontology root classes that have entities as default types', async () => {
    const manifest = (await (await fetch(`${url()}/reconcile`)).json()) as { defaultTypes: { id: string }[] };
    const ids = manifest.defaultTypes.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['cdkg:Actor', 'cdkg:Instrument', 'cdkg:Process']));
    // A subclass is reached through its root.
    expect(ids).not.toContain('cdkg:Convention');
  });

  it('is sent as JSONP with a callback, and a callback that is not a name is refused', async () => {
    const res = await fetch(`${url()}/reconcile?callback=jQuery123_456`);
    expect(res.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    const text = await res.text();
    expect(text.startsWith('/**/jQuery123_456(')).toBe(true);
    expect(JSON.parse(text.slice('/**/jQuery123_456('.length, -2)).versions).toEqual(['0.2']);
    const bad = await fetch(`${url()}/reconcile?callback=${encodeURIComponent('alert(1)//')}`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/callback/);
  });
});

describe('reconciliation queries', () => {
  it('reconcile "Budapst Convnetion" (typos) to the Convention on Cybercrime, without claiming a match', async () => {
    const { q0 } = await reconcile({ q0: { query: 'Budapst Convnetion', type: 'cdkg:Instrument' } });
    expect(q0.result[0]).toMatchObject({ id: 'instrument/budapest-convention', name: 'Convention on Cybercrime', match: false });
    expect(q0.result[0].type).toEqual([{ id: 'cdkg:Convention', name: 'convention' }]);
  });

  it('reconcile "UNTOC" to the UN Convention against Transnational Organized Crime as a match', async () => {
    const { q0 } = await reconcile({ q0: { query: 'UNTOC' } });
    expect(q0.result[0]).toMatchObject({ id: 'instrument/untoc', name: 'United Nations Convention against Transnational Organized Crime', match: true });
    expect(q0.result.filter((c) => c.match)).toHaveLength(1);
  });

  it('match exact labels, alternative labels, the source wording and document symbols', async () => {
    const batch = await reconcile({
      label: { query: 'Convention on Cybercrime' },
      alternative: { query: 'Budapest Convention' },
      wording: { query: 'Inter-American Convention on Mutual Legal Assistance' },
      symbol: { query: 'A/RES/74/247' },
      part: { query: '74/247', type: 'cdkg:Resolution' },
    });
    expect(batch.label.result[0]).toMatchObject({ id: 'instrument/budapest-convention', score: 100, match: true });
    expect(batch.alternative.result[0]).toMatchObject({ id: 'instrument/budapest-convention', score: 95, match: true });
    expect(batch.wording.result[0]).toMatchObject({ id: 'instrument/oas-a-55', match: true });
    expect(batch.symbol.result[0]).toMatchObject({ id: 'instrument/unga-resolution-74-247', match: true });
    expect(batch.part.result[0]).toMatchObject({ id: 'instrument/unga-resolution-74-247', match: false });
  });

  it('rank the exact label above fuzzy candidates, best first', async () => {
    const { q0 } = await reconcile({ q0: { query: 'United States' } });
    expect(q0.result[0]).toMatchObject({ id: 'state/united-states', score: 100, match: true });
    const scores = q0.result.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('never claim a match for a name two entities share', async () => {
    const { q0 } = await reconcile({ q0: { query: 'OEWG', type: 'cdkg:Process' } });
    expect(q0.result.slice(0, 2).map((c) => c.id).sort()).toEqual(['process/oewg-2019-2021', 'process/oewg-2021-2025']);
    expect(q0.result.some((c) => c.match)).toBe(false);
  });

  it('keep only candidates of the asked type and honour the limit', async () => {
    const batch = await reconcile({ states: { query: 'Budapest Convention', type: 'cdkg:State' }, limited: { query: 'Budapest Convention', limit: 2 } });
    expect(batch.states.result).toEqual([]);
    expect(batch.limited.result).toHaveLength(2);
  });

  it('use property constraints: a matching value raises a candidate, and a query of properties alone finds the entities that have them', async () => {
    const batch = await reconcile({
      agreeing: { query: 'Convention', properties: [{ pid: 'cdkg:documentSymbol', v: 'ETS No. 185' }] },
      byEntity: { type: 'cdkg:State', properties: [{ pid: 'cdkg:partyTo', v: { id: 'instrument/untoc' } }] },
      byName: { query: 'United States', properties: [{ pid: 'cdkg:partyTo', v: 'UNTOC' }] },
      disagreeing: { query: 'United States', properties: [{ pid: 'cdkg:partyTo', v: 'Kyoto Protocol' }] },
    });
    expect(batch.agreeing.result[0].id).toBe('instrument/budapest-convention');
    expect(batch.byEntity.result.map((c) => c.id)).toEqual(['state/united-states']);
    expect(batch.byName.result[0]).toMatchObject({ id: 'state/united-states', match: true });
    // The name is exact but the property says otherwise: no automatic match.
    expect(batch.disagreeing.result[0]).toMatchObject({ id: 'state/united-states', match: false });
    expect(batch.disagreeing.result[0].score).toBeLessThan(batch.byName.result[0].score);
  });

  it('answer GET requests with queries= as POST ones', async () => {
    const res = await fetch(`${url()}/reconcile?queries=${encodeURIComponent(JSON.stringify({ q0: { query: 'UNTOC' } }))}`);
    expect(((await res.json()) as Batch).q0.result[0].id).toBe('instrument/untoc');
  });

  it('refuse malformed batches with a 400 naming the place of the fault', async () => {
    for (const [queries, message] of [
      ['{"q0": ', /"queries" is not JSON/],
      [JSON.stringify({ q0: { query: 'x', limit: -1 } }), /queries\.q0\.limit: must be a positive integer/],
      [JSON.stringify({ q0: { query: 'x', colour: 'red' } }), /queries\.q0\.colour: unknown member/],
      [JSON.stringify({ q0: { query: 'x', type: 'no thing' } }), /queries\.q0\.type: "no thing" is neither/],
      [JSON.stringify({ q0: { query: 'x', type: 'cdkg:Nothing' } }), /queries\.q0\.type: cdkg:Nothing is not a type of this service/],
      [JSON.stringify({ q0: { query: 'x', properties: [{ pid: 'cdkg:colour', v: 'red' }] } }), /queries\.q0\.properties: cdkg:colour is not a property/],
      [JSON.stringify({ q0: {} }), /queries\.q0: needs a non-empty "query"/],
    ] as const) {
      const res = await fetch(`${url()}/reconcile`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ queries }) });
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(message);
    }
  });

  it('refuse a POST body that is not a form', async () => {
    const res = await fetch(`${url()}/reconcile`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(415);
  });
});
