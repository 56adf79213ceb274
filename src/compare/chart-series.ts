/**
 * What a row's chart may draw side by side: figures of the row's unit, one period type and one level of government.
 * A five-year total beside a year's figure, or 全国 beside a county, makes a bar chart lie; the figures left out are
 * counted so the chart can say so. Every figure that fits is drawn, not only the first of its cell. Pure.
 */
import { PERIOD_TYPES, type PeriodType, type Scope } from './period-scope';
import type { Column, Figure, Row } from './types';

export interface ChartGroup {
  column: Column;
  targets: Figure[];
  actuals: Figure[];
}

export interface ChartSeries {
  periodType: PeriodType;
  /** The level drawn; 'unknown' when no drawn figure's region says. */
  scope: Scope;
  groups: ChartGroup[];
  leftOut: { periodTypes: Map<PeriodType, number>; scopes: Map<Scope, number>; otherUnit: number };
}

const SCOPES: readonly Scope[] = ['national', 'province', 'city', 'county', 'unknown'];

/** The value most figures share; ties go to the one listed first. */
function mostCommon<T>(values: readonly T[], order: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  for (const v of order) if ((counts.get(v) ?? 0) > (best === undefined ? 0 : counts.get(best)!)) best = v;
  return best;
}

function bump<T>(map: Map<T, number>, key: T): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function chartSeries(row: Row, columns: readonly Column[]): ChartSeries {
  const leftOut: ChartSeries['leftOut'] = { periodTypes: new Map(), scopes: new Map(), otherUnit: 0 };
  const placed: Array<{ column: Column; figure: Figure }> = [];
  for (const column of columns) {
    for (const figure of row.cells[column.id]?.figures ?? []) {
      if (figure.kind === 'progress' || figure.value === null) continue;
      if (figure.unit !== row.unit) leftOut.otherUnit += 1;
      else placed.push({ column, figure });
    }
  }
  const periodType = mostCommon(placed.map((p) => p.figure.periodType), PERIOD_TYPES) ?? 'year';
  const sameType = placed.filter((p) => {
    if (p.figure.periodType === periodType) return true;
    bump(leftOut.periodTypes, p.figure.periodType);
    return false;
  });
  const known = sameType.map((p) => p.figure.scope).filter((s) => s !== 'unknown');
  const scope = mostCommon(known, SCOPES) ?? 'unknown';
  const drawn = sameType.filter((p) => {
    if (p.figure.scope === scope || p.figure.scope === 'unknown') return true;
    bump(leftOut.scopes, p.figure.scope);
    return false;
  });
  const groups: ChartGroup[] = [];
  for (const column of columns) {
    const here = drawn.filter((p) => p.column === column).map((p) => p.figure);
    if (here.length === 0) continue;
    groups.push({ column, targets: here.filter((f) => f.kind === 'target'), actuals: here.filter((f) => f.kind === 'actual') });
  }
  return { periodType, scope, groups, leftOut };
}
