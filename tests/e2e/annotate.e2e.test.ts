/**
 * The built extension in real Chromium, on fixture pages made from the shared corpus: the long page's preview first,
 * pages that watch the performance timeline or reach for storage through the content script, and nothing goes to
 * the network. What every browser must do is in every-browser.e2e.test.ts (corpus pages under a strict CSP, late and
 * SPA content, irrelevant pages, the badge), in-page-ui.e2e.test.ts (frames, the card, Alt+Shift+J / K, the panel,
 * going back to a passage) and hostile-pages.e2e.test.ts (synthetic events, forged WXT events, reset stylesheets).
 * Chromium only here: these checks read the extension's isolated world (its timeline marks, what a script there gets
 * from storage) through the DevTools protocol (`extensionTimeline`); Firefox's WebDriver BiDi lists no realm of a
 * WebExtension content script to evaluate in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORE_IDS, loadCorpus, overlaps, pageHtml, articleHtml, withCoreFigures, type CorpusDoc } from '../../src/harness/corpus-pages';
import {
  activeTabBadge,
  tintUnder,
  launchWithExtension,
  paintedTexts,
  readHighlights,
  waitForHighlights,
  type ExtensionBrowser,
} from '../../src/harness/browser';
import { startFixtureServer, type FixtureServer } from '../../src/harness/fixture-server';
import { extensionTimeline, type BenchEntry } from '../../src/cli/bench-timeline';

const corpus = loadCorpus();
const relevantDocs = withCoreFigures(corpus);
const byName = (name: string) => corpus.find((d) => d.name === name);

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function missedGold(doc: CorpusDoc, highlighted: string[]) {
  return doc.gold.records
    .filter((r) => CORE_IDS.has(r.indicator))
    .filter((r) => !highlighted.some((h) => overlaps(h, r.text)))
    .map((r) => `${r.indicator} ${r.kind} «${r.text}»`);
}

describe('a long page', () => {
  it("on a long page, shows the first screens' figures first, then every figure of the page", async () => {
    // Several corpus articles one after another make a page far longer than the preview.
    const docs = relevantDocs.slice(0, 12);
    const body = docs.map((d) => `<section>${articleHtml(d.source).html}</section>`).join('');
    const url = server.add('/long.html', {
      body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>long</title></head><body>${body}</body></html>`,
    });
    const page = await browser.context.newPage();
    const timeline = await extensionTimeline(await browser.context.newCDPSession(page));
    await page.goto(url, { waitUntil: 'load' });
    const isComplete = (e: BenchEntry) => e.name === 'painted' && !(e.detail as { preview: boolean }).preview;
    await timeline.waitFor((entries) => entries.some(isComplete), 20_000);
    const marks = (await timeline.entries('painted')).map((e) => e.detail as { records: number; preview: boolean });
    const [text, texts] = await Promise.all([
      page.evaluate(() => document.body.innerText.length),
      readHighlights(page).then(paintedTexts),
    ]);
    await page.bringToFront();
    await expect.poll(() => activeTabBadge(browser.worker), { timeout: 5000 }).toBe(String(texts.length));
    await page.close();
    expect(text).toBeGreaterThan(30_000);
    expect(marks[0]).toMatchObject({ preview: true });
    expect(marks[0]!.records).toBeLessThan(marks.at(-1)!.records);
    expect(marks.at(-1)).toEqual({ records: texts.length, preview: false });
    // The last article's figures, far beyond the preview, are highlighted too.
    expect(missedGold(docs.at(-1)!, texts)).toEqual([]);
  });
});

describe('a page that watches the performance timeline', () => {
  it('finds no entry of the extension, which keeps its timings in its own world', async () => {
    // The page observes marks and measures from its first script on, and reads the whole timeline afterwards.
    const watch =
      '<script>window.seen = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) seen.push(e.name); })' +
      '.observe({ entryTypes: ["mark", "measure"] });</script>';
    const page = await browser.context.newPage();
    const timeline = await extensionTimeline(await browser.context.newCDPSession(page));
    await page.goto(server.add('/watching.html', { body: pageHtml(byName('000_c01e68819d8d14d7')!.source, watch) }), { waitUntil: 'load' });
    await waitForHighlights(page);
    const painted = await timeline.waitFor((entries) => entries.some((e) => e.name === 'painted'), 10_000);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    const visible = await page.evaluate(() => ({
      observed: (window as unknown as { seen: string[] }).seen,
      listed: performance.getEntries().map((e) => e.name),
      byName: performance.getEntriesByName('indicator-lens:painted').length,
    }));
    await page.close();
    const ours = (names: string[]) => names.filter((n) => /indicator-lens/.test(n));
    expect(ours(visible.observed)).toEqual([]);
    expect(ours(visible.listed)).toEqual([]);
    expect(visible.byName).toBe(0);
    // The extension did annotate and time its work: the benchmarks' figures are there, in its isolated world.
    expect(painted.map((e) => e.name)).toEqual(expect.arrayContaining(['gate', 'painted']));
  });
});

describe('a page that drives our content script', () => {
  it('cannot reach the extension\'s storage through it, and the highlights keep the default colours', async () => {
    const page = await browser.context.newPage();
    const world = await extensionTimeline(await browser.context.newCDPSession(page));
    await page.goto(server.add('/storage-reach.html', { body: pageHtml(byName('000_c01e68819d8d14d7')!.source) }), { waitUntil: 'load' });
    await waitForHighlights(page);
    // What a script in the content scripts' world gets from each area (other tabs' figures, the settings).
    const reach = await world.evaluate(`Promise.all(['session', 'local', 'sync'].map((area) =>
      chrome.storage[area].get(null).then(() => area + ': read', (e) => area + ': ' + String(e.message ?? e))))`);
    // The annotator still styles its figures (the default target tint over white): the colours came by message.
    const tinted = (c: [number, number, number] | null) => c !== null && c[2] - c[0] >= 20 && c[2] >= 240;
    await expect.poll(() => tintUnder(page, 'indicator-lens-target', '城镇新增就业40万人'), { timeout: 5000 }).toSatisfy(tinted);
    await page.close();
    expect(reach).toEqual([
      expect.stringMatching(/^session: Access to storage is not allowed from this context/),
      expect.stringMatching(/^local: Access to storage is not allowed from this context/),
      expect.stringMatching(/^sync: Access to storage is not allowed from this context/),
    ]);
  });
});

describe('privacy', () => {
  it('makes no network request beyond the fixture pages and its own files', () => {
    const foreign = browser.requests
      .map((r) => r.url())
      // The fixture server answers as 127.0.0.1 and (for the cross-origin frame) as localhost.
      .filter((u) => !u.startsWith(server.origin) && !u.startsWith(server.origin.replace('127.0.0.1', 'localhost')))
      .filter((u) => !u.startsWith(`chrome-extension://${browser.extensionId}/`))
      .filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});
