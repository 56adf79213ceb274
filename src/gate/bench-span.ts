/** Marks a main-thread span for the page benchmark (src/cli/bench-page.ts reads them from the performance timeline). */
export function measureSpan(name: string, start: number): void {
  try {
    performance.measure(`indicator-lens:${name}`, { start, end: performance.now() });
  } catch {
    // only a benchmark figure
  }
}
