/**
 * Issue 13's small things in real Chromium with the built extension: a three-sentence news item with one core figure
 * is annotated; a printed page shows neither the extension's UI nor its tints; in the popup a figure reached by
 * keyboard (one Tab into the table, then arrow keys) shows a focus ring (light and dark) and its ☆ turns ★ when clipped,
 * and stays ★ the next time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  inExtensionUi,
  launchWithExtension,
  sendToActiveTab,
  tintUnder,
  uiParts,
  waitForHighlights,
  type ExtensionBrowser,
} from '../../src/harness/browser';
import { startFixtureServer, type FixtureServer } from '../../src/harness/fixture-server';

process.env.LANGUAGE = 'zh_CN:zh';

/** One labour word in the whole page: the gate's word count alone turned it away. */
const SHORT_ITEM = `<!doctype html><html><head><meta charset="utf-8"><title>前三季度我省经济数据发布</title></head><body>
<article><h1>前三季度我省经济数据发布</h1>
<p>今年前三季度，全省城镇新增就业72.5万人，完成全年目标任务的103.6%。</p>
<p>全省居民人均可支配收入同比增长5.1%。</p>
<p>下一步，全省将持续巩固经济回升向好态势。</p></article></body></html>`;

let server: FixtureServer;
let browser: ExtensionBrowser;
let news: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  server.add('/short-news.html', { body: SHORT_ITEM });
  browser = await launchWithExtension({ locale: 'zh-CN' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Presses Tab until the focused element matches `selector`; the number of presses, or null. */
async function tabTo(page: Page, selector: string, max = 80): Promise<number | null> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  return null;
}

/** Moves with ↓ to the row of `selector`, then with → to it. */
async function arrowTo(page: Page, selector: string, max = 40): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    const where = await page.evaluate((s) => {
      const el = document.activeElement;
      const target = document.querySelector(s);
      if (!el || !target) return 'lost';
      return el === target ? 'there' : el.closest('tr') === target.closest('tr') ? 'row' : 'elsewhere';
    }, selector);
    if (where === 'there') return true;
    if (where === 'lost') return false;
    await page.keyboard.press(where === 'row' ? 'ArrowRight' : 'ArrowDown');
  }
  return false;
}

function focusRing(page: Page): Promise<{ style: string; width: string; color: string }> {
  return page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return { style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor };
  });
}

describe('the small things of issue 13', () => {
  it('annotates a three-sentence news item that states 城镇新增就业72.5万人', async () => {
    news = await browser.context.newPage();
    await news.goto(`${server.origin}/short-news.html`);
    const dump = await waitForHighlights(news, 1);
    expect(Object.values(dump).flat().join('|')).toContain('城镇新增就业72.5万人');
  });

  it('prints the page without tints', async () => {
    const tint = () => tintUnder(news, 'indicator-lens-actual', '城镇新增就业72.5万人');
    await expect.poll(tint, { timeout: 5_000 }).not.toEqual([255, 255, 255]);
    await news.emulateMedia({ media: 'print' });
    // (The repaint for the new media follows a frame or so later.)
    await expect.poll(tint, { timeout: 5_000 }).toEqual([255, 255, 255]);
    await news.emulateMedia({ media: 'screen' });
    await expect.poll(tint, { timeout: 5_000 }).not.toEqual([255, 255, 255]);
  });

  it('prints the page without the panel', async () => {
    await news.bringToFront();
    expect(await sendToActiveTab(browser.worker, { type: 'panel:toggle', payload: {} })).toEqual({ ok: true, value: { open: true } });
    await expect.poll(() => uiParts(news, 'panel')).toHaveLength(1);
    const shown = () => inExtensionUi(news, (root) => root.querySelector('[data-part="panel"]')!.getClientRects().length, null);
    expect(await shown()).toBeGreaterThan(0);
    await news.emulateMedia({ media: 'print' });
    expect(await news.evaluate(() => getComputedStyle(document.querySelector('[data-indicator-lens]')!).display)).toBe('none');
    expect(await shown()).toBe(0);
    await news.emulateMedia({ media: 'screen' });
    expect(await shown()).toBeGreaterThan(0);
  });

  it('in the popup, a ☆ reached by Tab and the arrow keys shows a focus ring in light and dark, turns ★ when clipped, and Tab leaves the table', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForSelector('[data-state="ready"] [data-testid="compare-table"]', { timeout: 20_000 });
    const star = 'tr[data-row="urban_new_jobs"] .il-clip';
    expect(await popup.textContent(star)).toBe('☆');
    // Tab reaches the table once; the arrow keys go the rest of the way.
    expect(await tabTo(popup, '[data-testid="compare-table"] button')).not.toBeNull();
    expect(await arrowTo(popup, star)).toBe(true);
    const light = await focusRing(popup);
    expect(light.style).toBe('solid');
    expect(parseFloat(light.width)).toBeGreaterThanOrEqual(2);
    await popup.emulateMedia({ colorScheme: 'dark' });
    const dark = await focusRing(popup);
    expect(dark.style).toBe('solid');
    expect(parseFloat(dark.width)).toBeGreaterThanOrEqual(2);
    expect(dark.color).not.toBe(light.color);

    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.textContent(star)).toBe('★');
    expect(await popup.getAttribute(star, 'aria-pressed')).toBe('true');
    // Tab leaves the table at once, not after every figure.
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.closest('[data-testid="compare-table"]') ?? null)).toBeNull();

    // The library holds it: the next popup shows ★ from the start.
    await popup.reload();
    await popup.waitForSelector('[data-state="ready"] [data-testid="compare-table"]', { timeout: 20_000 });
    await expect.poll(() => popup.textContent(star)).toBe('★');
    await popup.close();
  });
});
