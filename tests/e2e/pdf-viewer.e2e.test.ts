/**
 * The extension's PDF viewer in real Chromium: a corpus document printed to PDF, served over HTTP and opened in
 * pdf-viewer.html, shows every gold core figure highlighted in its text layer; its figures are the tab's results in
 * the popup beside a web page's, under the PDF's address with #page=N, can be clipped, and reveal from the popup comes
 * back to the viewer's passage; a scanned PDF and a missing file say why nothing is read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CORE_IDS, loadCorpus, overlaps, pageHtml } from '../../src/harness/corpus-pages';
import {
  clickUiPart,
  launchWithExtension,
  paintedTexts,
  readHighlights,
  uiParts,
  waitForHighlights,
  waitForUiPart,
  type ExtensionBrowser,
} from '../../src/harness/browser';
import { startFixtureServer, type FixtureServer } from '../../src/harness/fixture-server';
import { DOCUMENTS_DIR, goldPath, PRINTED } from '../fixtures/documents/fixture-sources';

process.env.LANGUAGE = 'zh_CN:zh';
const PRINTED_DOC = PRINTED.find((s) => s.fixture === 'summary-003.pdf')!;
const gold = JSON.parse(fs.readFileSync(goldPath(PRINTED_DOC), 'utf8')) as { records: Array<{ indicator: string; text: string }> };
const goldCore = gold.records.filter((r) => CORE_IDS.has(r.indicator));
const WEB_DOC = '000_c01e68819d8d14d7';

let server: FixtureServer;
let browser: ExtensionBrowser | undefined;
let pdfUrl = '';

beforeAll(async () => {
  server = await startFixtureServer();
  const pdf = { 'content-type': 'application/pdf' };
  pdfUrl = server.add('/files/summary-003.pdf', { body: fs.readFileSync(path.join(DOCUMENTS_DIR, PRINTED_DOC.fixture)), headers: pdf });
  server.add('/files/scanned.pdf', { body: fs.readFileSync(path.join(DOCUMENTS_DIR, 'scanned.pdf')), headers: pdf });
  server.add(`/doc/${WEB_DOC}.html`, { body: pageHtml(loadCorpus().find((d) => d.name === WEB_DOC)!.source) });
  browser = await launchWithExtension({ locale: 'zh-CN' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const viewerOf = (file: string) => `chrome-extension://${browser!.extensionId}/pdf-viewer.html?file=${encodeURIComponent(file)}`;

function message(page: Page, key: string, subs: string[] = []): Promise<string> {
  return page.evaluate(
    ([k, s]) => (globalThis as unknown as { chrome: { i18n: { getMessage(k: string, s: string[]): string } } }).chrome.i18n.getMessage(k, s),
    [key, subs] as const,
  );
}

/** Sends a protocol envelope from an extension page, as the popup does. */
async function ask<T>(page: Page, type: string, payload: unknown): Promise<T> {
  const reply = (await page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    { type, payload },
  )) as { ok: boolean; value: T; error?: string };
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.value;
}

describe('PDFs in the extension viewer', () => {
  let viewer: Page;

  it('a corpus document printed to PDF shows every gold core figure highlighted', async () => {
    expect(goldCore.length).toBeGreaterThan(5);
    viewer = await browser!.context.newPage();
    await viewer.goto(viewerOf(pdfUrl));
    const done = await message(viewer, 'pdf_viewer_done', ['\\d+', '\\d+']);
    await expect.poll(() => viewer.getByTestId('pdf-status').textContent(), { timeout: 30_000 }).toMatch(new RegExp(done));
    const painted = paintedTexts(await waitForHighlights(viewer, goldCore.length));
    const missed = goldCore.filter((g) => !painted.some((h) => overlaps(h, g.text))).map((g) => g.text);
    expect(missed).toEqual([]);
    // The highlights lie over the page: the text layer's spans under them are inside a page of the document.
    const inPage = await viewer.evaluate(() => {
      const ranges = [...(CSS.highlights.get('indicator-lens-target') ?? []), ...(CSS.highlights.get('indicator-lens-actual') ?? [])];
      return ranges.every((r) => (r as Range).startContainer.parentElement?.closest('.page .textLayer') != null);
    });
    expect(inPage).toBe(true);
  });

  it('pointing at a highlight opens its card, whose clip keeps the PDF address with its page', async () => {
    const box = await viewer.evaluate(() => {
      const range = [...(CSS.highlights.get('indicator-lens-target') ?? CSS.highlights.get('indicator-lens-actual')!)][0] as Range;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await viewer.mouse.move(box.x, box.y);
    await viewer.mouse.move(box.x + 1, box.y);
    await expect.poll(() => viewer.evaluate(() => CSS.highlights.get('indicator-lens-focus')?.size ?? 0), { timeout: 5_000 }).toBe(1);
    await waitForUiPart(viewer, 'card');
    await clickUiPart(viewer, 'clip');
    await expect.poll(async () => (await ask<{ entries: Array<{ source: { url: string } }> }>(viewer, 'library:list', {})).entries.map((e) => e.source.url), { timeout: 10_000 })
      .toEqual([expect.stringMatching(new RegExp(`^${pdfUrl.replace(/[.?]/g, '\\$&')}#page=\\d+$`))]);
  });

  it('Alt+Shift+J steps to the next figure and the panel lists them all', async () => {
    await viewer.mouse.move(5, 5);
    await viewer.keyboard.press('Escape');
    await viewer.keyboard.press('Alt+Shift+J');
    await waitForUiPart(viewer, 'card');
    await viewer.getByTestId('pdf-panel').click();
    await waitForUiPart(viewer, 'panel');
    expect((await uiParts(viewer, 'panel-item')).length).toBeGreaterThanOrEqual(goldCore.length);
  });

  it('its figures are the tab’s in the popup, beside a web page’s, under the PDF’s address with #page=N, and can be clipped', async () => {
    const web = await browser!.context.newPage();
    await web.goto(`${server.origin}/doc/${WEB_DOC}.html`);
    await waitForHighlights(web, 1);
    const popup = await browser!.context.newPage();
    await popup.goto(`chrome-extension://${browser!.extensionId}/popup.html`);
    await popup.waitForSelector('[data-state="ready"] [data-testid="compare-table"]', { timeout: 20_000 });
    const tabs = await ask<Array<{ url: string; title: string; result: { records: unknown[] } }>>(popup, 'tabs:results', {});
    const pdfPages = tabs.filter((t) => t.url.startsWith(`${pdfUrl}#page=`));
    expect(pdfPages.map((t) => t.url)).toEqual(expect.arrayContaining([`${pdfUrl}#page=1`]));
    expect(tabs.some((t) => t.url.startsWith(`${server.origin}/doc/`))).toBe(true);

    const pageTitle = pdfPages[0]!.title;
    const fig = popup.locator('.il-fig', { has: popup.locator(`.il-open[title*="${pageTitle}"]`) }).first();
    await fig.locator('button').last().click(); // ☆
    await expect.poll(async () => (await fig.locator('button').last().textContent())?.trim(), { timeout: 10_000 }).toBe('★');
    const library = await ask<{ entries: Array<{ source: { url: string } }> }>(popup, 'library:list', {});
    expect(library.entries.map((e) => e.source.url)).toContain(pdfPages[0]!.url);

    // Reveal from the popup: the viewer's tab comes back and flashes the passage.
    await fig.locator('.il-open').click();
    await expect.poll(() => viewer.evaluate(() => CSS.highlights.get('indicator-lens-flash')?.size ?? 0), { timeout: 10_000 }).toBe(1);
    await popup.close();
    await web.close();
  });

  it('a scanned PDF (no text layer) says so', async () => {
    const page = await browser!.context.newPage();
    await page.goto(viewerOf(`${server.origin}/files/scanned.pdf`));
    const said = await message(page, 'pdf_viewer_scanned', ['\\d+']);
    await expect.poll(() => page.getByTestId('pdf-status').textContent(), { timeout: 20_000 }).toMatch(new RegExp(said.replace(/[()（）]/g, '.')));
    expect(await page.getByTestId('pdf-status').getAttribute('role')).toBe('alert');
    expect(paintedTexts(await readHighlights(page))).toEqual([]);
    await page.close();
  });

  it('a PDF the server does not have says why', async () => {
    const page = await browser!.context.newPage();
    await page.goto(viewerOf(`${server.origin}/files/missing.pdf`));
    await expect.poll(() => page.getByTestId('pdf-status').textContent(), { timeout: 20_000 }).toContain('404');
    await page.close();
  });
});
