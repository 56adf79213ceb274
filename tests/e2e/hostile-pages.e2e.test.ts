/**
 * Pages that try to drive or reach the extension, in every supported browser (Chromium, Firefox ESR, Firefox 140 ESR):
 * synthetic keys and clicks open and clip nothing, the UI root stays closed to page scripts, forged WXT events and
 * window messages neither switch the annotator off nor hear the extension, and resetting the page's stylesheets
 * leaves the highlights drawn. The pages that watch the performance timeline or reach for storage through the content
 * script stay in annotate.e2e.test.ts (Chromium): their checks read the extension's isolated world through the
 * DevTools protocol.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, pageHtml } from '../../src/harness/corpus-pages';
import { browsersToRun, launchDriver, type BrowserDriver, type DrivenPage } from '../../src/harness/drivers';
import { clippedTexts, extensionMessage, highlightedBy, uiPartTexts, waitForUiPartIn } from '../../src/harness/driven-ui';
import { startFixtureServer, type FixtureServer } from '../../src/harness/fixture-server';
import { paintedTexts, pollFor, settledHighlights, tintUnder } from '../../src/harness/page-actions';

const corpus = loadCorpus();
const SHAANXI_SOURCE = corpus.find((d) => d.name === '000_c01e68819d8d14d7')!.source;
const SHAANXI = pageHtml(SHAANXI_SOURCE);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(browsersToRun())('%s: pages that drive or reach the extension', (name) => {
  let driver: BrowserDriver;
  let server: FixtureServer;
  /** An extension page, to read the library, the UI's words and the extension's id in. */
  let ext: DrivenPage;
  /** `runtime.id`: Chromium's extension id, Firefox's add-on id; WXT names its page events with it. */
  let extensionId: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    driver = await launchDriver(name);
    ext = await driver.openExtensionPage('options.html');
    extensionId = await ext.evaluate(() => (globalThis as unknown as { chrome: { runtime: { id: string } } }).chrome.runtime.id, null);
  }, 90_000);

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  describe('a page that drives the extension', () => {
    it('can neither open a card nor clip a figure: the UI is closed to its scripts and ignores the events they fire', async () => {
      const page = await driver.open(server.add('/hostile-clip.html', { body: SHAANXI }));
      await settledHighlights(page);
      await page.bringToFront();
      const clippedBefore = await clippedTexts(ext);
      const stepKeys = () =>
        page.evaluate(() => {
          for (let i = 0; i < 20; i++) {
            for (const target of [window, document, document.body]) {
              target.dispatchEvent(new KeyboardEvent('keydown', { key: 'J', code: 'KeyJ', altKey: true, shiftKey: true, bubbles: true }));
            }
          }
        }, null);
      // Keys a script dispatches step nothing…
      await stepKeys();
      await sleep(300);
      const cardAfterScriptKeys = await uiPartTexts(page, 'card');
      const focusAfterScriptKeys = await highlightedBy(page, 'indicator-lens-focus');
      // …while a person's do, and the card they open stays out of the page's reach.
      await page.press('Alt+Shift+KeyJ');
      await waitForUiPartIn(page, 'card');
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
      }, null);
      await stepKeys();
      const clippedAfter = await clippedTexts(ext);
      const clipLabel = await uiPartTexts(page, 'clip');
      await page.close();
      expect(cardAfterScriptKeys).toEqual([]);
      expect(focusAfterScriptKeys).toEqual([]);
      expect(attempt).toEqual({ host: true, root: false });
      expect(clippedAfter).toEqual(clippedBefore);
      expect(clipLabel).toEqual([await extensionMessage(ext, 'card_clip')]);
    });
  });

  describe("a page that forges the extension's own events", () => {
    it('hears nothing of the extension in its window messages', async () => {
      const listen = '<script>window.heard = []; addEventListener("message", (e) => heard.push(JSON.stringify(e.data)));</script>';
      const page = await driver.open(server.add('/listening.html', { body: pageHtml(SHAANXI_SOURCE, listen) }));
      await settledHighlights(page);
      const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard, null);
      await page.close();
      const host = new URL(driver.extensionOrigin()).host;
      expect(heard.filter((m) => m.includes(extensionId) || m.includes(host) || m.includes('wxt'))).toEqual([]);
    });

    it('cannot switch the annotator off by telling it a newer copy started', async () => {
      const page = await driver.open(server.add('/forged.html', { body: SHAANXI }));
      const before = await settledHighlights(page);
      // The event WXT's content-script context takes for a newer copy of the script (the id is on every annotated page).
      await page.evaluate((id) => {
        const type = `${id}:content:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
        window.postMessage({ type, contentScriptName: 'content', messageId: 'forged' }, '*');
      }, extensionId);
      await sleep(500);
      const after = await paintedTexts(page);
      // Still alive: a figure the page adds afterwards is read and highlighted.
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = '今年全省城镇新增就业人数达到98765人，职业技能培训54321人次。';
        document.body.append(p);
      }, null);
      const later = await pollFor(() => paintedTexts(page), (t) => t.some((s) => s.includes('98765')), 8000);
      await page.close();
      expect(after).toEqual(before);
      expect(later.some((t) => t.includes('98765'))).toBe(true);
    });
  });

  describe('a page that removes styles', () => {
    it('keeps the highlights visible when it resets its stylesheets, and gains none in its DOM', async () => {
      const page = await driver.open(server.add('/unstyled.html', { body: SHAANXI }));
      await settledHighlights(page);
      const figure = '城镇新增就业40万人';
      // The default target tint, rgba(37, 99, 235, 0.16) over white.
      const tinted = (c: [number, number, number] | null) => c !== null && c[2] - c[0] >= 20 && c[2] >= 240;
      const before = await pollFor(() => tintUnder(page, 'indicator-lens-target', figure), tinted, 5000);
      const sheets = await page.evaluate(() => {
        document.adoptedStyleSheets = [];
        for (const s of document.querySelectorAll('style, link[rel="stylesheet"]')) s.remove();
        return document.querySelectorAll('[data-indicator-lens]').length;
      }, null);
      await sleep(300);
      const after = await tintUnder(page, 'indicator-lens-target', figure);
      await page.close();
      expect(before, `the background under ${figure}`).toSatisfy(tinted);
      expect(sheets).toBe(0);
      expect(after, `the background under ${figure} after the page reset its sheets`).toSatisfy(tinted);
    });
  });
});
