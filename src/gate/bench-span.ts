/**
 * The extension's own spans of work in a page, for the benchmarks and the end-to-end tests. They are kept in the
 * content script's isolated world, not in the page's performance timeline: an `indicator-lens:*` mark there would let
 * any page script see the extension (getEntries, PerformanceObserver). The harness reads them through the DevTools
 * protocol in that world (src/cli/bench-timeline.ts); `performance.now()` shares the page's time origin, so they line
 * up with the page's own entries (long tasks).
 */
export interface BenchEntry {
  name: string;
  start: number;
  duration: number;
  detail?: unknown;
}

/** The isolated world's global the harness reads (a page script has another global object and cannot see it). */
export const BENCH_ENTRIES_KEY = '__indicatorLensBenchEntries';
/** A page annotated for hours keeps only its latest spans, so memory stays bounded. */
const MAX_ENTRIES = 20_000;

function record(entry: BenchEntry): void {
  const holder = globalThis as unknown as Record<string, BenchEntry[] | undefined>;
  const entries = (holder[BENCH_ENTRIES_KEY] ??= []);
  if (entries.length >= MAX_ENTRIES) entries.splice(0, MAX_ENTRIES / 2);
  entries.push(entry);
}

/** A main-thread span from `start` to now. */
export function measureSpan(name: string, start: number): void {
  record({ name, start, duration: performance.now() - start });
}

/** A point in time (the figures painted), with what the benchmark wants to know about it. */
export function markPoint(name: string, detail: unknown): void {
  record({ name, start: performance.now(), duration: 0, detail });
}
