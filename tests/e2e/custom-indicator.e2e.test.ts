/**
 * Settings in every browser (Chromium, Firefox ESR, Firefox 140 ESR): a custom indicator defined in the options page is highlighted on an already open tab
 * (no reload) and compared in the popup; switching the site off clears the page, switching it on paints it again,
 * and a page opened while its site is off gets no annotator until the site is switched on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersToRun, launchDriver, type BrowserDriver, type DrivenPage } from '../../src/harness/drivers';
import { startFixtureServer, type FixtureServer } from '../../src/harness/fixture-server';
import { click, paintedTexts, pollFor, setValue, settledHighlights, tintUnder, waitForSelector } from '../../src/harness/page-actions';

const FIGURE = '养老保险基金结余12.5亿元';
const ARTICLE = [
  '2023年全市人力资源和社会保障工作总结',
  '全市人社系统坚持就业优先，全年城镇新增就业1.2万人，城镇登记失业率控制在3.5%以内。',
  '发放创业担保贷款6568万元，开展职业技能培训4.8万人次。',
  `社会保险参保扩面持续推进，企业职工${FIGURE}，社会保险基金运行平稳。`,
  '劳动保障监察和劳动人事争议调解仲裁工作扎实开展。',
];
const HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>人社工作总结</title></head><body>${ARTICLE.map(
  (p, i) => (i === 0 ? `<h1>${p}</h1>` : `<p>${p}</p>`),
).join('')}</body></html>`;

/** Waits until some painted highlight covers `text` (or stops covering it when `present` is false). */
function waitForPainted(page: DrivenPage, text: string, present = true): Promise<string[]> {
  return pollFor(() => paintedTexts(page), (all) => all.includes(text) === present, 15_000);
}

describe.each(browsersToRun())('%s: custom indicators and per-site switch', (name) => {
  let server: FixtureServer;
  let driver: BrowserDriver;
  let article: DrivenPage;

  beforeAll(async () => {
    server = await startFixtureServer();
    driver = await launchDriver(name);
    article = await driver.open(server.add('/report.html', { body: HTML }));
    await settledHighlights(article);
  }, 90_000);

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  async function openOptions(): Promise<DrivenPage> {
    const options = await driver.openExtensionPage('options.html');
    await waitForSelector(options, '[data-state="ready"]');
    return options;
  }

  /** Waits for the options page to announce a completed save. */
  async function savedStatus(options: DrivenPage): Promise<void> {
    await pollFor(
      () => options.evaluate(() => document.querySelector('[data-testid="options-status"]')?.textContent ?? '', null),
      (s) => s !== '',
      10_000,
    );
  }

  it('the page starts with built-in figures only', async () => {
    const painted = await paintedTexts(article);
    expect(painted).toContain('城镇新增就业1.2万人');
    expect(painted).not.toContain(FIGURE);
  });

  it('a custom indicator defined in the options page is highlighted on the open tab without reload', async () => {
    // A mark in the page's own world: a reload would take it away.
    await article.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true), null);
    const options = await openOptions();
    // Controls by id: the UI language follows the browser's locale, which a fresh machine may lack.
    await setValue(options, '#il-custom-name', '养老基金结余');
    await setValue(options, '#il-custom-phrases', '养老保险基金结余');
    await setValue(options, '#il-custom-unit', '元', 'change');
    await click(options, '.il-opt-form button[type="submit"]');
    await waitForSelector(options, '[data-testid="custom-list"] li');
    await savedStatus(options);
    await options.close();

    const painted = await waitForPainted(article, FIGURE);
    expect(painted).toContain(FIGURE);
    expect(painted).toContain('城镇新增就业1.2万人');
    expect(await article.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded, null)).toBe(true);
  });

  it('the popup compares the custom indicator under the name the user gave it, in yuan', async () => {
    await article.bringToFront();
    const popup = await driver.openExtensionPage('popup.html');
    await waitForSelector(popup, '[data-state="ready"] [data-testid="compare-table"]', 20_000);
    const row = await pollFor(
      () =>
        popup.evaluate(() => {
          const tr = document.querySelector('[data-testid="compare-table"] tr[data-row^="custom:"]');
          return tr ? { key: tr.getAttribute('data-row'), text: tr.textContent ?? '' } : null;
        }, null),
      (r) => r !== null,
      5000,
    );
    await popup.close();
    expect(row, 'a custom:* row').not.toBeNull();
    expect(row!.text).toContain('养老基金结余');
    expect(row!.text).not.toContain('养老保险基金结余'); // the name, not the phrase found on the page
    expect(row!.text).toContain('12.5亿元');
  });

  it('switching the site off in the options clears the open page; switching it on paints it again', async () => {
    const options = await openOptions();
    await setValue(options, '#il-site-input', '127.0.0.1');
    await click(options, '#il-site-input ~ button[type="submit"]');
    expect(await waitForPainted(article, '城镇新增就业1.2万人', false)).toEqual([]);

    await click(options, 'ul[aria-labelledby="il-sites-title"] li button');
    expect(await waitForPainted(article, FIGURE)).toContain(FIGURE);
    await options.close();
  });

  it('a page opened while its site is off gets no annotator; switching the site on annotates it without reload', async () => {
    const options = await openOptions();
    await setValue(options, '#il-site-input', '127.0.0.1');
    await click(options, '#il-site-input ~ button[type="submit"]');
    await waitForSelector(options, 'ul[aria-labelledby="il-sites-title"] li');
    const late = await driver.open(`${server.origin}/report.html`);
    await new Promise((r) => setTimeout(r, 2000)); // the gate has long decided by now
    expect(await paintedTexts(late)).toEqual([]);
    // Nothing beyond the gate ran: the annotator marks the page by its UI host or its highlight sheet.
    expect(await late.evaluate(() => document.adoptedStyleSheets.length + document.querySelectorAll('[data-indicator-lens]').length, null)).toBe(0);

    await click(options, 'ul[aria-labelledby="il-sites-title"] li button');
    expect(await waitForPainted(late, FIGURE)).toContain(FIGURE);
    await options.close();
    await late.close();
  });

  it('a colour chosen in the options reaches the highlights on the open page', async () => {
    const options = await openOptions();
    await setValue(options, 'input[data-kind="actual"]', '#aa0000', 'change');
    await savedStatus(options);
    await options.close();
    await article.bringToFront();
    // #aa0000 as a tint over white: rgba(170, 0, 0, 0.18), about (240, 209, 209) on screen.
    const reddish = (c: [number, number, number] | null) => c !== null && c[0] - c[2] >= 20 && c[0] >= 235;
    const tint = await pollFor(() => tintUnder(article, 'indicator-lens-actual', '城镇新增就业1.2万人'), reddish, 10_000);
    expect(tint).toSatisfy(reddish);
  });
});
