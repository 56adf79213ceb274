/**
 * Issue 13's citable comparison in real Chromium with the built extension, on a county page like the issue's 定南 one:
 * core rows first and the other figures in a collapsed group; each cell's period type (a five-year total apart from its
 * yearly average); copy with source from a cell and from the card (what reaches the clipboard); the CSV's bytes.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickUiPart, launchWithExtension, uiParts, waitForHighlights, waitForUiPart, type ExtensionBrowser } from '../../src/harness/browser';
import { startFixtureServer, type FixtureServer } from '../../src/harness/fixture-server';

process.env.LANGUAGE = 'zh_CN:zh';

const TITLE = '定南县2023年就业工作成效显著';
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>${TITLE}</title></head><body>
<article><h1>${TITLE}</h1>
<p>2023年，定南县人社局扎实推进就业工作。全县城镇新增就业3300人，新增就业人数15325人，完成目标任务的108%。</p>
<p>全县开展职业技能培训4800人次，发放创业担保贷款6568万元，9户人家实现稳定就业。</p>
<p>“十三五”期间，全县城镇新增就业累计1.6万人，年均城镇新增就业3200人。</p>
<p>2024年，全县将确保城镇新增就业3000人以上，城镇登记失业率控制在4.5%以内。</p>
</article></body></html>`;

let server: FixtureServer;
let browser: ExtensionBrowser;
let tab: Page;
let popup: Page;
let url: string;

beforeAll(async () => {
  server = await startFixtureServer();
  url = server.add('/dingnan.html', { body: PAGE });
  browser = await launchWithExtension({ locale: 'zh-CN' });
  tab = await browser.context.newPage();
  await tab.goto(url);
  await waitForHighlights(tab, 5);
  popup = await browser.context.newPage();
  // What the popup writes to the clipboard, recorded on its way (the popup page is the extension's own document).
  await popup.addInitScript(() => {
    const copied: string[] = [];
    (globalThis as unknown as { copied: string[] }).copied = copied;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (s: string) => void copied.push(s) } });
  });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.waitForSelector('[data-state="ready"] [data-testid="compare-table"] tr[data-row="urban_new_jobs"]', { timeout: 20_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A UI message in the language the browser picked (Chinese with Debian's chromium-l10n, else English), read back
 * from the extension so the assertions hold in both.
 */
function m(key: string, subs: Array<string | number> = []): Promise<string> {
  return popup.evaluate(
    ([k, s]) => (globalThis as unknown as { chrome: { i18n: { getMessage(k: string, s: string[]): string } } }).chrome.i18n.getMessage(k, s),
    [key, subs.map(String)] as const,
  );
}

/** The citation's first two lines, as the extension's labels spell them. */
async function citedFacts(name: string, value: string, stated: string, kind: string): Promise<string> {
  return (
    `${name} ${value}（${await m('cite_stated')}：${stated}）\n` +
    `${await m('cite_kind')}：${await m(`compare_kind_${kind}`)}；${await m('cite_period')}：2023（${await m('period_type_year')}）；` +
    `${await m('cite_region')}：定南县（${await m('scope_county')}）\n`
  );
}

const rowKeys = () => popup.$$eval('[data-testid="compare-table"] tbody tr[data-row]', (trs) => trs.map((tr) => tr.getAttribute('data-row')));

describe('a comparison a journalist can cite', () => {
  it('lists the core rows first and keeps the other figures in a collapsed group that opens, with no fragment as a name', async () => {
    const keys = await rowKeys();
    expect(keys.length).toBeGreaterThanOrEqual(3);
    expect(keys.every((k) => !k!.startsWith('other:'))).toBe(true);
    const toggle = popup.locator('[data-testid="other-group"] button');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.textContent()).toContain(await m('compare_other_group', [3]));
    await toggle.click();
    await expect.poll(async () => (await rowKeys()).filter((k) => k!.startsWith('other:')).length).toBe(3);
    const names = await popup.$$eval('tr[data-row^="other:"] .il-row-name', (bs) => bs.map((b) => b.textContent));
    // The engine's label for 9户人家实现稳定就业 was 人家实现稳定就业: the counted word is not the measure.
    expect(names.sort()).toEqual(['新增就业人数', '新增就业人数完成比例', '稳定就业'].sort());
    expect(await popup.textContent('tr[data-row="other:稳定就业"]')).toContain('9户');
  });

  it('says what each cell covers: a year, a five-year total, a yearly average (in a column of its own)', async () => {
    const cells = await popup.$$eval('tr[data-row="urban_new_jobs"] td', (tds) =>
      tds.map((td) => [...td.querySelectorAll('.il-fig')].map((f) => `${f.querySelector('.il-open')!.textContent} [${f.querySelector('.il-ptype')!.textContent}]`)),
    );
    const all = cells.flat();
    const actual = await m('compare_kind_actual');
    const total = await m('period_type_multi_year');
    expect(all).toContain(`3300人 ${actual} [${await m('period_type_year')}]`);
    expect(all).toContain(`1.6万人 ${actual} [${total}]`);
    expect(all).toContain(`3200人 ${actual} [${await m('period_type_annual_average')}]`);
    // Never the total and the yearly figure in one cell.
    expect(cells.some((c) => c.length > 1 && c.some((l) => l.includes(total)) && c.some((l) => !l.includes(total)))).toBe(false);
    expect(await popup.textContent('thead')).toContain(`定南县 ${await m('scope_county')}`);
  });

  it('copies a cell with its source: exact value, kind, period, region, sentence, title, URL and the day', async () => {
    await popup.locator('tr[data-row="other:新增就业人数"] [data-copy="text"]').click();
    await expect.poll(() => popup.evaluate(() => (globalThis as unknown as { copied: string[] }).copied.length)).toBe(1);
    const text = await popup.evaluate(() => (globalThis as unknown as { copied: string[] }).copied[0]!);
    const today = await popup.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(text).toBe(
      (await citedFacts('新增就业人数', '15325人', '新增就业人数15325人', 'actual')) +
        '“全县城镇新增就业3300人，新增就业人数15325人，完成目标任务的108%。”\n' +
        `${await m('cite_source')}：《${TITLE}》 ${url}（${await m('cite_read_at')} ${today}）\n`,
    );
    expect(await popup.textContent('.il-status')).toBe(await m('cite_copied'));
  });

  it('exports CSV with headers in the UI language, the sentence, title, URL and read time, and no offsets', async () => {
    const button = popup.getByRole('button', { name: await m('compare_export_csv'), exact: true });
    const [download] = await Promise.all([popup.waitForEvent('download'), button.click()]);
    const csv = fs.readFileSync((await download.path())!).subarray(3).toString('utf8');
    const [head, ...rows] = csv.split('\r\n');
    const columns = ['indicator', 'label', 'value', 'max', 'unit', 'comparator', 'kind', 'masked', 'region', 'scope', 'period',
      'period_type', 'text', 'sentence', 'source_title', 'source_url', 'read_at', 'clipped_at', 'note'];
    expect(head).toBe((await Promise.all(columns.map((c) => m(`csv_${c}`)))).join(','));
    const row = rows.find((r) => r.includes(',15325,'))!;
    expect(row).toContain(`,${await m('scope_county')},2023,${await m('period_type_year')},新增就业人数15325人,全县城镇新增就业3300人，新增就业人数15325人，完成目标任务的108%。,`);
    expect(row).toContain(`,${TITLE},${url},`);
    expect(row).toMatch(new RegExp(`,${url.replace(/[.?]/g, '\\$&')},\\d{4}-\\d{2}-\\d{2}T`));
  });

  it('copies from the card on the page, through the real clipboard', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await tab.bringToFront();
    await tab.keyboard.press('Alt+Shift+KeyJ');
    await waitForUiPart(tab, 'card');
    expect(await uiParts(tab, 'period-type')).toEqual([await m('period_type_year')]);
    await clickUiPart(tab, 'copy');
    await expect.poll(() => uiParts(tab, 'copied')).toEqual([await m('cite_copied')]);
    const text = await tab.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain(await citedFacts(await m('indicator_urban_new_jobs'), '3300人', '城镇新增就业3300人', 'actual'));
    expect(text).toContain('全县城镇新增就业3300人');
    expect(text).toContain(`${await m('cite_source')}：《${TITLE}》 ${url}（${await m('cite_read_at')} `);
  });
});
