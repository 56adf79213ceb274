/**
 * Corpus articles inside a government portal's furniture (src/eval/furniture.ts): the built extension in real
 * Chromium highlights every gold core figure of the article and nothing in the navigation, the 相关新闻 and 热点推荐
 * lists or the footer, whose headlines carry figures of their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapInFurniture } from '../../src/eval/furniture';
import { looksLikeHtml } from '../../src/page/html';
import { documentFromSource } from '../../src/page/text-file';
import { CORE_IDS, loadCorpus, overlaps, withCoreFigures } from '../../src/harness/corpus-pages';
import { launchWithExtension, PAINTED_KINDS, waitForHighlights, paintedTexts, type ExtensionBrowser } from '../../src/harness/browser';
import { startFixtureServer, type FixtureServer } from '../../src/harness/fixture-server';

const relevantDocs = withCoreFigures(loadCorpus());

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('annotating corpus articles inside a portal page', () => {
  it.each(relevantDocs.map((d, i) => [d.name, d, i] as const))('highlights the article of %s, not the furniture', async (name, doc, seed) => {
    const article = documentFromSource(doc.source, looksLikeHtml(doc.source));
    const page = await browser.context.newPage();
    await page.goto(server.add(`/portal/${name}.html`, { body: wrapInFurniture(article, { seed }) }), { waitUntil: 'load' });
    const texts = paintedTexts(await waitForHighlights(page));
    // The furniture's figures are all in lists (nav, 相关新闻, 热点推荐); the article is paragraphs and a heading.
    const inLists = await page.evaluate(
      (kinds) => kinds.flatMap((k) => [...(CSS.highlights.get(k) ?? [])].filter((r) => (r as Range).startContainer.parentElement?.closest('li, a')).map((r) => r.toString())),
      PAINTED_KINDS,
    );
    await page.close();
    const missed = doc.gold.records
      .filter((r) => CORE_IDS.has(r.indicator))
      .filter((r) => !texts.some((h) => overlaps(h, r.text)))
      .map((r) => `${r.indicator} ${r.kind} «${r.text}»`);
    expect(missed).toEqual([]);
    expect(inLists).toEqual([]);
  });
});
