import { describe, expect, it } from 'vitest';
import { buildComparison } from '../../../src/compare';
import { page, rec } from './records';

const pages = [
  page('a', 'a', '甲省', '2022', [rec({ indicator: 'urban_new_jobs', value: 400000, unit: '人', kind: 'target' }), rec({ indicator: 'minimum_wage', value: 2200, unit: '元' })]),
  page('b', 'b', '乙省', '2022', [rec({ indicator: 'urban_new_jobs', value: 1100000, unit: '人', kind: 'target' })]),
  page('c', 'c', '丙省', '2022', [rec({ indicator: 'urban_new_jobs', value: 90, unit: '万人', kind: 'target' }), rec({ indicator: 'minimum_wage', value: 1900, unit: '元' })]),
  page('d', 'd', '丁省', '2022', [rec({ indicator: 'minimum_wage', value: 2000, unit: '元' })]),
];

describe('sorting', () => {
  it('columns by the value of one indicator, converted to a common unit, missing values last', () => {
    const desc = buildComparison(pages, { columnSort: { by: 'row', rowKey: 'urban_new_jobs', dir: 'desc' } });
    expect(desc.columns.map((c) => c.region)).toEqual(['乙省', '丙省', '甲省', '丁省']);
    const asc = buildComparison(pages, { columnSort: { by: 'row', rowKey: 'urban_new_jobs', dir: 'asc' } });
    expect(asc.columns.map((c) => c.region)).toEqual(['甲省', '丙省', '乙省', '丁省']);
  });

  it('rows by value within a column, and back to indicator order', () => {
    const cols = buildComparison(pages).columns;
    const byValue = buildComparison(pages, { rowSort: { by: 'column', columnId: cols[0]!.id, dir: 'asc' } });
    expect(byValue.rows.map((r) => r.key)).toEqual(['minimum_wage', 'urban_new_jobs']);
    expect(buildComparison(pages).rows.map((r) => r.key)).toEqual(['urban_new_jobs', 'minimum_wage']);
  });

  it('columns by label (region name, then period)', () => {
    const t = buildComparison(pages, { columnSort: { by: 'label' } });
    expect(t.columns).toHaveLength(4);
    expect(new Set(t.columns.map((c) => c.region))).toEqual(new Set(['甲省', '乙省', '丙省', '丁省']));
  });
});
