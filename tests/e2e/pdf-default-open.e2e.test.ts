/**
 * 「PDF 默认用指标透镜打开」 in real Chromium: off (the default), a PDF link opens in the browser's own viewer; switched on
 * in the options page, the same link — and a PDF served as application/pdf under an address without .pdf — opens in
 * the extension's viewer, which reads it; switched off again, the browser's viewer is back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../src/harness/browser';
import { startFixtureServer, type FixtureServer } from '../../src/harness/fixture-server';
import { DOCUMENTS_DIR } from '../fixtures/documents/fixture-sources';

process.env.LANGUAGE = 'zh_CN:zh';

let server: FixtureServer;
let browser: ExtensionBrowser | undefined;
let linksUrl = '';
// A query of its own (two parameters): it must reach the viewer whole.
const PDF_PATH = '/files/summary-003.pdf';
const PDF_QUERY = '?id=3&lang=zh';
const SERVED_PATH = '/download';

beforeAll(async () => {
  server = await startFixtureServer();
  const body = fs.readFileSync(path.join(DOCUMENTS_DIR, 'summary-003.pdf'));
  server.add(PDF_PATH, { body, headers: { 'content-type': 'application/pdf' } });
  server.add(SERVED_PATH, { body, headers: { 'content-type': 'application/pdf' } });
  linksUrl = server.add('/links.html', {
    body: `<!doctype html><meta charset="utf-8"><title>附件</title><p><a id="pdf" href="${PDF_PATH}${PDF_QUERY}">附件1</a></p><p><a id="served" href="${SERVED_PATH}?file=7">附件2</a></p>`,
  });
  browser = await launchWithExtension({ locale: 'zh-CN' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const viewerPrefix = () => `chrome-extension://${browser!.extensionId}/pdf-viewer.html`;

/** Follows a link of the test page in its tab; resolves to the tab's address once it has left the page. */
async function follow(id: string): Promise<{ page: Page; url: string }> {
  const page = await browser!.context.newPage();
  await page.goto(linksUrl);
  await page.click(`#${id}`);
  await expect.poll(() => page.url(), { timeout: 15_000 }).not.toBe(linksUrl);
  // Settle: a redirect to the viewer happens before the first response is shown.
  await page.waitForLoadState('domcontentloaded').catch(() => undefined);
  return { page, url: page.url() };
}

function dynamicRuleIds(): Promise<number[]> {
  return browser!.worker.evaluate(async () =>
    (await (globalThis as unknown as { chrome: { declarativeNetRequest: { getDynamicRules(): Promise<Array<{ id: number }>> } } }).chrome.declarativeNetRequest.getDynamicRules()).map((r) => r.id),
  );
}

async function setOption(on: boolean): Promise<void> {
  const options = await browser!.context.newPage();
  await options.goto(`chrome-extension://${browser!.extensionId}/options.html`);
  const box = options.getByTestId('pdf-default');
  await expect.poll(() => box.isEnabled(), { timeout: 10_000 }).toBe(true);
  const label = await options.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getMessage(k: string): string } } }).chrome.i18n.getMessage('options_pdf_default'));
  expect(label).not.toBe('');
  expect(await options.getByTestId('pdf-default-section').textContent()).toContain(label);
  if ((await box.isChecked()) !== on) await box.click();
  await expect.poll(() => dynamicRuleIds(), { timeout: 10_000 }).toHaveLength(on ? 2 : 0);
  await options.close();
}

describe('PDFs open in the viewer by default (an option, off by default)', () => {
  it('off: a PDF link opens in the browser\'s own viewer', async () => {
    expect(await dynamicRuleIds()).toEqual([]);
    const { page, url } = await follow('pdf');
    expect(url).toBe(`${server.origin}${PDF_PATH}${PDF_QUERY}`);
    await page.close();
  });

  it('on: the same link opens in the extension\'s viewer, with the PDF\'s query whole, and its figures are read', async () => {
    await setOption(true);
    const { page, url } = await follow('pdf');
    expect(url).toBe(`${viewerPrefix()}?open=${server.origin}${PDF_PATH}${PDF_QUERY}`);
    await expect.poll(() => page.getByTestId('pdf-status').textContent(), { timeout: 30_000 }).toMatch(/\d+/);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('indicator-lens-actual')?.size ?? 0), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('on: a PDF served as application/pdf under an address without .pdf opens in the viewer too', async () => {
    const { page, url } = await follow('served');
    expect(url).toBe(`${viewerPrefix()}?open=${server.origin}${SERVED_PATH}?file=7`);
    await page.close();
  });

  it('a web page may not frame the viewer (now web-accessible): a framed viewer reads nothing', async () => {
    const framing = server.add('/frame.html', {
      body: `<!doctype html><meta charset="utf-8"><iframe src="${viewerPrefix()}?file=${encodeURIComponent(server.origin + PDF_PATH)}"></iframe>`,
    });
    const page = await browser!.context.newPage();
    await page.goto(framing);
    await expect.poll(() => page.frames().some((f) => f.url().startsWith(viewerPrefix())), { timeout: 10_000 }).toBe(true);
    const frame = page.frames().find((f) => f.url().startsWith(viewerPrefix()))!;
    const noFile = await frame.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getMessage(k: string): string } } }).chrome.i18n.getMessage('pdf_viewer_no_file'));
    await expect.poll(() => frame.getByTestId('pdf-status').textContent(), { timeout: 10_000 }).toBe(noFile);
    expect(await frame.locator('.page').count()).toBe(0);
    await page.close();
  });

  it('off again: the browser\'s viewer opens it', async () => {
    await setOption(false);
    const { page, url } = await follow('pdf');
    expect(url).toBe(`${server.origin}${PDF_PATH}${PDF_QUERY}`);
    await page.close();
  });
});
