/**
 * Comparison and library in real Chromium with the built extension: three sample pages in tabs, the popup page
 * compares them, clipped records survive a browser restart, CSV export bytes, malformed import changes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadCorpus, pageHtml } from '../../src/harness/corpus-pages';
import { highlightTexts, launchWithExtension, repoRoot, waitForHighlights, type ExtensionBrowser } from '../../src/harness/browser';
import { startFixtureServer, type FixtureServer } from '../../src/harness/fixture-server';

const DOCS = { shaanxi: '000_c01e68819d8d14d7', shandong: '001_20dd1c6eb5c70df1', county: '004_7e97ff98d8e8a41e' };
const corpus = loadCorpus();
// Chromium on Linux takes its UI language (and so the extension's) from LANGUAGE; without the zh-CN locale pack
// (Debian chromium-l10n) it stays English, which the assertions below allow by reading the messages back.
process.env.LANGUAGE = 'zh_CN:zh';
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'indicator-lens-compare-'));

let server: FixtureServer;
let browser: ExtensionBrowser | undefined;

beforeAll(async () => {
  server = await startFixtureServer();
  for (const name of Object.values(DOCS)) {
    const doc = corpus.find((d) => d.name === name);
    if (!doc) throw new Error(`corpus document ${name} missing`);
    server.add(`/doc/${name}.html`, { body: pageHtml(doc.source) });
  }
  browser = await launchWithExtension({ userDataDir: profile, locale: 'zh-CN' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

/** Header texts of the comparison table and the text of one row's cells, column by column. */
async function readRow(page: Page, rowKey: string): Promise<{ heads: string[]; cells: string[] }> {
  return page.evaluate((key) => {
    const table = document.querySelector('[data-testid="compare-table"]')!;
    const heads = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent ?? '');
    const cells = [...table.querySelectorAll(`tr[data-row="${key}"] td`)].map((td) => td.textContent ?? '');
    return { heads, cells };
  }, rowKey);
}

/** A UI message in the language the browser picked (Chinese when its locale pack is installed, else English). */
function message(page: Page, key: string, subs: string[] = []): Promise<string> {
  return page.evaluate(
    ([k, s]) => (globalThis as unknown as { chrome: { i18n: { getMessage(k: string, s: string[]): string } } }).chrome.i18n.getMessage(k, s),
    [key, subs] as const,
  );
}

async function openExtensionPage(file: string): Promise<Page> {
  const page = await browser!.context.newPage();
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(`chrome-extension://${browser!.extensionId}/${file}`);
  return page;
}

describe('comparing tabs and keeping a library', () => {
  let clipped = 0;

  it('the popup compares 陕西省 2022 and 山东省 2022 new-jobs targets in one row', async () => {
    const tabs = new Map<string, Page>();
    for (const [key, name] of Object.entries(DOCS)) {
      const page = await browser!.context.newPage();
      await page.goto(`${server.origin}/doc/${name}.html`);
      await waitForHighlights(page, 1);
      tabs.set(key, page);
    }
    const popup = await openExtensionPage('popup.html');
    await popup.waitForSelector('[data-state="ready"] [data-testid="compare-table"]', { timeout: 20_000 });
    const { heads, cells } = await readRow(popup, 'urban_new_jobs');
    const sx = heads.findIndex((h) => h.includes('陕西省') && h.includes('2022'));
    const sd = heads.findIndex((h) => h.includes('山东省') && h.includes('2022'));
    expect(sx, `columns: ${heads.join(' | ')}`).toBeGreaterThanOrEqual(0);
    expect(sd, `columns: ${heads.join(' | ')}`).toBeGreaterThanOrEqual(0);
    const target = await message(popup, 'compare_kind_target');
    expect(cells[sx]).toContain(`≥40万人 ${target}`);
    expect(cells[sd]).toContain(`≥110万人 ${target}`);
    expect(heads.some((h) => h.includes('县'))).toBe(true);

    if (process.env.UPDATE_SCREENSHOTS) {
      const file = path.join(repoRoot, '.github/screenshots/popup-compare.png');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await popup.screenshot({ path: file });
    }

    // One click on a figure brings its tab forward and flashes the passage there.
    const shandongTab = tabs.get('shandong')!;
    const flashed = shandongTab.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const started = performance.now();
          const poll = () => {
            const flash = CSS.highlights.get('indicator-lens-flash');
            if (flash && flash.size > 0) resolve([...flash].map((r) => (r instanceof Range ? r.toString() : '')));
            else if (performance.now() - started > 15_000) resolve([]);
            else setTimeout(poll, 20);
          };
          poll();
        }),
    );
    await popup.locator('tr[data-row="urban_new_jobs"] td').nth(sd).getByRole('button').first().click();
    expect((await flashed).join(' ')).toContain('110万');
    expect(await shandongTab.evaluate(() => document.visibilityState)).toBe('visible');
    await popup.bringToFront();
    expect(await highlightTexts(shandongTab, 'indicator-lens-target').then((t) => t.length)).toBeGreaterThan(0);


    // Clip everything shown, then export the comparison as CSV.
    // Clip everything shown: the count shown is what the library must hold after a restart.
    await popup.getByRole('button', { name: await message(popup, 'compare_clip_all') }).click();
    const status = popup.locator('.il-status');
    const clippedPattern = new RegExp(await message(popup, 'compare_clip_result', ['(\\d+)', '\\d+']));
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(clippedPattern);
    clipped = Number(clippedPattern.exec((await status.textContent()) ?? '')![1]);
    expect(clipped).toBeGreaterThan(2);

    const exportButton = popup.getByRole('button', { name: await message(popup, 'compare_export_csv') });
    const [download] = await Promise.all([popup.waitForEvent('download'), exportButton.click()]);
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      'indicator,label,value,max,unit,comparator,kind,masked,region,period,text,start,end,source_url,source_title,clipped_at,note',
    );
    expect(lines.some((l) => l.startsWith('urban_new_jobs,') && l.includes(',400000,') && l.includes('陕西省'))).toBe(true);
    expect(lines.some((l) => l.startsWith('urban_new_jobs,') && l.includes(',1100000,') && l.includes('山东省'))).toBe(true);
  });

  it('clipped records are in the library after the browser restarts with the same profile', async () => {
    await browser!.close();
    browser = await launchWithExtension({ userDataDir: profile, locale: 'zh-CN' });
    const page = await openExtensionPage('compare.html#library');
    await page.waitForSelector('[data-testid="library-table"]', { timeout: 20_000 });
    const count = page.getByTestId('library-count');
    await expect.poll(() => count.textContent()).toBe(await message(page, 'library_count', [String(clipped)]));
    const text = (await page.getByTestId('library-table').textContent()) ?? '';
    expect(text).toContain('陕西省');
    expect(text).toContain('山东省');
    expect(text).toContain(`≥110万人 ${await message(page, 'compare_kind_target')}`);
  });

  it('a malformed import shows the error and leaves the library unchanged', async () => {
    const page = await openExtensionPage('compare.html#library');
    await page.waitForSelector('[data-testid="library-table"]', { timeout: 20_000 });
    const before = await page.getByTestId('library-table').textContent();
    await page.getByTestId('import-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"indicator-lens-library","version":1,"entries":[{"record":{"indicator":"urban_new_jobs"},"source":{}}]}'),
    });
    const alert = page.getByRole('alert');
    const failed = await message(page, 'library_import_failed', ['entries[0].source.url: expected a string']);
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toBe(failed);
    expect(await page.getByTestId('library-count').textContent()).toBe(await message(page, 'library_count', [String(clipped)]));
    expect(await page.getByTestId('library-table').textContent()).toBe(before);
  });
});
