/** Pairs targets, actuals and stated progress within one cell (same indicator, region and period). */
import type { Figure, Progress } from './types';

/** Units where actual/target as "% done" means something: counts and amounts, not rates. */
function isRateUnit(unit: string): boolean {
  return unit === '%' || unit === '‰';
}

function labelAffinity(a: string, b: string): number {
  if (a === b) return 3;
  if (a.startsWith(b) || b.startsWith(a)) return 2;
  if (a.includes(b) || b.includes(a)) return 1;
  return 0;
}

/** The actual a stated progress belongs to: same page, best label match, else the closest one before it. */
function actualForProgress(progress: Figure, actuals: readonly Figure[]): Figure | undefined {
  const samePage = actuals.filter((a) => a.source.url === progress.source.url);
  let best: Figure | undefined;
  let bestScore = -Infinity;
  for (const a of samePage) {
    const affinity = labelAffinity(progress.record.label, a.record.label);
    const gap = progress.record.start - a.record.end;
    // Label match first; among equals, the nearest actual written before the percentage.
    const score = affinity * 1e9 - (gap >= 0 ? gap : 1e8 - gap);
    if (score > bestScore) {
      bestScore = score;
      best = a;
    }
  }
  return best;
}

function targetForActual(actual: Figure, targets: readonly Figure[], singlePair: boolean): Figure | undefined {
  const usable = targets.filter((t) => t.value !== null && t.unit === actual.unit);
  let best: Figure | undefined;
  let bestAffinity = 0;
  for (const t of usable) {
    const affinity = labelAffinity(t.record.label, actual.record.label);
    if (affinity > bestAffinity) {
      best = t;
      bestAffinity = affinity;
    }
  }
  if (best) return best;
  return singlePair && usable.length === 1 ? usable[0] : undefined;
}

function compute(actual: Figure, target: Figure): Progress | undefined {
  if (actual.value === null || target.value === null) return undefined;
  const lowerIsBetter = target.comparator === '<=';
  const met = lowerIsBetter ? actual.value <= (target.max ?? target.value) : actual.value >= target.value;
  if (lowerIsBetter || isRateUnit(actual.unit) || target.value === 0) {
    return { percent: null, computed: true, actual, target, met };
  }
  const percent = Math.round((actual.value / target.value) * 10000) / 100;
  return { percent, computed: true, actual, target, met };
}

export function pairCell(figures: readonly Figure[]): Progress[] {
  const targets = figures.filter((f) => f.kind === 'target');
  const actuals = figures.filter((f) => f.kind === 'actual');
  const stated = figures.filter((f) => f.kind === 'progress');
  const out: Progress[] = [];
  const covered = new Set<Figure>();
  for (const p of stated) {
    const actual = actualForProgress(p, actuals);
    if (actual) covered.add(actual);
    const target = actual ? targetForActual(actual, targets, actuals.length === 1) : undefined;
    const progress: Progress = { percent: p.value, computed: false, stated: p };
    if (actual) progress.actual = actual;
    if (target) progress.target = target;
    out.push(progress);
  }
  for (const a of actuals) {
    if (covered.has(a)) continue;
    const target = targetForActual(a, targets, actuals.length === 1);
    const progress = target ? compute(a, target) : undefined;
    if (progress) out.push(progress);
  }
  return out;
}
