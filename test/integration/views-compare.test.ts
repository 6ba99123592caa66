/** /compare?actors=… on a real server with the real data: the matrix, its picker, the day, CSV and JSON by content negotiation, and the errors. */
import { parse } from 'csv-parse/sync';
import { BROWSER_ACCEPT } from './support/linked-data';
import { realDataServer } from './support/real-data';

const get = realDataServer();
const THREE = '/compare?actors=united-states,european-union,united-kingdom';

/** The cells of the row headed by an item label, as text without tags. */
function cells(body: string, label: string): string[] {
  const tr = body.split('<tr').find((r) => r.includes(`>${label}</a><br>`)) as string;
  return tr.split('<td>').slice(1).map((c) => c.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
}

describe('the comparison of any actors', () => {
  test('has one column per actor, in the order asked, and a picker with them ticked', async () => {
    const res = await get(THREE, { Accept: BROWSER_ACCEPT });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<th scope="col"><a href="/id/state/united-states">United States</a></th><th scope="col"><a href="/id/union/european-union">European Union</a></th><th scope="col"><a href="/id/state/united-kingdom">United Kingdom</a></th>');
    expect(res.body).toContain('<input type="checkbox" name="actors" value="united-kingdom" checked>');
    expect(res.body).toContain('<input type="checkbox" name="actors" value="australia">');
  });

  test('shows the UK on the US row as the partner of an agreement, and the US as its partner on the UK row', async () => {
    const { body } = await get(THREE, { Accept: BROWSER_ACCEPT });
    expect(cells(body, 'United Kingdom')[0]).toContain('concluded with');
    expect(cells(body, 'United States')[2]).toContain('United States concluded with United Kingdom');
  });

  test('takes the actors also as the picker form sends them (the parameter repeated)', async () => {
    const a = await get(THREE, { Accept: BROWSER_ACCEPT });
    const b = await get('/compare?actors=united-states&actors=european-union&actors=united-kingdom', { Accept: BROWSER_ACCEPT });
    expect(b.body).toBe(a.body);
  });

  test('as of 2020-06-01 has the US negotiating the Australia agreement and not yet having concluded it; as of 2022-01-01 the other way round', async () => {
    const before = cells((await get(`${THREE}&asOf=2020-06-01`, { Accept: BROWSER_ACCEPT })).body, 'US-Australia CLOUD Act agreement')[0];
    expect(before).toMatch(/concluded on this date: not yet/);
    expect(before).toMatch(/negotiates on this date: held/);
    const after = cells((await get(`${THREE}&asOf=2022-01-01`, { Accept: BROWSER_ACCEPT })).body, 'US-Australia CLOUD Act agreement')[0];
    expect(after).toMatch(/concluded on this date: held/);
    expect(after).toMatch(/negotiates on this date: ended/);
  });

  test('lists rows where the actors differ before rows where they agree', async () => {
    const { body } = await get('/compare?actors=united-states,european-union', { Accept: BROWSER_ACCEPT });
    const rows = body.split('<tr').filter((r) => r.includes('<th scope="row">'));
    const firstSame = rows.findIndex((r) => !r.startsWith(' class="differs"'));
    expect(firstSame).toBeGreaterThan(0);
    expect(rows.slice(firstSame).every((r) => !r.startsWith(' class="differs"'))).toBe(true);
  });

  test('gives the same table as CSV for Accept: text/csv, one line per actor, item and statement', async () => {
    const res = await get(THREE, { Accept: 'text/csv' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const records = parse(res.body, { columns: true }) as Record<string, string>[];
    const au = records.filter((r) => r.itemLabel === 'US-Australia CLOUD Act agreement' && r.relation === 'negotiates');
    expect(au.map((r) => [r.actorLabel, r.start, r.end, r.asOf]).sort()).toEqual([['United States', '', '', '2021'], ['United States', '2019-10-07', '2021-12-15', '']]);
  });

  test('gives the same table as JSON for Accept: application/json and for format=json', async () => {
    const a = await get(`${THREE}&asOf=2022-01-01`, { Accept: 'application/json' });
    const b = await get(`${THREE}&asOf=2022-01-01&format=json`);
    expect(a.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(b.body).toBe(a.body);
    const json = JSON.parse(a.body) as { date: string; actors: { label: string }[]; rows: { item: { label: string }; cells: { relations: { relation: string; status?: string }[] }[] }[] };
    expect(json.date).toBe('2022-01-01');
    expect(json.actors.map((x) => x.label)).toEqual(['United States', 'European Union', 'United Kingdom']);
    const au = json.rows.find((r) => r.item.label === 'US-Australia CLOUD Act agreement');
    expect(au?.cells[0].relations.map((r) => [r.relation, r.status])).toEqual([['concluded', 'holds'], ['negotiates', 'ended']]);
  });

  test('without actors is the picker alone; one actor is a 400, an unknown one a 404, both naming it', async () => {
    const picker = await get('/compare', { Accept: BROWSER_ACCEPT });
    expect(picker.status).toBe(200);
    expect(picker.body).toContain('<legend>Actors to compare (two or more)</legend>');
    expect(picker.body).not.toContain('<table');
    const one = await get('/compare?actors=united-states', { Accept: BROWSER_ACCEPT });
    expect(one.status).toBe(400);
    expect(one.body).toContain('united-states');
    const unknown = await get('/compare?actors=united-states,atlantis', { Accept: BROWSER_ACCEPT });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain('atlantis');
  });
});
