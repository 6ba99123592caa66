/**
 * The site in a real browser: playwright-core drives Debian's Chromium
 * (/usr/bin/chromium, `apt-get install chromium`) against the real server on
 * an ephemeral port, with the linked-data fixture data. It opens the home
 * page, follows links to the comparison and an entity page, runs a query in
 * the YASGUI editor and saves screenshots to artifacts/ (gitignored).
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEFAULTS, type Config } from '../../src/config';
import { startServer, type RunningServer } from '../../src/http/server';

const ROOT = path.join(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'artifacts');
/** Debian's Chromium (package chromium). */
const CHROMIUM = '/usr/bin/chromium';
const config: Config = { ...DEFAULTS, dataDir: path.join(ROOT, 'test/fixtures/linked-data/data'), port: 0, workers: 1 };

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer(config, () => undefined);
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: install the Debian package chromium (apt-get install -y chromium; .ci/run installs it)`);
  // launch() gives the browser a fresh temporary profile (user-data-dir) of its own, removed on close.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Chromium reports each load or run the Content-Security-Policy refused as a console error.
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) refusedByPolicy.push(`${page.url()}: ${m.text()}`);
  });
});

const refusedByPolicy: string[] = [];

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `site-${name}.png`), fullPage: true });

test('the home page says what CDKG is and counts resources per class', async () => {
  await page.goto(`${server.url}/`);
  expect(await page.locator('h1').textContent()).toContain('Cyber Diplomacy Knowledge Graph');
  expect(await page.locator('table tbody tr').count()).toBeGreaterThan(3);
  expect(await page.locator('a[href="/ontology"]').count()).toBeGreaterThan(0);
  await shot('home');
});

test('a link from the home page leads to the comparison page with both actors side by side', async () => {
  await page.click('a[href="/compare/united-states/european-union"]');
  await page.waitForURL('**/compare/united-states/european-union');
  const headers = await page.locator('thead th').allTextContents();
  expect(headers).toEqual(['Instrument, process or actor', 'United States', 'European Union']);
  const rows = await page.locator('tbody th[scope="row"] a').allTextContents();
  expect(rows).toEqual(expect.arrayContaining(['Budapest Convention', 'Ad Hoc Committee']));
  await shot('compare');
});

test('a row of the comparison links to the entity page, which shows facts with quotes and sources', async () => {
  await page.click('tbody th[scope="row"] a:text-is("Budapest Convention")');
  await page.waitForURL('**/id/instrument/budapest-convention');
  expect(await page.locator('h1').textContent()).toBe('Budapest Convention');
  expect(await page.locator('li.fact').count()).toBeGreaterThanOrEqual(3);
  // The source's own words in a <q> (quotation marks by CSS), the text around them beside it.
  expect(await page.locator('li.fact blockquote q').allTextContents()).toContainEqual(expect.stringMatching(/Budapest/));
  expect(await page.locator('li.fact blockquote .context').count()).toBeGreaterThan(0);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) as string) as { name: string };
  expect(jsonLd.name).toBe('Budapest Convention');
  await shot('entity');
});

test('the hostile label shows as text, and no script of the data runs', async () => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${server.url}/id/state/hostile`);
  expect(await page.locator('h1').textContent()).toBe('<script>alert(1)</script>');
  expect(dialogs).toEqual([]);
});

test('an example query opens in the YASGUI editor and its results appear', async () => {
  await page.goto(`${server.url}/`);
  const example = page.locator('#queries ~ ul a').first();
  const title = (await example.textContent()) as string;
  await example.click();
  await page.waitForURL('**/sparql**');
  // The pre-filled query is a tab of its own, named after the query, and it is the one in front.
  await page.locator('.tabsList .tab.active a', { hasText: title }).first().waitFor();
  await page.locator('.yasqe .CodeMirror').first().waitFor();
  await page.locator('.tabPanel.active .yasqe_queryButton').click();
  const rows = page.locator('.tabPanel.active .yasr .dataTable tbody tr');
  await rows.first().waitFor({ timeout: 20_000 });
  expect(await rows.count()).toBeGreaterThan(0);
  await shot('editor');
});

test('a named query followed from the list of queries shows its results as a table, not raw XML', async () => {
  await page.goto(`${server.url}/queries`);
  await page.click('a[href^="/queries/actor-profile"]');
  await page.waitForURL('**/queries/actor-profile**');
  expect(await page.locator('h1').textContent()).toBe('Actor profile');
  expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);
  expect(await page.locator('a', { hasText: 'Open this query in the SPARQL editor' }).count()).toBe(1);
  await shot('named-query');
});

test('a named-graph IRI opens as a page with the graph\'s size and downloads', async () => {
  await page.goto(`${server.url}/graph/statements`);
  expect(await page.locator('h1').textContent()).toBe('Graph statements');
  expect(await page.locator('a[download]').count()).toBe(4);
  await shot('graph');
});

test('no page of the visit needed anything the Content-Security-Policy refuses (the editor included)', async () => {
  const r = await page.goto(`${server.url}/sparql`);
  expect(r?.headers()['content-security-policy']).toMatch(/script-src 'self';/);
  await page.locator('.yasqe .CodeMirror').first().waitFor();
  expect(refusedByPolicy).toEqual([]);
});
