/**
 * The extension makes no network request. Every request from extension contexts is recorded while it annotates
 * pages, opens its popup, settings and comparison pages, and rebuilds its engine for a new custom indicator:
 * - pages, extension pages and content scripts (whose fetches count as the page's): Playwright `request` events;
 * - the service worker: the CDP Network domain on its target, and Playwright's service-worker network events.
 * Allowed: the extension's own files (chrome-extension://<id>/) and the fixture pages the test itself opens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { loadCorpus, pageHtml } from '../../src/harness/corpus-pages';
import { launchWithExtension, waitForHighlights, type ExtensionBrowser } from '../../src/harness/browser';
import { startFixtureServer, type FixtureServer } from '../../src/harness/fixture-server';

const DOCS = ['000_c01e68819d8d14d7', '001_20dd1c6eb5c70df1', 'dingnan-2015-jxrb'];

let server: FixtureServer;
let browser: ExtensionBrowser;
let cdp: CDPSession;
const workerRequests: string[] = [];
const opened = new Set<string>();

/**
 * Attaches to the service worker's target (non-flattened session, through a blank page's CDP session) and records
 * its Network.requestWillBeSent.
 */
async function recordWorker(): Promise<void> {
  const page = await browser.context.newPage();
  cdp = await browser.context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: Array<{ targetId: string; type: string; url: string }>;
  };
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`));
  if (!sw) throw new Error('no service worker target');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as {
    sessionId: string;
  };
  cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
    if (e.sessionId !== sessionId) return;
    const msg = JSON.parse(e.message) as { method?: string; params?: { request?: { url: string } } };
    if (msg.method === 'Network.requestWillBeSent' && msg.params?.request) workerRequests.push(msg.params.request.url);
  });
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Network.enable' }) });
  // `page` stays open: the CDP session (and the worker recording) lives as long as it does.
}

beforeAll(async () => {
  server = await startFixtureServer();
  const corpus = loadCorpus();
  for (const name of DOCS) {
    const doc = corpus.find((d) => d.name === name);
    if (!doc) throw new Error(`corpus document ${name} missing`);
    // The page's own image: proof that page requests are being recorded at all.
    const url = server.add(`/doc/${name}.html`, { body: pageHtml(doc.source, '', '<img src="/own-image.png" alt="">') });
    opened.add(url);
  }
  browser = await launchWithExtension({ locale: 'zh-CN' });
  await recordWorker();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('privacy: no network requests', () => {
  it('annotating pages, the popup, the settings and the comparison page request nothing outside the extension', async () => {
    for (const url of opened) {
      const page = await browser.context.newPage();
      await page.goto(url);
      await waitForHighlights(page, 1);
    }
    const ext = (file: string) => `chrome-extension://${browser.extensionId}/${file}`;
    const popup = await browser.context.newPage();
    await popup.goto(ext('popup.html'));
    await popup.waitForSelector('[data-state="ready"] [data-testid="compare-table"]', { timeout: 20_000 });

    // A settings change makes the worker rebuild its engine and every tab extract again.
    const options = await browser.context.newPage();
    await options.goto(ext('options.html'));
    await options.waitForSelector('[data-state="ready"]');
    await options.fill('#il-custom-name', '养老保险基金结余');
    await options.fill('#il-custom-phrases', '养老保险基金结余');
    await options.click('.il-opt-form button[type="submit"]');
    await options.waitForSelector('[data-testid="custom-list"] li');

    const full = await browser.context.newPage();
    await full.goto(ext('compare.html'));
    await full.waitForLoadState('load');
    await new Promise((r) => setTimeout(r, 1500)); // let re-extraction and late work finish

    const all = [...browser.requests.map((r) => r.url()), ...workerRequests];
    const own = `chrome-extension://${browser.extensionId}/`;
    const outside = all.filter((url) => {
      if (url.startsWith(own)) return false;
      if (opened.has(url) || url === `${server.origin}/own-image.png`) return false;
      // Chromium asks every page's origin for a favicon by itself; no extension code does this.
      if (url === `${server.origin}/favicon.ico`) return false;
      return true;
    });
    expect(outside).toEqual([]);

    // The recorders were live: the pages' own image, and the worker loading jieba's WebAssembly from the package.
    expect(browser.requests.some((r) => r.url() === `${server.origin}/own-image.png`)).toBe(true);
    expect(workerRequests).toContain(`${own}jieba_rs_wasm_bg.wasm`);
    // Requests to the fixture server: only the pages this test opened and their own image, nothing from the extension.
    const toServer = all.filter((u) => u.startsWith(server.origin));
    expect(new Set(toServer)).toEqual(new Set([...opened, `${server.origin}/own-image.png`, ...toServer.filter((u) => u.endsWith('/favicon.ico'))]));
    console.log(
      `privacy: ${all.length} requests recorded (${browser.requests.length} pages, extension pages and worker via Playwright, ` +
        `${workerRequests.length} worker via CDP); ${outside.length} outside the extension and the fixture pages`,
    );
  });
});
