/**
 * The PDF screenshot of `npm run screenshot` (.github/screenshots/pdf-annotated.png): a corpus document printed to PDF
 * (tests/fixtures/documents/summary-003.pdf), opened in the extension's viewer, with a figure's card open.
 */
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, waitForHighlights, waitForUiPart, type ExtensionBrowser } from '../harness/browser';
import type { FixtureServer } from '../harness/fixture-server';

const PDF = path.join(repoRoot, 'tests/fixtures/documents/summary-003.pdf');
export const PDF_OUT = path.join(repoRoot, '.github/screenshots/pdf-annotated.png');

export async function screenshotPdf(browser: ExtensionBrowser, server: FixtureServer): Promise<void> {
  const file = server.add('/files/summary-003.pdf', { body: fs.readFileSync(PDF), headers: { 'content-type': 'application/pdf' } });
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`chrome-extension://${browser.extensionId}/pdf-viewer.html?file=${encodeURIComponent(file)}`);
  await waitForHighlights(page, 5, 30_000);
  const point = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('indicator-lens-target') ?? CSS.highlights.get('indicator-lens-actual') ?? [])][0] as Range | undefined;
    if (!range) return null;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    window.scrollBy(0, 120);
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  if (!point) throw new Error('no highlighted figure in the PDF viewer');
  // The picture of the page is painted when it comes into view.
  await page.waitForFunction(() => [...document.querySelectorAll('.page canvas')].length > 0, undefined, { timeout: 10_000 });
  await page.waitForTimeout(500);
  await page.mouse.move(point.x - 30, point.y - 30);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await waitForUiPart(page, 'card', 30_000);
  await page.waitForTimeout(200);
  await page.screenshot({ path: PDF_OUT });
  console.log(`wrote ${path.relative(repoRoot, PDF_OUT)}`);
  await page.close();
}
