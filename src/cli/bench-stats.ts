/** Small statistics and formatting helpers for the benchmark. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Per-item medians over repetitions: `runs[r][i]` is item i's time in repetition r. */
export function perItemMedians(runs: readonly (readonly number[])[]): number[] {
  if (runs.length === 0) return [];
  return runs[0]!.map((_, i) => median(runs.map((run) => run[i]!)));
}

/** Millions of characters per second. */
export function throughput(chars: number, ms: number): number {
  return ms > 0 ? chars / ms / 1000 : Number.POSITIVE_INFINITY;
}

/** A figure with `digits` decimals, thousands grouped. */
export function fixed(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return String(value);
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export { seededRandom } from '../eval/seeded-random';
