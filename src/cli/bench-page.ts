/**
 * Browser benchmark of page annotation (`npm run bench:page`): real Chromium with the built extension, pages of
 * ~20,000 and ~100,000 characters made from the corpus, and an irrelevant page. Prints figures; asserts nothing.
 *
 * - load → highlights: from the page's load event to the extension's first `painted` mark (the extension's own
 *   entries are kept in its isolated world and read through the DevTools protocol: src/cli/bench-timeline.ts)
 *   (cold = first relevant page after browser start, the engine is created then; warm = median of later loads).
 *   A long page is painted twice: its beginning first (a preview, src/gate/preview.ts), then the whole page;
 *   both times are printed;
 * - longest task: the longest 'longtask' entry overlapping the extension's work spans (fixture pages run no
 *   script of their own), and the longest synchronous span the extension itself measured;
 * - irrelevant page: main-thread script time of the page (CDP ScriptDuration: only the extension's gate
 *   content script runs there; the annotator is injected into relevant pages only) and the gate's own span.
 * Figures depend on machine load: run it on an otherwise idle machine (the load average is printed).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { escapeHtml, loadCorpus, pageHtml } from '../harness/corpus-pages';
import { chromium } from 'playwright-core';
import { chromiumPath, extensionDir, launchWithExtension, repoRoot } from '../harness/browser';
import { startFixtureServer } from '../harness/fixture-server';
import { PREVIEW_CHARS } from '../gate/preview';
import { extensionTimeline, type BenchEntry, type ExtensionTimeline } from './bench-timeline';

const WARM_RUNS = 9;

interface PageFigures {
  /** To the first highlights: a long page's preview (its beginning), else all of them. */
  loadToPaintMs: number | null;
  /** To the highlights of the whole page. */
  loadToCompleteMs: number | null;
  navToPaintMs: number | null;
  /** Figures painted by the preview; null when the page had none. */
  previewRecords: number | null;
  records: number;
  longestOverlappingLongTaskMs: number;
  longTasks: number;
  /** From the page gate's verdict to the injected annotator's first check. */
  injectionMs: number | null;
  longestAnyMs: number;
  longestDuringCollectMs: number;
  longestOwnSpanMs: number;
  longestOwnSpanName: string;
  ownSpanTotalMs: number;
  scriptMs: number;
}

/** Collects long tasks from navigation start, in the page's own world. */
const OBSERVER_SCRIPT = `
  window.__lensLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__lensLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

function buildText(targetChars: number, docs: ReturnType<typeof loadCorpus>): string {
  const relevant = docs.filter((d) => d.gold.relevant);
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; length < targetChars; i++) {
    const doc = relevant[i % relevant.length]!;
    for (const line of doc.source.split('\n')) {
      const plain = line.replace(/<[^>]*>/g, '').trim();
      if (!plain || plain === '---' || /^\w+:/.test(plain)) continue;
      const piece = plain.slice(0, targetChars - length);
      lines.push(piece);
      length += piece.length;
      if (length >= targetChars) break;
    }
  }
  return lines.join('\n');
}

/** Opens a page with CDP performance metrics enabled from before navigation, and measures it. */
async function load(context: BrowserContext, url: string, expectPaint: boolean): Promise<PageFigures> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const timeline = await extensionTimeline(cdp);
  await page.goto(url, { waitUntil: 'load' });
  const result = await figures(page, cdp, timeline, expectPaint);
  await cdp.detach();
  await page.close();
  return result;
}

const isComplete = (e: BenchEntry) => e.name === 'painted' && !(e.detail as { preview?: boolean } | undefined)?.preview;

async function figures(page: Page, cdp: CDPSession, timeline: ExtensionTimeline, expectPaint: boolean): Promise<PageFigures> {
  if (expectPaint) await timeline.waitFor((entries) => entries.some(isComplete), 30_000);
  else await page.waitForTimeout(1500);
  await page.waitForTimeout(300);
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  const scriptMs = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  const entries = await timeline.entries();
  const inPage = await page.evaluate(() => ({
    load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? null,
    tasks: (window as unknown as { __lensLongTasks: Array<{ start: number; duration: number }> }).__lensLongTasks,
  }));
  // The extension's entries (its isolated world, src/gate/bench-span.ts) share the page's time origin.
  const marks = entries.filter((e) => e.name === 'painted');
  const painted = marks[0];
  const complete = marks.find(isComplete);
  const spans = entries
    .filter((e) => e.name !== 'painted' && e.name !== 'collect-wall')
    .map((e) => ({ name: e.name, start: e.start, end: e.start + e.duration, duration: e.duration }));
  const collect = entries.filter((e) => e.name === 'collect-wall').map((e) => ({ start: e.start, end: e.start + e.duration }));
  const gates = entries.filter((e) => e.name === 'gate');
  const tasks = inPage.tasks;
  // Text collection runs in slices of ≤ 8 ms between which the page's own work (parsing, layout) runs, so only
  // the synchronous spans attribute a long task to the extension; the slices are reported apart.
  const overlapping = tasks.filter((t) => spans.some((s) => t.start < s.end && t.start + t.duration > s.start));
  const duringCollect = tasks.filter((t) => collect.some((s) => t.start < s.end && t.start + t.duration > s.start));
  return {
    loadToPaintMs: painted && inPage.load ? painted.start - inPage.load : null,
    loadToCompleteMs: complete && inPage.load ? complete.start - inPage.load : null,
    navToPaintMs: painted?.start ?? null,
    previewRecords: painted && painted !== complete ? (painted.detail as { records: number }).records : null,
    records: (complete?.detail as { records?: number } | undefined)?.records ?? 0,
    longestOverlappingLongTaskMs: Math.max(0, ...overlapping.map((t) => t.duration)),
    longTasks: tasks.length,
    injectionMs: gates.length >= 2 ? gates[1]!.start - (gates[0]!.start + gates[0]!.duration) : null,
    longestAnyMs: Math.max(0, ...tasks.map((t) => t.duration)),
    longestDuringCollectMs: Math.max(0, ...duringCollect.map((t) => t.duration)),
    longestOwnSpanMs: Math.max(0, ...spans.map((s) => s.duration)),
    longestOwnSpanName: spans.reduce((a, b) => (b.duration > a.duration ? b : a), { name: '-', duration: -1 }).name,
    ownSpanTotalMs: spans.reduce((n, s) => n + s.duration, 0),
    scriptMs,
  };
}

/** The same page in the same browser without the extension: what the page costs by itself. */
async function withoutExtension(url: string, runs: number): Promise<PageFigures[]> {
  const plain = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const context = await plain.newContext({ viewport: { width: 1200, height: 900 } });
  await context.addInitScript(OBSERVER_SCRIPT);
  const out: PageFigures[] = [];
  for (let i = 0; i < runs; i++) out.push(await load(context, url, false));
  await plain.close();
  return out;
}

const longestSpan = (runs: PageFigures[]) => runs.reduce((a, b) => (b.longestOwnSpanMs > a.longestOwnSpanMs ? b : a));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(1)} ms`);

async function main() {
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  }
  const corpus = loadCorpus();
  const irrelevant = corpus.find((d) => !d.gold.relevant);
  const server = await startFixtureServer();
  const sizes = [20_000, 100_000];
  const urls = new Map<number, string>();
  for (const size of sizes) {
    const text = buildText(size, corpus);
    urls.set(size, server.add(`/bench-${size}.html`, { body: pageHtml(text) }));
  }
  const irrelevantText = irrelevant ? irrelevant.source.repeat(Math.ceil(20_000 / irrelevant.source.length)) : '今天天气晴朗。'.repeat(3000);
  const irrelevantUrl = server.add('/bench-irrelevant.html', {
    body: `<!doctype html><html><head><meta charset="utf-8"><title>irrelevant</title></head><body>${irrelevantText
      .split('\n')
      .map((l) => `<p>${escapeHtml(l)}</p>`)
      .join('')}</body></html>`,
  });

  const rows: string[] = [`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`];
  // `--irrelevant-only` measures just the irrelevant page (quick check of the gate's cost).
  for (const size of process.argv.includes('--irrelevant-only') ? [] : sizes) {
    // A fresh browser per size, so the first load really meets a cold engine.
    const browser = await launchWithExtension();
    await browser.context.addInitScript(OBSERVER_SCRIPT);
    const runs: PageFigures[] = [];
    for (let i = 0; i <= WARM_RUNS; i++) runs.push(await load(browser.context, urls.get(size)!, true));
    await browser.close();
    const base = await withoutExtension(urls.get(size)!, WARM_RUNS);
    const [cold, ...warm] = runs;
    const chars = size.toLocaleString('en-US');
    rows.push(
      `${chars}-char page (${cold!.records} figures highlighted${cold!.previewRecords === null ? '' : `; a preview of its first ${PREVIEW_CHARS.toLocaleString('en-US')} characters shows ${cold!.previewRecords} of them first`})`,
      `  load → highlights, cold engine:  ${ms(cold!.loadToPaintMs)}  (navigation start → highlights ${ms(cold!.navToPaintMs)})`,
      `  load → highlights, warm (median of ${WARM_RUNS}): ${ms(median(warm.map((r) => r.loadToPaintMs ?? NaN)))}  (navigation start → highlights ${ms(median(warm.map((r) => r.navToPaintMs ?? NaN)))})`,
      ...(cold!.previewRecords === null
        ? []
        : [
            `  load → all highlights of the page, cold engine: ${ms(cold!.loadToCompleteMs)}; warm (median of ${WARM_RUNS}): ${ms(median(warm.map((r) => r.loadToCompleteMs ?? NaN)))}`,
          ]),
      `  gate verdict → annotator running (meanwhile the gate collects its text and the background extracts it; median of warm loads): ${ms(median(warm.map((r) => r.injectionMs ?? NaN)))}`,
      `  longest long task overlapping a synchronous extension span: ${ms(Math.max(...runs.map((r) => r.longestOverlappingLongTaskMs)))}`,
      `  longest long task while text collection was under way (page parsing/layout may run between its slices): ${ms(Math.max(...runs.map((r) => r.longestDuringCollectMs)))}`,
      `  longest long task of any cause: ${ms(Math.max(...runs.map((r) => r.longestAnyMs)))} with the extension (per load: ${runs.map((r) => r.longTasks).join(', ')} long tasks), ${ms(Math.max(...base.map((r) => r.longestAnyMs)))} without it (per load: ${base.map((r) => r.longTasks).join(', ')})`,
      `  longest synchronous extension span: ${ms(longestSpan(runs).longestOwnSpanMs)} (${longestSpan(runs).longestOwnSpanName}); extension spans per warm load (median): ${ms(median(warm.map((r) => r.ownSpanTotalMs)))}`,
    );
  }

  const browser = await launchWithExtension();
  await browser.context.addInitScript(OBSERVER_SCRIPT);
  const irr: PageFigures[] = [];
  for (let i = 0; i < 5; i++) irr.push(await load(browser.context, irrelevantUrl, false));
  await browser.close();
  const base = await withoutExtension(irrelevantUrl, 5);
  await server.close();
  const irrChars = irrelevantText.length.toLocaleString('en-US');
  rows.push(
    `irrelevant page (${irrChars} chars, ${irr.some((r) => r.navToPaintMs !== null) ? 'PAINTED (unexpected)' : 'nothing painted'})`,
    `  extension gate span (median of 5): ${ms(median(irr.map((r) => r.ownSpanTotalMs)))}`,
    `  main-thread script time (CDP ScriptDuration, median of 5): ${ms(median(irr.map((r) => r.scriptMs)))} with the extension, ${ms(median(base.map((r) => r.scriptMs)))} without it`,
  );
  console.log(rows.join('\n'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
