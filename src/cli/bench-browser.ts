/**
 * The page collector in a real browser (headless Chromium via playwright-core): how long one synchronous pass
 * holds the main thread, and the longest slice of the time-sliced version (timed around its yields), with the
 * browser's own Long Tasks API (tasks over 50 ms) as a second witness.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CHROMIUM = '/usr/bin/chromium';
const COLLECTOR_SOURCE = fileURLToPath(new URL('../page/visible-text.ts', import.meta.url));

export interface BrowserCollection {
  chars: number;
  syncMs: number;
  /** One pass asking isHiddenByComputedStyle about every element. */
  syncComputedStyleMs: number;
  slicedLongestTaskMs: number;
  /** Wall time of the sliced collection, waits between slices included. */
  slicedTotalMs: number;
  slices: number;
  /** Durations of tasks over 50 ms that Chromium reported during the sliced runs. */
  slicedLongTasksMs: number[];
  syncLongTasksMs: number[];
}

interface CollectorGlobals {
  __lens: {
    collectVisibleText(root: Node, options?: { isHidden?: (el: Element) => boolean }): { text: string };
    isHiddenByComputedStyle(el: Element): boolean;
    collectVisibleTextChunked(root: Node, options: { budgetMs: number }): Promise<{ text: string }>;
  };
}

/** The collector as a browser module script that publishes itself on window (it imports types only). */
async function collectorScript(): Promise<string> {
  const { default: ts } = await import('typescript');
  const { outputText } = ts.transpileModule(readFileSync(COLLECTOR_SOURCE, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return `${outputText}\nwindow.__lens = { collectVisibleText, collectVisibleTextChunked, isHiddenByComputedStyle };\n`;
}

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/** Measures on each page (HTML body markup); medians of `runs` runs per figure. */
export async function measureInChromium(pages: readonly string[], runs = 5): Promise<BrowserCollection[]> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const results: BrowserCollection[] = [];
    for (const markup of pages) {
      const page = await browser.newPage();
      await page.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${markup}</body></html>`);
      await page.addScriptTag({ type: 'module', content: await collectorScript() });
      // tsx compiles this file keeping function names through an `__name` helper that the page does not have.
      await page.addScriptTag({ content: 'window.__name = (f) => f;' });
      await page.waitForFunction(() => 'collectVisibleText' in ((window as unknown as Partial<CollectorGlobals>).__lens ?? {}));
      results.push(
        await page.evaluate(async (runCount) => {
          const lens = (window as unknown as CollectorGlobals).__lens;
          const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
          const longTasks: number[] = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) longTasks.push(entry.duration);
          }).observe({ type: 'longtask' });
          const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

          const syncTimes: number[] = [];
          let chars = 0;
          for (let i = 0; i < runCount; i++) {
            await settle();
            const start = performance.now();
            chars = lens.collectVisibleText(document.body).text.length;
            syncTimes.push(performance.now() - start);
          }
          const styledTimes: number[] = [];
          for (let i = 0; i < runCount; i++) {
            await settle();
            const start = performance.now();
            lens.collectVisibleText(document.body, { isHidden: lens.isHiddenByComputedStyle });
            styledTimes.push(performance.now() - start);
          }
          await settle();
          const syncLongTasksMs = longTasks.splice(0);

          // Time the collector's slices: the work between resuming after one yield and asking for the next.
          const scheduler = (window as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
          const nativeYield = scheduler?.yield?.bind(scheduler);
          let sliceStart = 0;
          let longestSlice = 0;
          let slices = 0;
          const timedYield = async () => {
            longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
            slices++;
            if (nativeYield) await nativeYield();
            else await new Promise((resolve) => setTimeout(resolve, 0));
            sliceStart = performance.now();
          };
          if (scheduler && nativeYield) scheduler.yield = timedYield;
          else (window as unknown as { scheduler: object }).scheduler = { yield: timedYield };
          const longest: number[] = [];
          const totals: number[] = [];
          let sliceCount = 0;
          for (let i = 0; i < runCount; i++) {
            await settle();
            longestSlice = 0;
            slices = 0;
            const runStart = performance.now();
            sliceStart = runStart;
            await lens.collectVisibleTextChunked(document.body, { budgetMs: 8 });
            const end = performance.now();
            longestSlice = Math.max(longestSlice, end - sliceStart);
            totals.push(end - runStart);
            longest.push(longestSlice);
            sliceCount = slices + 1;
          }
          await settle();
          return {
            chars,
            syncMs: median(syncTimes),
            syncComputedStyleMs: median(styledTimes),
            slicedLongestTaskMs: median(longest),
            slicedTotalMs: median(totals),
            slices: sliceCount,
            slicedLongTasksMs: longTasks.splice(0),
            syncLongTasksMs,
          };
        }, runs),
      );
      await page.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}
