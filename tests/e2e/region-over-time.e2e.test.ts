/**
 * Issue 13's region over time in real Chromium with the built extension: 河南's 2026 work report open as two tabs —
 * its review of 十四五 and 2025, and its targets for 2026 — and, from the popup's 城镇新增就业 row, the full page's view
 * of 河南 across periods: the 2021–2025 and 2025 actuals and the 2026 target in time order, each with its page, whose
 * name brings that tab forward at the figure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, repoRoot, waitForHighlights, type ExtensionBrowser } from '../../src/harness/browser';
import { escapeHtml } from '../../src/harness/corpus-pages';
import { startFixtureServer, type FixtureServer } from '../../src/harness/fixture-server';
import { uiMessage } from '../../src/harness/ui-message';
import fs from 'node:fs';
import path from 'node:path';

process.env.LANGUAGE = 'zh_CN:zh';

const REVIEW_TITLE = '2026年河南省政府工作报告（一）：“十四五”时期和2025年工作回顾';
const TARGETS_TITLE = '河南2026年主要预期目标：城镇新增就业110万人以上';

/** The report's lines (a copy of the shared corpus's document, so the test runs on a clean clone). */
function reportLines(): string[] {
  return fs.readFileSync(path.join(repoRoot, 'tests/fixtures/work-reports/henan-2026-gwr.txt'), 'utf8').split('\n');
}

/** A plain article page: the heading and one paragraph a line. */
function articlePage(title: string, lines: readonly string[]): string {
  const paragraphs = lines.filter((l) => l.trim()).map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><article><h1>${escapeHtml(title)}</h1>\n${paragraphs}</article></body></html>`;
}

let server: FixtureServer;
let browser: ExtensionBrowser;
let targets: Page;
let view: Page;

beforeAll(async () => {
  const lines = reportLines();
  // The title, dateline and part one (十四五 and 2025 under review); then part three's opening with the year's targets.
  const review = lines.slice(lines.indexOf('2026年河南省政府工作报告'), lines.findIndex((l) => l.startsWith('二、“十五五”时期')));
  const plans = lines.slice(lines.findIndex((l) => l.startsWith('三、2026年重点工作安排')), lines.findIndex((l) => l.startsWith('重点做好十个方面工作')));
  expect(review.join('')).toContain('城镇新增就业603.7万人');
  expect(plans.join('')).toContain('城镇新增就业110万人以上');
  server = await startFixtureServer();
  browser = await launchWithExtension({ locale: 'zh-CN' });
  const reviewTab = await browser.context.newPage();
  await reviewTab.goto(server.add('/henan-review.html', { body: articlePage(REVIEW_TITLE, review) }));
  await waitForHighlights(reviewTab, 3);
  targets = await browser.context.newPage();
  await targets.goto(server.add('/henan-2026.html', { body: articlePage(TARGETS_TITLE, plans) }));
  await waitForHighlights(targets, 2);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const m = uiMessage;

/** The view's table as a reader sees it: period, targets, actuals, progress, the pages' names. */
function readRegionTable(page: Page): Promise<string[][]> {
  return page.$$eval('[data-testid="region-table"] tbody tr', (trs) =>
    trs.map((tr) =>
      [...tr.children].map((c) => {
        const buttons = [...c.querySelectorAll('.il-open, .il-source')];
        return buttons.length > 0 ? buttons.map((b) => b.textContent).join(' / ') : (c.textContent ?? '');
      }),
    ),
  );
}

describe('a region over time', () => {
  it("opens from the popup's 城镇新增就业 row on the full page, on 河南", async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForSelector('[data-state="ready"] tr[data-row="urban_new_jobs"]', { timeout: 20_000 });
    const name = await m(popup, 'indicator_urban_new_jobs');
    const [opened] = await Promise.all([
      browser.context.waitForEvent('page'),
      popup.getByRole('button', { name: await m(popup, 'region_track', [name]), exact: true }).click(),
    ]);
    view = opened;
    expect(view.url()).toMatch(new RegExp(`^chrome-extension://${browser.extensionId}/compare\\.html#region\\?row=urban_new_jobs&region=`));
    await view.waitForSelector('[data-testid="region-view"][data-state="ready"] [data-testid="region-table"]', { timeout: 20_000 });
    expect(await view.locator('[role="tab"][aria-selected="true"]').textContent()).toBe(await m(view, 'compare_tab_region'));
    expect(await view.locator('.il-region-heading').textContent()).toBe(await m(view, 'region_heading', ['河南省', name]));
  });

  it("shows 河南's 2021–2025 and 2025 actuals and its 2026 target, in that order, each with the page it came from", async () => {
    const [target, actual] = [await m(view, 'compare_kind_target'), await m(view, 'compare_kind_actual')];
    const rows = await readRegionTable(view);
    expect(rows.map((r) => r[0])).toEqual(['2021–2025', '2025', '2026']);
    expect(rows).toEqual([
      ['2021–2025', '', `603.7万人 ${actual}`, '', REVIEW_TITLE],
      ['2025', '', `121.7万人 ${actual}`, '', REVIEW_TITLE],
      ['2026', `≥110万人 ${target}`, '', '', TARGETS_TITLE],
    ]);
    // Each figure says what its period covers: the five years' total is not a year's figure.
    const types = await view.$$eval('[data-testid="region-table"] .il-ptype', (s) => s.map((e) => e.textContent));
    expect(types).toEqual([await m(view, 'period_type_multi_year'), await m(view, 'period_type_year'), await m(view, 'period_type_year')]);
    // The chart draws the years alike (2025's actual, 2026's target) and says it left the five-year total out.
    expect(await view.locator('[data-testid="chart-series"]').textContent()).toBe(
      `${await m(view, 'period_type_year')} · ${await m(view, 'scope_province')}`,
    );
    expect(await view.locator('[data-testid="chart-left-out"]').textContent()).toContain(await m(view, 'period_type_multi_year'));
    expect(await view.locator('[data-testid="chart"] rect.il-bar title').allTextContents()).toEqual([
      expect.stringContaining('2025'),
      expect.stringContaining('2026'),
    ]);
    if (process.env.UPDATE_SCREENSHOTS) {
      // The README's picture of the view: the table and the chart under it.
      await view.setViewportSize({ width: 900, height: 760 });
      await view.screenshot({ path: path.join(repoRoot, '.github/screenshots/region-over-time.png') });
    }
  });

  it("brings the 2026 target's tab forward and flashes the figure when its page is clicked", async () => {
    await view.getByRole('button', { name: await m(view, 'region_open_source', [TARGETS_TITLE]), exact: true }).click();
    await expect
      .poll(() => targets.evaluate(() => [...(CSS.highlights.get('indicator-lens-flash') ?? [])].map((r) => (r instanceof Range ? r.toString() : '')).join(' ')), {
        timeout: 15_000,
      })
      .toContain('110万人');
    expect(await targets.evaluate(() => document.visibilityState)).toBe('visible');
  });
});
