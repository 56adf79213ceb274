/** Unit conversion so one row compares like with like (万人 and 人, 亿元 and 元). */

const MAGNITUDE_PREFIXES: ReadonlyArray<[string, number]> = [
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

export interface SplitUnit {
  readonly base: string;
  readonly factor: number;
}

// A page set has a handful of units and the popup splits each of them thousands of times while it opens.
const splitCache = new Map<string, SplitUnit>();

/** Splits "万人" into base unit "人" and factor 1e4; a base unit returns factor 1. */
export function splitUnit(unit: string): SplitUnit {
  let split = splitCache.get(unit);
  if (split) return split;
  split = { base: unit, factor: 1 };
  for (const [prefix, factor] of MAGNITUDE_PREFIXES) {
    if (unit.length > prefix.length && unit.startsWith(prefix)) {
      split = { base: unit.slice(prefix.length), factor };
      break;
    }
  }
  if (splitCache.size < 1000) splitCache.set(unit, split);
  return split;
}

/** Converts `value` from `unit` to `target`, or null when the base units differ (人 vs 个). */
export function convert(value: number, unit: string, target: string): number | null {
  if (unit === target) return value;
  const from = splitUnit(unit);
  const to = splitUnit(target);
  if (from.base !== to.base) return null;
  return (value * from.factor) / to.factor;
}

/** The most frequent base unit among `units` (ties: the first seen). */
export function commonUnit(units: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const u of units) {
    const base = splitUnit(u).base;
    counts.set(base, (counts.get(base) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [u, c] of counts) {
    if (c > bestCount) {
      best = u;
      bestCount = c;
    }
  }
  return best;
}
