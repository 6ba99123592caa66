/** Entity pages on a date (?asOf=YYYY-MM-DD) on a real server with the real data: the state of play, the date control and the days where something changed. */
import { BROWSER_ACCEPT } from './support/linked-data';
import { realDataServer } from './support/real-data';

const get = realDataServer();
const page = (path: string) => get(path, { Accept: BROWSER_ACCEPT });

/** The list of facts under the heading of one status, as text without tags. */
function group(body: string, heading: string): string {
  const section = body.slice(body.indexOf('<section aria-labelledby="state-of-play"'), body.indexOf('</section>'));
  const start = section.indexOf(heading);
  if (start < 0) return '';
  const rest = section.slice(start);
  const end = rest.indexOf('<h3', 1);
  return (end < 0 ? rest : rest.slice(0, end)).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
}

describe('the US page as of a day', () => {
  test('on 2020-06-01 lists the negotiations with Australia as held and the agreement as not yet concluded', async () => {
    const res = await page('/id/state/united-states?asOf=2020-06-01');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<h2 id="state-of-play">State of play on 2020-06-01</h2>');
    expect(group(res.body, 'Held on this date')).toContain('United States negotiating with Australia');
    expect(group(res.body, 'Not yet')).toContain('United States concluded with Australia');
    expect(group(res.body, 'Held on this date')).not.toContain('concluded with Australia');
  });

  test('on 2022-01-01 lists the agreement as concluded and the negotiations as ended', async () => {
    const res = await page('/id/state/united-states?asOf=2022-01-01');
    expect(group(res.body, 'Held on this date')).toContain('United States concluded with Australia');
    expect(group(res.body, 'Ended before this date')).toContain('United States negotiating with Australia');
  });

  test('has a date control that works without JavaScript, and links to the days where something changed', async () => {
    const res = await page('/id/state/united-states');
    expect(res.body).toContain('<form method="get" action="/id/state/united-states" class="as-of">');
    expect(res.body).toContain('<label for="as-of-date">State of play on</label>');
    expect(res.body).toContain('<a href="/id/state/united-states?asOf=2019-10-07">2019-10-07</a>');
    // The negotiations' last day was 15 December 2021, so the state changed again on the 16th.
    expect(res.body).toContain('<a href="/id/state/united-states?asOf=2021-12-16">2021-12-16</a>');
    expect(res.body).not.toContain('id="state-of-play"');
  });

  test('refuses a day that is not a day with a 400 naming the parameter', async () => {
    for (const bad of ['2020-02-30', '2020-6-1', 'yesterday']) {
      const res = await get(`/id/state/united-states?asOf=${bad}`, { Accept: BROWSER_ACCEPT });
      expect(res.status).toBe(400);
      expect(res.body).toContain('asOf');
    }
  });
});
