/**
 * `npm run bench:hostile`: the built extension in headless Chromium with a hostile page open — 930,000 characters of
 * figures (城镇新增就业分别为1人、1人、…) and a counter ticking every second — and then a corpus article in another tab.
 * Prints how soon the article's figures reach the comparison (`tabs:results`), how soon the hostile page's own figures
 * are painted, and the extension's longest span on it. A measurement, not a test: the figures move with the machine.
 */
import { withExtensionAndServer } from '../harness/browser';
import { loadCorpus, pageHtml } from '../harness/corpus-pages';
import { extensionTimeline } from './bench-timeline';
import { runMain } from './run-main';

const ARTICLE = '000_c01e68819d8d14d7';

async function main(): Promise<void> {
  const doc = loadCorpus().find((d) => d.name === ARTICLE);
  if (!doc) throw new Error(`corpus document ${ARTICLE} not found`);
  await withExtensionAndServer(async (browser, server) => {
    const para = `<p>城镇新增就业分别为${Array.from({ length: 100 }, () => '1人').join('、')}。</p>`;
    const body =
      `<p>人社局就业工作：城镇新增就业、城镇登记失业率、职业技能培训、社会保险参保。</p>${para.repeat(3000)}<p id="tick">0</p>` +
      `<script>let n=0;setInterval(()=>{document.getElementById('tick').textContent=String(++n)},1000)</script>`;
    const hostileUrl = server.add('/hostile.html', {
      body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>h</title></head><body>${body}</body></html>`,
    });
    const articleUrl = server.add('/article.html', { body: pageHtml(doc.source) });
    const hostile = await browser.context.newPage();
    const timeline = await extensionTimeline(await browser.context.newCDPSession(hostile));
    const hostileStart = Date.now();
    await hostile.goto(hostileUrl, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await hostile.waitForTimeout(4000);
    const extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${browser.extensionId}/compare.html`);
    const article = await browser.context.newPage();
    const articleStart = Date.now();
    await article.goto(articleUrl, { waitUntil: 'load' });
    let inComparison = -1;
    for (let i = 0; i < 400 && inComparison < 0; i++) {
      const reply = (await extensionPage.evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'tabs:results', payload: {} }),
      )) as { value?: Array<{ url: string; result: { records: unknown[] } }> };
      if ((reply.value ?? []).some((t) => t.url.endsWith('/article.html') && t.result.records.length > 0)) inComparison = Date.now() - articleStart;
      else await extensionPage.waitForTimeout(50);
    }
    console.log(`another tab's figures in tabs:results: ${inComparison < 0 ? 'not within 20 s' : `${inComparison} ms after its navigation began`}`);
    let last = 0;
    for (let i = 0; i < 60; i++) {
      const n = await hostile.evaluate(() => [...CSS.highlights.keys()].reduce((sum, k) => sum + (CSS.highlights.get(k)?.size ?? 0), 0));
      if (n !== last) console.log(`hostile page: ${n} figures painted, ${Date.now() - hostileStart} ms after its navigation`);
      last = n;
      if (n >= 10_000) break;
      await hostile.waitForTimeout(1000);
    }
    const spans = (await timeline.entries())
      .filter((e) => e.name !== 'painted' && e.name !== 'collect-wall')
      .map((e) => [e.name, e.duration] as [string, number]);
    const longest = spans.sort((a, b) => b[1] - a[1])[0];
    console.log(`longest extension span on the hostile page: ${longest ? `${longest[1].toFixed(1)} ms (${longest[0]})` : 'none'} of ${spans.length}`);
  });
}

runMain(main);
