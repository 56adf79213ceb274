/**
 * A library of 150,000 entries in real Chromium, all through the library view: imported from two files (the view's
 * import, 100,000 entries being the most one file may hold), listed, searched, exported as CSV and deleted. Each step
 * is timed and printed, so a slow one shows in CI's log.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../src/harness/browser';

const TOTAL = 150_000;
const FILES = [100_000, 50_000];
/** Every thousandth entry's page title holds this word: what the search finds. */
const RARE = '稀见';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'indicator-lens-big-library-'));
let browser: ExtensionBrowser;

/** An exported library file of `count` entries, numbered from `from` (each its own figure and page). */
function libraryFile(from: number, count: number): string {
  const entries = [];
  for (let i = from; i < from + count; i++) {
    const text = `城镇新增就业${i}人`;
    entries.push({
      record: { indicator: 'urban_new_jobs', label: '城镇新增就业', value: i, unit: '人', comparator: '=', kind: 'actual', masked: false, region: `第${i % 500}市`, period: '2023', text, start: 0, end: text.length },
      source: { url: `https://example.gov.cn/r/${i}.html`, title: i % 1000 === 0 ? `${RARE}报告${i}` : `报告${i}`, quote: text, prefix: '', suffix: '' },
      note: '',
      clippedAt: new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString(),
    });
  }
  return JSON.stringify({ format: 'indicator-lens-library', version: 1, exportedAt: new Date().toISOString(), entries });
}

function message(page: Page, key: string, subs: Array<string | number> = []): Promise<string> {
  return page.evaluate(
    ([k, s]) => (globalThis as unknown as { chrome: { i18n: { getMessage(k: string, s: string[]): string } } }).chrome.i18n.getMessage(k, s),
    [key, subs.map(String)] as const,
  );
}

/** A part's text, or null while it is not there (without waiting for it). */
const textOf = (page: Page, testId: string) =>
  page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null, testId);

const timings: string[] = [];
async function timed<T>(what: string, step: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  const out = await step();
  timings.push(`${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return out;
}

beforeAll(async () => {
  let from = 0;
  for (const [i, count] of FILES.entries()) {
    fs.writeFileSync(path.join(dir, `library-${i}.json`), libraryFile(from, count));
    from += count;
  }
  browser = await launchWithExtension();
});

afterAll(async () => {
  console.log(`150,000-entry library:\n  ${timings.join('\n  ')}`);
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a library of 150,000 entries', () => {
  it('is imported, listed, searched, exported and deleted from the library view', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/compare.html#library`);
    await expect.poll(() => page.locator('.il-library').getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');

    // Imported through the view, a file at a time, each listed (the count of all entries) once it is in.
    let stored = 0;
    for (const [i, n] of FILES.entries()) {
      await timed(`import of ${n.toLocaleString('en-US')} entries`, async () => {
        await page.getByTestId('import-file').setInputFiles(path.join(dir, `library-${i}.json`));
        const done = await message(page, 'library_imported', [n, 0]);
        await expect.poll(() => textOf(page, 'library-message'), { timeout: 600_000, interval: 500 }).toBe(done);
      });
      stored += n;
      await timed(`listing ${stored.toLocaleString('en-US')} entries`, async () => {
        await expect.poll(() => textOf(page, 'library-count'), { timeout: 300_000, interval: 500 }).toBe(await message(page, 'library_count', [stored]));
      });
    }

    // Listed: the first page of rows, newest first.
    const firstRows = page.locator('[data-testid="library-table"] tbody tr');
    await expect.poll(() => firstRows.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await firstRows.first().textContent()).toContain(`报告${TOTAL - 1}`);

    // Searched: a word in one title of a thousand.
    await timed('search', async () => {
      await page.getByRole('searchbox').fill(RARE);
      await expect.poll(() => textOf(page, 'library-count'), { timeout: 300_000, interval: 500 }).toBe(await message(page, 'library_count', [TOTAL / 1000]));
    });
    expect(await firstRows.first().textContent()).toContain(`${RARE}报告${TOTAL - 1000}`);
    await page.getByRole('searchbox').fill('');
    await expect.poll(() => textOf(page, 'library-count'), { timeout: 300_000, interval: 500 }).toBe(await message(page, 'library_count', [TOTAL]));

    // Exported: the CSV file holds a row for each entry.
    const csv = await timed('CSV export', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page.getByRole('button', { name: await message(page, 'compare_export_csv'), exact: true }).click(),
      ]);
      return fs.readFileSync((await download.path())!);
    });
    const lines = csv.toString('utf8').split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(TOTAL + 1);
    expect(lines.filter((l) => l.includes('https://example.gov.cn/r/')).length).toBe(TOTAL);

    // Deleted: every listed entry at once, and the library is empty.
    await timed('delete', async () => {
      await page.getByTestId('library-delete-listed').click();
      const deleted = await message(page, 'library_deleted', [TOTAL]);
      await expect.poll(() => textOf(page, 'library-message'), { timeout: 600_000, interval: 500 }).toContain(deleted);
      await expect.poll(() => textOf(page, 'library-count'), { timeout: 120_000, interval: 500 }).toBe(await message(page, 'library_count', [0]));
    });
    expect(await page.locator('.il-empty').textContent()).toBe(await message(page, 'library_empty'));
    const left = await page.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: { total: number } }> } } }).chrome.runtime
        .sendMessage({ type: 'library:list', payload: { page: { offset: 0, limit: 1 } } })
        .then((r) => r.value.total),
    );
    expect(left).toBe(0);
    await page.close();
  }, 1_500_000);
});
