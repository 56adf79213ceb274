/**
 * Popup open-to-rendered time in real Chromium with the built extension, with 1, 1,000 and 10,000 records in the
 * library (comparison includes the library; 1 record shows what opening the popup costs by itself). Each open is a
 * new page. Prints figures; asserts nothing. BENCH_SIZES=1000 and BENCH_RUNS=25 change the sizes and opens per size.
 *
 *   npm run bench:popup            (builds first)
 *   EXTENSION_DIR=… tsx src/cli/bench-popup.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchWithExtension, repoRoot } from '../harness/browser';
import type { IndicatorRecord } from '../extract/types';
import { toLibraryJson } from '../export/json';
import type { ExportItem } from '../export/export-types';
import { FIRST_COLUMNS, FIRST_ROWS } from '../ui/compare/CompareTable';

const SIZES = (process.env.BENCH_SIZES ?? '1,1000,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

/** Realistic records: the gold records of the shared corpus (or the bundled samples), spread over many regions. */
function templates(): IndicatorRecord[] {
  const dirs = [path.resolve(repoRoot, '../shared/corpus/gold'), path.join(repoRoot, 'tests/fixtures/samples/gold')];
  const dir = dirs.find((d) => fs.existsSync(d));
  if (!dir) throw new Error('no gold records found (../shared/corpus/gold or tests/fixtures/samples/gold)');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { records: IndicatorRecord[] }).records)
    .map((r) => ({
      indicator: r.indicator, label: r.label ?? r.text, value: r.value, ...(r.max != null ? { max: r.max } : {}), unit: r.unit,
      comparator: r.comparator, kind: r.kind, masked: r.masked, region: r.region ?? null, period: r.period ?? null,
      text: r.text, start: 0, end: r.text.length,
    }));
}

function libraryFile(n: number, base: readonly IndicatorRecord[]): string {
  const items: ExportItem[] = [];
  for (let i = 0; i < n; i++) {
    const r = base[i % base.length]!;
    const page = Math.floor(i / 25);
    items.push({
      record: { ...r, region: `${r.region ?? '某'}${page % 60}`, period: String(2015 + (page % 10)), value: r.value === null ? null : r.value + i },
      source: { url: `https://example.gov.cn/news/${page}.html`, title: `第${page}篇 人社新闻`, quote: r.text, prefix: '', suffix: '' },
      clippedAt: Date.UTC(2024, 0, 1) + i * 1000,
    });
  }
  return toLibraryJson(items);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main() {
  const base = templates();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'indicator-lens-bench-'));
  console.log(`bench:popup — Chromium ${'(headless)'}, ${RUNS} opens per size, comparison includes the library`);
  console.log('records  rows×cols   open→rendered ms (median / min / max)   open→data  data→rendered  all rows  fetch ms  import ms');
  try {
    for (const n of SIZES) {
      const browser = await launchWithExtension({ userDataDir: path.join(profile, String(n)) });
      try {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width: 800, height: 600 });
        await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
        const json = libraryFile(n, base);
        const importMs = await page.evaluate(async (text) => {
          const start = performance.now();
          const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: { ok: boolean; added: number }; error?: string }> } } }).chrome;
          const reply = await chrome.runtime.sendMessage({ type: 'library:import', payload: { json: text } });
          if (!reply.ok || !reply.value?.ok) throw new Error(`import failed: ${JSON.stringify(reply)}`);
          localStorage.setItem('il-include-library-popup', '1');
          return performance.now() - start;
        }, json);
        const times: number[] = [];
        const dataTimes: number[] = [];
        const completeTimes: number[] = [];
        let shape = '';
        for (let run = 0; run < RUNS; run++) {
          // Each open is a new page, as each click on the toolbar button makes a new popup document.
          const popup = await browser.context.newPage();
          await popup.setViewportSize({ width: 800, height: 600 });
          // Waiting polls with bare CDP evaluations: Playwright's waitForFunction would first inject its own
          // helper script into the popup (measured: a 16 ms task in the middle of the popup's start-up).
          const cdp = await browser.context.newCDPSession(popup);
          const waitFor = async (expression: string) => {
            for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 10))) {
              const reply = await cdp.send('Runtime.evaluate', { expression, returnByValue: true }).catch(() => null);
              if (reply?.result.value === true) return;
            }
            throw new Error(`timed out waiting for ${expression}`);
          };
          await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`, { waitUntil: 'commit' });
          await waitFor(`performance.getEntriesByName('il-compare-rendered').length > 0`);
          await waitFor(
            `performance.getEntriesByName('il-compare-complete').length > 0 || !document.querySelector('[data-testid="compare-table"]')`,
          );
          const { ms, dataMs, completeMs, rows, cols } = await popup.evaluate(() => ({
            completeMs: performance.getEntriesByName('il-compare-complete')[0]?.startTime ?? performance.getEntriesByName('il-compare-rendered')[0]!.startTime,
            ms: performance.getEntriesByName('il-compare-rendered')[0]!.startTime,
            dataMs: performance.getEntriesByName('il-compare-data')[0]!.startTime,
            rows: document.querySelectorAll('[data-testid="compare-table"] tbody tr').length,
            cols: document.querySelectorAll('[data-testid="compare-table"] thead th').length - 1,
          }));
          await cdp.detach();
          await popup.close();
          times.push(ms);
          dataTimes.push(dataMs);
          completeTimes.push(completeMs);
          shape = `${rows}×${cols}`;
        }
        // Where the time goes: the two background round trips alone, from the same page.
        const fetchMs = await page.evaluate(async () => {
          const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
          const start = performance.now();
          await chrome.runtime.sendMessage({ type: 'tabs:results', payload: {} });
          await chrome.runtime.sendMessage({ type: 'library:list', payload: {} });
          return performance.now() - start;
        });
        const fmt = (x: number) => x.toFixed(0).padStart(5);
        console.log(
          `${String(n).padStart(7)}  ${shape.padEnd(10)}  ${fmt(median(times))} / ${fmt(Math.min(...times))} / ${fmt(Math.max(...times))}          ${fmt(median(dataTimes))}        ${fmt(median(times.map((x, i) => x - dataTimes[i]!)))}       ${fmt(median(completeTimes))}      ${fmt(fetchMs)}      ${importMs.toFixed(0)}`,
        );
      } finally {
        await browser.close();
      }
    }
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log('open→rendered: navigation start of a new popup.html page to the first screen painted with tab and library');
  console.log(`  data (its first ${FIRST_ROWS} rows × ${FIRST_COLUMNS} columns filled; performance marks); all rows: until every cell is`);
  console.log('  rendered (median, ms);');
  console.log('open→data: until both background answers arrived; fetch: the same two messages again from a loaded page.');
  console.log(`machine load average: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
