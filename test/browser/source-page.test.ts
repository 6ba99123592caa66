/**
 * The page of the Atlas source in a real browser (Debian's Chromium through
 * playwright-core), on the real data: its stored text is shown with every
 * quoted span marked, each statement's quote anchored and linked both ways.
 * The expected spans are read from the data files here, not from the page
 * code. Screenshot: artifacts/source-atlas.png (gitignored).
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CDKG, OA } from '../../ontology/namespaces';
import { DEFAULTS, type Config } from '../../src/config';
import { startServer, type RunningServer } from '../../src/http/server';
import { dataQuads } from '../data/kb-data';

const ROOT = path.join(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'artifacts');
const config: Config = { ...DEFAULTS, port: 0, workers: 1 };
const quads = dataQuads();
/** Statements quoting the Atlas, by slug, with their quotes' exact text. */
const quoted = new Map(
  quads
    .filter((q) => q.predicate.value === CDKG.quote)
    .map((q) => [q.subject.value.split('/').pop() as string, quads.find((x) => x.subject.equals(q.object) && x.predicate.value === OA.exact)?.object.value as string]),
);
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

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
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the Atlas page shows its stored text with every quoted span marked, each quote anchored by its statement', async () => {
  await page.goto(`${server.url}/id/source/atlas-us-eu`);
  expect(await page.locator('h2', { hasText: 'Stored text' }).count()).toBe(1);
  const text = normalise((await page.locator('.source-text').textContent()) as string);
  expect(text).toBe(normalise(fs.readFileSync(path.join(ROOT, 'sources/atlas-us-eu.txt'), 'utf8')));
  const anchors = await page.locator('.source-text .anchor').evaluateAll((els) => els.map((e) => e.id));
  expect(anchors.sort()).toEqual([...quoted.keys()].map((slug) => `st-${slug}`).sort());
  // Every character of every quote is inside a mark: a quote is a run of consecutive marked segments, so the marks
  // joined in page order hold each quote whole.
  const marked = normalise((await page.locator('.source-text mark').allTextContents()).join(''));
  expect([...quoted.values()].filter((exact) => !marked.includes(normalise(exact)))).toEqual([]);
  await page.screenshot({ path: path.join(ARTIFACTS, 'source-atlas.png'), fullPage: true });
});

test('a marked span links to the statement it backs, whose quote is that text', async () => {
  await page.goto(`${server.url}/id/source/atlas-us-eu`);
  const first = page.locator('.source-text a.quoted').first();
  const href = (await first.getAttribute('href')) as string;
  expect(href).toMatch(/^\/id\/statement\//);
  const markedText = normalise((await first.textContent()) as string);
  await first.click();
  await page.waitForURL(`**${href}`);
  const quote = normalise((await page.locator('li.fact blockquote q').first().textContent()) as string);
  expect(quote).toContain(markedText);
});

test("an entity page links each quote to its place in the source text and shows reference facts as the curator's notes", async () => {
  await page.goto(`${server.url}/id/state/united-states`);
  const link = page.locator('li.fact blockquote a', { hasText: 'in the source text' }).first();
  const href = (await link.getAttribute('href')) as string;
  expect(href).toMatch(/^\/id\/source\/atlas-us-eu#st-/);
  await link.click();
  await page.waitForURL(`**${href}`);
  expect(await page.locator(`[id="${href.split('#')[1]}"]`).count()).toBe(1);
  await page.goto(`${server.url}/id/state/united-states`);
  const notes = page.locator('li.fact p.note');
  expect(await notes.count()).toBeGreaterThan(5);
  // A note is never in quotation marks: no <q> or blockquote holds its text.
  const noteText = (await notes.first().textContent()) as string;
  expect(noteText).toMatch(/^Curator's note \(not the source's words\):/);
  await page.screenshot({ path: path.join(ARTIFACTS, 'entity-quotes-and-notes.png'), fullPage: true });
});
