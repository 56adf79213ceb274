/**
 * `npm run bench:hostile`: the built extension in headless Chromium with a hostile page open — 930,000 characters of
 * figures (城镇新增就业分别为1人、1人、…) and a counter ticking every second — and then a corpus article in another tab.
 * Prints how soon the article's figures reach the comparison (`tabs:results`), how soon the hostile page's own figures
 * are painted, the extension's longest span on it, how its text was sent (in slices: src/gate/text-slices.ts), and the
 * longest long task on it that holds an extension span. A measurement, not a test: the figures move with the machine.
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
    // The page's long tasks, from its first script on (the benchmark's observer, not the extension's).
    await hostile.addInitScript(`window.__lensLongTasks = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lensLongTasks.push({ start: e.startTime, duration: e.duration }); })
        .observe({ type: 'longtask', buffered: true });`);
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
      .map((e) => ({ name: e.name, start: e.start, end: e.start + e.duration }));
    const longest = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    console.log(`longest extension span on the hostile page: ${longest ? `${(longest.end - longest.start).toFixed(1)} ms (${longest.name})` : 'none'} of ${spans.length}`);
    const sends = spans.filter((s) => s.name === 'send');
    const sendMs = sends.map((s) => s.end - s.start).sort((a, b) => b - a);
    console.log(`sending its text: ${sends.length} messages, the longest ${sendMs.slice(0, 5).map((ms) => ms.toFixed(1)).join(', ')} ms`);
    // A long task is the extension's when one of its synchronous spans falls inside it.
    const tasks = (await hostile.evaluate('window.__lensLongTasks')) as Array<{ start: number; duration: number }>;
    const ours = tasks.filter((t) => spans.some((s) => s.start < t.start + t.duration && s.end > t.start));
    const inside = (t: { start: number; duration: number }) =>
      [...new Set(spans.filter((s) => s.start < t.start + t.duration && s.end > t.start).map((s) => s.name))].join(', ');
    const worst = ours.sort((a, b) => b.duration - a.duration).slice(0, 5);
    console.log(
      `long tasks on the hostile page: ${tasks.length}, of which ${ours.length} hold an extension span; the longest of those: ${worst.map((t) => `${t.duration.toFixed(0)} ms (${inside(t)})`).join(', ') || 'none'}`,
    );
  });
}

runMain(main);
