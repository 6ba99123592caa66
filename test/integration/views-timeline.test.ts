/** /timeline and the timelines of entity pages on a real server with the real data: an SVG with a dot per event, a legend and the same events as a list. */
import { DOMParser, type Document } from '@xmldom/xmldom';
import { BROWSER_ACCEPT } from './support/linked-data';
import { realDataServer } from './support/real-data';

const get = realDataServer();

/** The SVG of a page, parsed by an independent XML parser (it must be well-formed to be parsed at all). */
function svgOf(body: string): Document {
  const svg = body.slice(body.indexOf('<svg class="timeline-svg"'), body.indexOf('</svg>') + 6);
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

describe('the timeline', () => {
  test('of the graph has one dot and one list item per event, in time order, each label linked to its statement', async () => {
    const res = await get('/timeline', { Accept: BROWSER_ACCEPT });
    expect(res.status).toBe(200);
    const svg = svgOf(res.body);
    const circles = svg.getElementsByTagName('circle');
    const items = res.body.split('<ol class="events">')[1].split('</ol>')[0].split('<li>').slice(1);
    expect(circles.length).toBe(items.length);
    expect(items.length).toBeGreaterThan(30);
    const dates = items.map((i) => /<time datetime="([^"]+)">/.exec(i)?.[1] as string);
    expect([...dates].sort()).toEqual(dates);
    expect(res.body).toContain('United States signed the agreement with Australia on 15 December 2021');
    const links = svg.getElementsByTagName('a');
    expect(links.length).toBe(circles.length);
    expect(links[0].getAttribute('href')).toMatch(/^\/id\/statement\//);
    expect(links[0].getAttribute('tabindex')).toBe('-1');
    expect(svg.documentElement?.getAttribute('aria-hidden')).toBe('true');
  });

  test('has a legend naming each kind of event it colours', async () => {
    const { body } = await get('/timeline', { Accept: BROWSER_ACCEPT });
    for (const kind of ['adoption', 'ratification or deposit', 'negotiations']) expect(body).toContain(`</span> ${kind}</li>`);
  });

  test('of the US page holds the US events, including those where it is the object, and not those of others', async () => {
    const { body } = await get('/id/state/united-states', { Accept: BROWSER_ACCEPT });
    expect(body).toContain('<h2 id="timeline">Timeline of United States</h2>');
    const list = body.split('<ol class="events">')[1].split('</ol>')[0];
    expect(list).toContain('United States negotiated with Australia from 7 October 2019 to 15 December 2021');
    expect(list).not.toContain('A-55 adopted in Nassau');
  });

  test('of an instrument holds the signatures of the states that signed it', async () => {
    const { body } = await get('/id/instrument/budapest-convention', { Accept: BROWSER_ACCEPT });
    const list = body.split('<ol class="events">')[1].split('</ol>')[0];
    expect(list).toContain('United States signed the Budapest Convention on 23 November 2001');
    expect(list).toContain('Budapest Convention entered into force on 1 July 2004');
  });
});
