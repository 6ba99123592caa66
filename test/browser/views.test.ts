/**
 * The researcher views in a real browser: playwright-core drives Debian's
 * Chromium against the real server on an ephemeral port with the real data
 * of data/. Each test opens a view, checks what it shows, saves a screenshot
 * to artifacts/ and runs axe-core (WCAG 2.2 A and AA rules and best
 * practices) in the page: no violation is allowed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEFAULTS, type Config } from '../../src/config';
import { startServer, type RunningServer } from '../../src/http/server';

const ROOT = path.join(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'artifacts');
const AXE = require.resolve('axe-core/axe.min.js');
const config: Config = { ...DEFAULTS, port: 0, workers: 1 };

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer(config, () => undefined);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // The audit injects axe-core as an inline script, which the site's Content-Security-Policy rightly refuses; the
  // policy itself is checked in site.test.ts, where nothing is injected.
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (name: string, fullPage = true) => page.screenshot({ path: path.join(ARTIFACTS, `views-${name}.png`), fullPage });

interface AxeViolation {
  readonly id: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** The accessibility violations axe-core finds in the page as it is now. */
async function axeViolations(): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  // Run in the page, where axe and document exist (a string, as the test's own TypeScript has no DOM types).
  const violations = (await page.evaluate(`(async () => {
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  })()`)) as AxeViolation[];
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')})`);
}

/** The text of the list under one status heading of the state-of-play section. */
async function statusList(heading: string): Promise<string> {
  const h = page.locator('section.state-of-play h3', { hasText: heading });
  if ((await h.count()) === 0) return '';
  return (await h.locator('xpath=following-sibling::ul[1]').textContent()) ?? '';
}

test('the accessibility check finds what is wrong in a page made to fail it', async () => {
  await page.setContent('<!DOCTYPE html><html><head><title>x</title></head><body><img src="data:,"><a href="/x"></a></body></html>');
  const found = await axeViolations();
  expect(found.map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['image-alt', 'link-name', 'html-has-lang']));
});

test('the US page as of 2020-06-01 has the US negotiating with Australia and the agreement not yet concluded', async () => {
  await page.goto(`${server.url}/id/state/united-states`);
  // The date control is a plain GET form: fill it in and submit, as a reader would.
  await page.fill('#as-of-date', '2020-06-01');
  await page.click('form.as-of button[type="submit"]');
  await page.waitForURL('**/id/state/united-states?asOf=2020-06-01');
  expect(await page.locator('#state-of-play').textContent()).toBe('State of play on 2020-06-01');
  expect(await statusList('Held on this date')).toMatch(/United States negotiating with\s+Australia/);
  expect(await statusList('Not yet')).toMatch(/United States concluded with\s+Australia/);
  await page.locator('#state-of-play').scrollIntoViewIfNeeded();
  await shot('as-of-2020-06-01', false);
  expect(await axeViolations()).toEqual([]);
});

test('the US page as of 2022-01-01 has the agreement concluded and the negotiations ended', async () => {
  await page.goto(`${server.url}/id/state/united-states?asOf=2022-01-01`);
  expect(await statusList('Held on this date')).toMatch(/United States concluded with\s+Australia/);
  expect(await statusList('Ended before this date')).toMatch(/United States negotiating with\s+Australia/);
  // A day where something changed is one click away.
  await page.click('nav.changes a:text-is("2021-12-16")');
  await page.waitForURL('**asOf=2021-12-16');
  await page.locator('#state-of-play').scrollIntoViewIfNeeded();
  await shot('as-of-2022-01-01', false);
  expect(await axeViolations()).toEqual([]);
});

test('the timeline of the graph draws a dot per event with a legend and lists the same events', async () => {
  await page.goto(`${server.url}/timeline`);
  const dots = await page.locator('svg.timeline-svg circle').count();
  expect(dots).toBeGreaterThan(30);
  expect(await page.locator('ol.events > li').count()).toBe(dots);
  expect(await page.locator('figcaption .legend li').count()).toBeGreaterThanOrEqual(5);
  // The labels link to their statements.
  const href = await page.locator('svg.timeline-svg a').first().getAttribute('href');
  expect(href).toMatch(/^\/id\/statement\//);
  await shot('timeline', false);
  expect(await axeViolations()).toEqual([]);
});

test('the comparison of the US, the EU and the UK has a column per actor, and the picker changes the actors', async () => {
  await page.goto(`${server.url}/compare?actors=united-states,european-union,united-kingdom`);
  expect(await page.locator('table.matrix thead th').allTextContents()).toEqual(['Instrument, process or actor', 'United States', 'European Union', 'United Kingdom']);
  const first = page.locator('table.matrix tbody tr').first();
  expect(await first.getAttribute('class')).toBe('differs');
  // A cell's quote opens without JavaScript (details and summary).
  const details = page.locator('table.matrix details:has(blockquote)').first();
  await details.locator('summary').click();
  // A statement shows the source's words where its text is stored, else the curator's note.
  expect(await details.locator('blockquote, p.note').first().isVisible()).toBe(true);
  await shot('compare', false);
  expect(await axeViolations()).toEqual([]);
  await page.uncheck('input[name="actors"][value="united-kingdom"]');
  await page.check('input[name="actors"][value="australia"]');
  await page.click('form.picker button[type="submit"]');
  await page.waitForURL('**/compare?actors=australia&actors=european-union&actors=united-states**');
  expect(await page.locator('table.matrix thead th').allTextContents()).toEqual(['Instrument, process or actor', 'Australia', 'European Union', 'United States']);
});

test('an entity page has a diagram of its direct relations, each node linked to its page, hidden from screen readers', async () => {
  await page.goto(`${server.url}/id/state/united-states`);
  const svg = page.locator('svg.neighbourhood');
  expect(await svg.getAttribute('aria-hidden')).toBe('true');
  const nodes = await svg.locator('g.node').count();
  expect(nodes).toBeGreaterThan(10);
  expect(await svg.locator('g.node a[href="/id/state/australia"]').count()).toBe(1);
  await page.locator('section.neighbourhood').screenshot({ path: path.join(ARTIFACTS, 'views-neighbourhood.png') });
  expect(await axeViolations()).toEqual([]);
});

test('typing "budapst" in the search box of any page suggests and then finds the Convention on Cybercrime', async () => {
  await page.goto(`${server.url}/timeline`);
  const suggestions = page.waitForResponse((r) => r.url().includes('/search?q=budapst') && r.request().headers().accept === 'application/json');
  await page.locator('#site-search').pressSequentially('budapst', { delay: 20 });
  await suggestions;
  // The type-ahead fills the box's datalist from /search as JSON.
  await page.waitForFunction(() => (globalThis as unknown as { document: { querySelectorAll: (s: string) => { length: number } } }).document.querySelectorAll('#site-search-options option').length > 0);
  expect(await page.locator('#site-search-options option').first().getAttribute('value')).toBe('Convention on Cybercrime');
  await page.locator('#site-search').press('Enter');
  await page.waitForURL('**/search?q=budapst');
  expect(await page.locator('ol.results > li a').first().textContent()).toBe('Convention on Cybercrime');
  await shot('search', false);
  expect(await axeViolations()).toEqual([]);
});
