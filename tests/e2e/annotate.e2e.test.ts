/**
 * The built extension in real Chromium, on fixture pages made from the shared corpus: the long page's preview first,
 * hostile pages, and nothing goes to the network. What every browser must do is in every-browser.e2e.test.ts (corpus
 * pages under a strict CSP, late and SPA content, irrelevant pages, the badge) and in-page-ui.e2e.test.ts (frames,
 * the card, Alt+Shift+J / K, the panel, going back to a passage). Chromium only here: the long page and the timeline
 * are read from the extension's isolated world through the DevTools protocol (`extensionTimeline`), and the hostile
 * pages' checks lean on Playwright's and the DevTools protocol's reach into the service worker and that world.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CORE_IDS, loadCorpus, overlaps, pageHtml, articleHtml, withCoreFigures, type CorpusDoc } from '../../src/harness/corpus-pages';
import {
  activeTabBadge,
  highlightTexts,
  libraryTexts,
  tintUnder,
  uiParts,
  launchWithExtension,
  paintedTexts,
  readHighlights,
  waitForHighlights,
  waitForUiPart,
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

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

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

describe('a page that drives the extension', () => {
  it("can neither open a card nor clip a figure: the UI is closed to its scripts and ignores the events they fire", async () => {
    const page = await open(server.add('/hostile-clip.html', { body: pageHtml(byName('000_c01e68819d8d14d7')!.source) }));
    await waitForHighlights(page);
    await page.bringToFront();
    const clippedBefore = await libraryTexts(browser);
    const stepKeys = () =>
      page.evaluate(() => {
        for (let i = 0; i < 20; i++) {
          for (const target of [window, document, document.body]) {
            target.dispatchEvent(new KeyboardEvent('keydown', { key: 'J', code: 'KeyJ', altKey: true, shiftKey: true, bubbles: true }));
          }
        }
      });
    // Keys a script dispatches step nothing…
    await stepKeys();
    await page.waitForTimeout(300);
    expect(await uiParts(page, 'card')).toEqual([]);
    expect(await highlightTexts(page, 'indicator-lens-focus')).toEqual([]);
    // …while a person's do, and the card they open stays out of the page's reach.
    await page.keyboard.press('Alt+Shift+KeyJ');
    await waitForUiPart(page, 'card');
    const attempt = await page.evaluate(async () => {
      const host = document.querySelector('[data-indicator-lens]') as HTMLElement | null;
      const root = host?.shadowRoot ?? null;
      for (let i = 0; i < 20; i++) {
        host?.click();
        host?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        (root?.querySelector('[data-part="clip"]') as HTMLElement | null)?.click();
      }
      await new Promise((r) => setTimeout(r, 300));
      return { host: host !== null, root: root !== null };
    });
    await stepKeys();
    const clippedAfter = await libraryTexts(browser);
    const clipLabel = await uiParts(page, 'clip');
    await page.close();
    expect(attempt).toEqual({ host: true, root: false });
    expect(clippedAfter).toEqual(clippedBefore);
    const idle = await browser.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { i18n: { getMessage(k: string): string } } }).chrome.i18n.getMessage('card_clip'),
    );
    expect(clipLabel).toEqual([idle]);
  });
});

describe('a page that forges the extension\'s own events', () => {
  it('hears nothing of the extension in its window messages', async () => {
    const listen = '<script>window.heard = []; addEventListener("message", (e) => heard.push(JSON.stringify(e.data)));</script>';
    const page = await open(server.add('/listening.html', { body: pageHtml(byName('000_c01e68819d8d14d7')!.source, listen) }));
    await waitForHighlights(page);
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    await page.close();
    expect(heard.filter((m) => m.includes(browser.extensionId) || m.includes('wxt'))).toEqual([]);
  });

  it('cannot switch the annotator off by telling it a newer copy started', async () => {
    const page = await open(server.add('/forged.html', { body: pageHtml(byName('000_c01e68819d8d14d7')!.source) }));
    const before = paintedTexts(await waitForHighlights(page));
    // The event WXT's content-script context takes for a newer copy of the script (the id is on every annotated page).
    await page.evaluate((id) => {
      const type = `${id}:content:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
      window.postMessage({ type, contentScriptName: 'content', messageId: 'forged' }, '*');
    }, browser.extensionId);
    await page.waitForTimeout(500);
    expect(paintedTexts(await readHighlights(page))).toEqual(before);
    // Still alive: a figure the page adds afterwards is read and highlighted.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '今年全省城镇新增就业人数达到98765人，职业技能培训54321人次。';
      document.body.append(p);
    });
    await expect.poll(async () => paintedTexts(await readHighlights(page)).some((t) => t.includes('98765')), { timeout: 8000 }).toBe(true);
    await page.close();
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

describe('a page that removes styles', () => {
  it('keeps the highlights visible when it resets its stylesheets, and gains none in its DOM', async () => {
    const page = await open(server.add('/unstyled.html', { body: pageHtml(byName('000_c01e68819d8d14d7')!.source) }));
    await waitForHighlights(page);
    const figure = '城镇新增就业40万人';
    // The default target tint, rgba(37, 99, 235, 0.16) over white.
    const tinted = (c: [number, number, number] | null) => c !== null && c[2] - c[0] >= 20 && c[2] >= 240;
    await expect.poll(() => tintUnder(page, 'indicator-lens-target', figure), { timeout: 5000 }).toSatisfy(tinted);
    const sheets = await page.evaluate(() => {
      document.adoptedStyleSheets = [];
      for (const s of document.querySelectorAll('style, link[rel="stylesheet"]')) s.remove();
      return document.querySelectorAll('[data-indicator-lens]').length;
    });
    const after = await tintUnder(page, 'indicator-lens-target', figure);
    await page.close();
    expect(sheets).toBe(0);
    expect(after, `the background under ${figure} after the page reset its sheets`).toSatisfy(tinted);
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
