/**
 * Settings in real Chromium: a custom indicator defined in the options page is highlighted on an already open tab
 * (no reload) and compared in the popup; switching the site off clears the page, switching it on paints it again,
 * and a page opened while its site is off gets no annotator until the site is switched on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, paintedTexts, readHighlights, tintUnder, waitForHighlights, type ExtensionBrowser } from '../../src/harness/browser';
import { startFixtureServer, type FixtureServer } from '../../src/harness/fixture-server';

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

let server: FixtureServer;
let browser: ExtensionBrowser;
let article: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  server.add('/report.html', { body: HTML });
  browser = await launchWithExtension({ locale: 'zh-CN' });
  article = await browser.context.newPage();
  await article.goto(`${server.origin}/report.html`);
  await waitForHighlights(article, 3);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openOptions(): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.waitForSelector('[data-state="ready"]');
  return options;
}

/** Waits for the options page to announce a completed save. */
async function savedStatus(options: Page): Promise<void> {
  await options.waitForFunction(() => (document.querySelector('[data-testid="options-status"]')?.textContent ?? '') !== '', undefined, {
    timeout: 10_000,
  });
}

/** Waits until some painted highlight covers `text` (or stops covering it when `present` is false). */
async function waitForPainted(page: Page, text: string, present = true): Promise<string[]> {
  await page
    .waitForFunction(
      ({ text, present }) => {
        const all = ['target', 'actual', 'progress', 'masked'].flatMap((k) =>
          [...(CSS.highlights.get(`indicator-lens-${k}`) ?? [])].map((r) => (r instanceof Range ? r.toString() : '')),
        );
        return all.includes(text) === present;
      },
      { text, present },
      { timeout: 15_000, polling: 100 },
    )
    .catch(() => undefined);
  return paintedTexts(await readHighlights(page));
}

describe('custom indicators and per-site switch', () => {
  it('the page starts with built-in figures only', async () => {
    const painted = paintedTexts(await readHighlights(article));
    expect(painted).toContain('城镇新增就业1.2万人');
    expect(painted).not.toContain(FIGURE);
  });

  it('a custom indicator defined in the options page is highlighted on the open tab without reload', async () => {
    const navigations: string[] = [];
    article.on('framenavigated', (f) => f === article.mainFrame() && navigations.push(f.url()));
    const options = await openOptions();
    // Controls by id: the UI language follows the browser's locale pack, which a fresh machine may lack.
    await options.fill('#il-custom-name', '养老基金结余');
    await options.fill('#il-custom-phrases', '养老保险基金结余');
    await options.selectOption('#il-custom-unit', '元');
    await options.click('.il-opt-form button[type="submit"]');
    await options.waitForSelector('[data-testid="custom-list"] li');
    await savedStatus(options);
    await options.close();

    const painted = await waitForPainted(article, FIGURE);
    expect(painted).toContain(FIGURE);
    expect(painted).toContain('城镇新增就业1.2万人');
    expect(navigations).toEqual([]);
  });

  it('the popup compares the custom indicator under the name the user gave it, in yuan', async () => {
    await article.bringToFront();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForSelector('[data-state="ready"] [data-testid="compare-table"]', { timeout: 20_000 });
    const row = await popup.evaluate(() => {
      const tr = document.querySelector('[data-testid="compare-table"] tr[data-row^="custom:"]');
      return tr ? { key: tr.getAttribute('data-row'), text: tr.textContent ?? '' } : null;
    });
    expect(row, 'a custom:* row').not.toBeNull();
    expect(row!.text).toContain('养老基金结余');
    expect(row!.text).not.toContain('养老保险基金结余'); // the name, not the phrase found on the page
    expect(row!.text).toContain('12.5亿元');
    await popup.close();
  });

  it('switching the site off in the options clears the open page; switching it on paints it again', async () => {
    const options = await openOptions();
    await options.fill('#il-site-input', '127.0.0.1');
    await options.click('#il-site-input ~ button[type="submit"]');
    expect(await waitForPainted(article, '城镇新增就业1.2万人', false)).toEqual([]);

    await options.click('ul[aria-labelledby="il-sites-title"] li button');
    expect(await waitForPainted(article, FIGURE)).toContain(FIGURE);
    await options.close();
  });

  it('a page opened while its site is off gets no annotator; switching the site on annotates it without reload', async () => {
    const options = await openOptions();
    await options.fill('#il-site-input', '127.0.0.1');
    await options.click('#il-site-input ~ button[type="submit"]');
    await options.waitForSelector('ul[aria-labelledby="il-sites-title"] li');
    const late = await browser.context.newPage();
    await late.goto(`${server.origin}/report.html`);
    await late.waitForTimeout(2000); // the gate has long decided by now
    expect(paintedTexts(await readHighlights(late))).toEqual([]);
    // Nothing beyond the gate ran: the annotator marks the page by its UI host or its highlight sheet.
    expect(await late.evaluate(() => document.adoptedStyleSheets.length + document.querySelectorAll('[data-indicator-lens]').length)).toBe(0);

    await options.click('ul[aria-labelledby="il-sites-title"] li button');
    expect(await waitForPainted(late, FIGURE)).toContain(FIGURE);
    await options.close();
    await late.close();
  });

  it('a colour chosen in the options reaches the highlights on the open page', async () => {
    const options = await openOptions();
    await options.locator('input[data-kind="actual"]').evaluate((el: HTMLInputElement) => {
      el.value = '#aa0000';
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await savedStatus(options);
    await options.close();
    // #aa0000 as a tint over white: rgba(170, 0, 0, 0.18), about (240, 209, 209) on screen.
    const reddish = (c: [number, number, number] | null) => c !== null && c[0] - c[2] >= 20 && c[0] >= 235;
    await expect
      .poll(() => tintUnder(article, 'indicator-lens-actual', '城镇新增就业1.2万人'), { timeout: 10_000, interval: 200 })
      .toSatisfy(reddish);
  });
});
