import { describe, expect, it } from 'vitest';
import { buildComparison } from '../../../src/compare';
import { county, page, rec } from './records';

function cellOf(t: ReturnType<typeof buildComparison>, row: string, col = 0) {
  return t.rows.find((r) => r.key === row)!.cells[t.columns[col]!.id]!;
}

describe('pairing targets, actuals and progress', () => {
  it('a stated progress pairs with the actual it follows and is marked as stated', () => {
    const t = buildComparison([county]);
    const cell = cellOf(t, 'urban_new_jobs');
    expect(cell.progress).toHaveLength(1);
    expect(cell.progress[0]).toMatchObject({ percent: 72.22, computed: false });
    expect(cell.progress[0]!.actual!.value).toBe(1271);
  });

  it('several actuals in one cell each get their own stated progress by label', () => {
    const cell = cellOf(buildComparison([county]), 'pension_insured');
    const pairs = cell.progress.map((p) => [p.actual?.value, p.percent]);
    expect(pairs).toEqual([
      [47081, 124.22],
      [5154, 107.38],
    ]);
  });

  it('computes actual/target when both exist with compatible units, marked computed', () => {
    const p = page('u', 't', '甲县', '2023', [
      rec({ indicator: 'urban_new_jobs', value: 0.2, unit: '万人', comparator: '>=', kind: 'target' }),
      rec({ indicator: 'urban_new_jobs', value: 1500, unit: '人', kind: 'actual' }),
    ]);
    const cell = cellOf(buildComparison([p]), 'urban_new_jobs');
    expect(cell.progress).toHaveLength(1);
    expect(cell.progress[0]).toMatchObject({ percent: 75, computed: true, met: false });
  });

  it('does not compute progress across different base units', () => {
    const p = page('u', 't', '甲县', '2023', [
      rec({ indicator: 'public_welfare_jobs', value: 100, unit: '个', kind: 'target' }),
      rec({ indicator: 'public_welfare_jobs', value: 80, unit: '个', kind: 'target', label: 'x' }),
      rec({ indicator: 'public_welfare_jobs', value: 90, unit: '人', kind: 'actual' }),
    ]);
    expect(cellOf(buildComparison([p]), 'public_welfare_jobs').progress).toEqual([]);
  });

  it('a rate capped by ≤ reports met / not met, without a percentage', () => {
    const p = page('u', 't', '甲市', '2023', [
      rec({ indicator: 'registered_unemployment_rate', value: 4.5, unit: '%', comparator: '<=', kind: 'target' }),
      rec({ indicator: 'registered_unemployment_rate', value: 3.9, unit: '%', kind: 'actual' }),
    ]);
    const [prog] = cellOf(buildComparison([p]), 'registered_unemployment_rate').progress;
    expect(prog).toMatchObject({ percent: null, computed: true, met: true });
  });

  it('targets and actuals of different periods are not paired', () => {
    const p = page('u', 't', '河南省', '2026', [
      rec({ indicator: 'urban_new_jobs', value: 1100000, unit: '人', comparator: '>=', kind: 'target' }),
      rec({ indicator: 'urban_new_jobs', value: 1230000, unit: '人', kind: 'actual', period: '2025' }),
    ]);
    const t = buildComparison([p]);
    expect(t.columns).toHaveLength(2);
    for (const c of t.columns) expect(t.rows[0]!.cells[c.id]!.progress).toEqual([]);
  });
});
