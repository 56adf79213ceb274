/**
 * Saves .github/screenshots/annotated-card.png (`npm run screenshot`): a corpus page annotated by the built
 * extension in Chromium, with the card open on 城镇新增就业; and pdf-annotated.png, a printed corpus document in the
 * extension's PDF viewer (screenshot-pdf.ts). Needs a CJK font (fonts-wqy-microhei) and, for the Chinese UI, Debian's
 * chromium-l10n.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadCorpus, pageHtml } from '../harness/corpus-pages';
import { extensionDir, launchWithExtension, repoRoot, waitForHighlights, waitForUiPart } from '../harness/browser';
import { startFixtureServer } from '../harness/fixture-server';
import { centreOfHighlight } from '../harness/page-actions';
import { runMain } from './run-main';
import { screenshotPdf } from './screenshot-pdf';

const DOC = '000_c01e68819d8d14d7';
const FIGURE = '城镇新增就业40万人';
const OUT = path.join(repoRoot, '.github/screenshots/annotated-card.png');

async function main() {
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  }
  const doc = loadCorpus().find((d) => d.name === DOC);
  if (!doc) throw new Error(`corpus document ${DOC} not found`);
  const server = await startFixtureServer();
  const style = '<style>body{max-width:760px;margin:24px auto;font:16px/1.8 "WenQuanYi Micro Hei",sans-serif;color:#222}h1{font-size:24px}</style>';
  const url = server.add('/screenshot.html', { body: pageHtml(doc.source, style) });
  // Chromium on Linux takes its UI language (and so the extension's card) from LANGUAGE; the README shows Chinese.
  process.env.LANGUAGE = 'zh_CN';
  const browser = await launchWithExtension({ locale: 'zh-CN' });
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 720 });
    await page.goto(url, { waitUntil: 'load' });
    await waitForHighlights(page);
    // (120 px further down: the card opens below the figure and must fit the picture.)
    const point = await page.evaluate(centreOfHighlight, ['indicator-lens-target', FIGURE, 120] as const);
    if (!point) throw new Error(`no target highlight over ${FIGURE}`);
    await page.mouse.move(point.x - 30, point.y - 30);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await waitForUiPart(page, 'card', 30_000);
    await page.waitForTimeout(200);
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    await page.screenshot({ path: OUT });
    console.log(`wrote ${path.relative(repoRoot, OUT)}`);
    await screenshotPdf(browser, server);
  } finally {
    await browser.close();
    await server.close();
  }
}

runMain(main);
