/**
 * `npm run demo`: builds the Chrome extension, serves the bundled sample pages (tests/fixtures/samples) on
 * 127.0.0.1, opens Debian's Chromium with the extension (a window when DISPLAY is set, headless otherwise),
 * lets it annotate every page in its own tab, opens the popup's comparison as a tab, and writes two screenshots
 * (an annotated page with a figure's card open, the comparison) to the folder it prints (default demo-out/).
 *
 *   npm run demo [-- --out DIR] [-- --exit]     (--exit: close a visible window at once instead of waiting)
 *   DEMO_LANGUAGE=en npm run demo               (English UI)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { escapeHtml, pageHtml } from '../harness/corpus-pages';
import { chromiumPath, launchWithExtension, paintedTexts, repoRoot, waitForHighlights, waitForUiPart } from '../harness/browser';
import { startFixtureServer } from '../harness/fixture-server';

const SAMPLES = path.join(repoRoot, 'tests/fixtures/samples');
/** The page shown with a card open: 陕西省 2022 targets. */
const SHOWCASE = '000_c01e68819d8d14d7';
const STYLE =
  '<style>body{max-width:760px;margin:24px auto;padding:0 16px;font:16px/1.8 "WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;color:#222}h1{font-size:24px}</style>';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function openFirstCard(page: Page): Promise<boolean> {
  await page.bringToFront();
  await page.mouse.click(5, 5); // focus the page, not the address bar
  await page.keyboard.press('Alt+Shift+KeyJ'); // the annotator's "next figure": scrolls to it and opens its card
  return waitForUiPart(page, 'card')
    .then(() => true)
    .catch(() => false);
}

/**
 * The screenshots are the README's only when the UI speaks Chinese: Debian's Chromium needs its locale pack for that
 * (it stays English without chromium-l10n whatever LANGUAGE says), which tests/setup.sh installs.
 */
async function warnUnlessChinese(extensionPage: Page): Promise<void> {
  if (process.env.DEMO_LANGUAGE) return;
  const language = await extensionPage.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
  if (!language.startsWith('zh')) {
    console.warn(`   (the browser's UI language is ${language}, not Chinese: install its locale pack, sudo apt-get install -y chromium-l10n)`);
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(chromiumPath)) {
    console.error(`No Chromium at ${chromiumPath}. Install it (Debian/Ubuntu) with:\n  sudo apt-get update && sudo apt-get install -y chromium chromium-l10n fonts-wqy-microhei`);
    process.exit(1);
  }
  const outDir = path.resolve(option('--out') ?? process.env.DEMO_OUT ?? path.join(repoRoot, 'demo-out'));
  const headless = !process.env.DISPLAY;

  console.log('== building the extension (chrome-mv3)');
  execFileSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'inherit' });

  const server = await startFixtureServer();
  const files = fs.readdirSync(SAMPLES).filter((f) => /\.(txt|html?)$/.test(f)).sort();
  const urls = files.map((f) => {
    const name = f.replace(/\.[^.]+$/, '');
    const source = fs.readFileSync(path.join(SAMPLES, f), 'utf8');
    // Plain-text samples have no title; their first line names the page in the comparison's column heads.
    const firstLine = source.split(/\r?\n/).map((l) => l.trim()).find((l) => l && !l.startsWith('<') && !l.startsWith('---'));
    const html = pageHtml(source, STYLE).replace('<title>fixture</title>', `<title>${escapeHtml((firstLine ?? name).slice(0, 40))}</title>`);
    return { name, url: server.add(`/samples/${name}.html`, { body: html }) };
  });
  console.log(`== serving ${urls.length} sample pages at ${server.origin}/samples/`);

  // Chromium on Linux takes its UI language (and so the extension's) from LANGUAGE; the product speaks Chinese.
  process.env.LANGUAGE = process.env.DEMO_LANGUAGE ?? 'zh_CN';
  const browser = await launchWithExtension({ headless, locale: 'zh-CN' });
  let exitCode = 0;
  try {
    const pages = new Map<string, Page>();
    for (const { name, url } of urls) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1100, height: 760 });
      await page.goto(url, { waitUntil: 'load' });
      pages.set(name, page);
    }
    for (const [name, page] of pages) {
      // Irrelevant pages (the game-prize notice) stay unpainted: give them a short wait only.
      const n = paintedTexts(await waitForHighlights(page, 1, name.startsWith('cnews') ? 3000 : 20_000)).length;
      console.log(`   ${String(n).padStart(3)} figures highlighted  ${name}`);
    }

    fs.mkdirSync(outDir, { recursive: true });
    const showcase = pages.get(SHOWCASE) ?? [...pages.values()][0]!;
    if (!(await openFirstCard(showcase))) console.warn('   (no card opened: the screenshot shows highlights only)');
    await showcase.waitForTimeout(300);
    const annotated = path.join(outDir, 'demo-annotated.png');
    await showcase.screenshot({ path: annotated });

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 800, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.waitForSelector('[data-state="ready"] [data-testid="compare-table"]', { timeout: 20_000 });
    await warnUnlessChinese(popup);
    await popup.waitForTimeout(300);
    const compare = path.join(outDir, 'demo-compare.png');
    await popup.screenshot({ path: compare });

    console.log(`== screenshots in ${outDir}\n   ${path.basename(annotated)}\n   ${path.basename(compare)}`);
    if (!headless && !process.argv.includes('--exit')) {
      console.log('== the browser stays open; close its window (or press Ctrl+C) to finish');
      await new Promise<void>((resolve) => {
        browser.context.on('close', () => resolve());
        process.once('SIGINT', () => resolve());
      });
    }
  } catch (err) {
    console.error(err);
    exitCode = 1;
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
  process.exit(exitCode);
}

void main();
