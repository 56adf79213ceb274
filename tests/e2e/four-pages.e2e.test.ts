/**
 * The four real pages issue 13 was tried on — 河南's and 重庆's 2026 work reports, the 2015 State Council report and
 * 江西日报's page on 定南 — each served inside a portal's furniture (nav, byline, 相关新闻 sidebar, footer: the eval's
 * wrapper), open in four tabs at once. The popup's first screen shows the core rows, each figure with its period type
 * and each column with its level; the other figures wait in a collapsed group, and none of their names is a fragment.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { wrapInFurniture } from '../../src/eval/furniture';
import { launchWithExtension, repoRoot, waitForHighlights, type ExtensionBrowser } from '../../src/harness/browser';
import { CORE_IDS } from '../../src/harness/corpus-pages';
import { startFixtureServer, type FixtureServer } from '../../src/harness/fixture-server';
import { uiMessage } from '../../src/harness/ui-message';
import { looksLikeHtml } from '../../src/page/html';
import { documentFromSource } from '../../src/page/text-file';

process.env.LANGUAGE = 'zh_CN:zh';

const PAGES = {
  henan: 'tests/fixtures/work-reports/henan-2026-gwr.txt',
  chongqing: 'tests/fixtures/work-reports/chongqing-2026-gwr.txt',
  national: 'tests/fixtures/work-reports/national-2015-gwr.txt',
  dingnan: 'tests/fixtures/samples/dingnan-2015-jxrb.html',
} as const;

/** What the popup's window shows before any scrolling (Chrome caps a popup at 800×600). */
const POPUP = { width: 800, height: 600 };

let server: FixtureServer;
let browser: ExtensionBrowser;
let popup: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ locale: 'zh-CN' });
  let seed = 0;
  for (const [name, file] of Object.entries(PAGES)) {
    const source = fs.readFileSync(path.join(repoRoot, file), 'utf8');
    const article = documentFromSource(source, looksLikeHtml(source));
    const tab = await browser.context.newPage();
    await tab.goto(server.add(`/portal/${name}.html`, { body: wrapInFurniture(article, { seed: ++seed }) }));
    await waitForHighlights(tab, 3);
  }
  popup = await browser.context.newPage();
  await popup.setViewportSize(POPUP);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.waitForSelector('[data-state="ready"] [data-testid="compare-table"] tr[data-row="urban_new_jobs"]', { timeout: 20_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const m = (key: string, subs: Array<string | number> = []) => uiMessage(popup, key, subs);

interface Shown {
  /** Rows whose name is inside the popup's window, in order. */
  rows: string[];
  /** Every figure line inside the window: its text and the period type beside it. */
  figures: Array<{ row: string; text: string; periodType: string }>;
  /** The headers of the columns inside the window: region and the level beside it. */
  heads: Array<{ region: string; scope: string | null; period: string }>;
}

/** What the popup's first screen shows, read in the page by where things are drawn. */
function firstScreen(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const inView = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
    };
    const rows = [...document.querySelectorAll('[data-testid="compare-table"] tbody tr[data-row]')]
      .filter((tr) => inView(tr.querySelector('th')!))
      .map((tr) => tr.getAttribute('data-row')!);
    const figures = [...document.querySelectorAll('[data-testid="compare-table"] tbody .il-fig')]
      .filter((f) => inView(f.querySelector('.il-open')!))
      .map((f) => ({
        row: f.closest('tr')!.getAttribute('data-row')!,
        text: f.querySelector('.il-open')!.textContent ?? '',
        periodType: f.querySelector('.il-ptype')?.textContent ?? '',
      }));
    const heads = [...document.querySelectorAll('[data-testid="compare-table"] thead th[data-col]')]
      .filter(inView)
      .map((th) => ({
        region: th.querySelector('.il-col-region')!.firstChild?.textContent?.trim() ?? '',
        scope: th.querySelector('.il-col-scope')?.textContent ?? null,
        period: th.querySelector('.il-col-period')?.textContent ?? '',
      }));
    return { rows, figures, heads };
  });
}

/**
 * A name cut out of running text rather than the thing measured: a joining word at either end (乡镇卫生院和), a lone
 * verb or counted word (分别进驻, 人家), a bare word that names no measure (资金), a figure or unit inside, one character.
 */
function isFragment(name: string): boolean {
  return (
    [...name].length < 2 ||
    /^[和与及或的等并且而、，,]|[和与及或的等、，,]$/.test(name) ||
    /[0-9０-９%‰]/.test(name) ||
    /^(?:分别|均|共|累计|其中|同比|环比|比上年|较上年|增长|下降|达到|实现|完成)/.test(name) ||
    ['人家', '资金', '分别进驻', '人数', '人次', '万人', '项目', '企业', '增加', '增长'].includes(name)
  );
}

describe('the four pages of issue 13 in page furniture', () => {
  it("the popup's first screen shows core rows only, every figure with its period type, every column with its level", async () => {
    const shown = await firstScreen(popup);
    expect(shown.rows.length, 'rows on the first screen').toBeGreaterThanOrEqual(5);
    expect(shown.rows.filter((r) => !CORE_IDS.has(r))).toEqual([]);
    expect(shown.figures.length).toBeGreaterThanOrEqual(5);
    const types = new Set(
      await Promise.all(['year', 'part_year', 'cumulative', 'annual_average', 'multi_year', 'plan_horizon'].map((t) => m(`period_type_${t}`))),
    );
    expect(shown.figures.filter((f) => !types.has(f.periodType))).toEqual([]);
    // Each column on the screen says whose figures it holds (全国 is its own level's name) and when.
    const national = await m('scope_national');
    expect(shown.heads.length).toBeGreaterThan(0);
    expect(shown.heads.filter((h) => (h.scope === null && h.region !== national) || h.period === '')).toEqual([]);
    // The four pages' regions are all columns, at their levels.
    const all = await popup.$$eval('[data-testid="compare-table"] thead th[data-col]', (ths) =>
      ths.map((th) => `${th.querySelector('.il-col-region')!.firstChild?.textContent?.trim()}|${th.querySelector('.il-col-scope')?.textContent ?? ''}`),
    );
    const [province, county] = [await m('scope_province'), await m('scope_county')];
    for (const column of [`河南省|${province}`, `重庆市|${province}`, `全国|${national === '全国' ? '' : national}`, `定南县|${county}`]) expect(all).toContain(column);
    // Every row before the other group is a core indicator; the group is closed.
    const toggle = popup.locator('[data-testid="other-group"] button');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const beforeGroup = await popup.$$eval('[data-testid="compare-table"] tbody tr', (trs) => {
      const keys: string[] = [];
      for (const tr of trs) {
        if (tr.getAttribute('data-testid') === 'other-group') break;
        keys.push(tr.getAttribute('data-row') ?? '');
      }
      return keys;
    });
    expect(beforeGroup.filter((k) => !CORE_IDS.has(k))).toEqual([]);
  });

  it('names no other figure by a fragment', async () => {
    await popup.locator('[data-testid="other-group"] button').click();
    await expect.poll(() => popup.locator('tr[data-row^="other:"]').count()).toBeGreaterThan(0);
    const names = await popup.$$eval('tr[data-row^="other:"] .il-row-name', (bs) => bs.map((b) => b.textContent ?? ''));
    const unnamed = await m('compare_other_unnamed');
    expect(names.filter((n) => n !== unnamed && isFragment(n))).toEqual([]);
  });
});
