// What a figure's period covers and whose figure it is, on records as the engine gives them for real pages.
import { describe, expect, it } from 'vitest';
import { buildComparison, type CompareRecord } from '../../../src/compare';
import { chartSeries } from '../../../src/compare/chart-series';
import { periodTypeOf, scopeOf } from '../../../src/compare/period-scope';
import { page, rec } from './records';

const r = (period: string | null, kind: 'target' | 'actual' | 'progress', text: string, unit = '人') => ({ period, kind, text, unit });

describe('periodTypeOf', () => {
  it('reads a year, part of a year and a span from the period string', () => {
    expect(periodTypeOf(r('2021', 'actual', '城镇新增就业37.62万人'))).toBe('year');
    expect(periodTypeOf(r('2024H1', 'actual', '城镇新增就业39.66万人'))).toBe('part-year');
    expect(periodTypeOf(r('2023Q1-Q3', 'actual', '失业人员再就业23.26万人'))).toBe('part-year');
    expect(periodTypeOf(r('2020-06', 'actual', '困难人员实现再就业人数47人'))).toBe('part-year');
    expect(periodTypeOf(r('2023', 'actual', '1-9月城镇新增就业9.2万人'))).toBe('part-year');
  });

  it('tells a span total from a plan target over the span and from a yearly average', () => {
    expect(periodTypeOf(r('2006-2010', 'actual', '城镇累计新增就业252万人'))).toBe('multi-year');
    expect(periodTypeOf(r('2021-2025', 'target', '补贴性职业技能培训275万人次以上'))).toBe('plan-horizon');
    expect(periodTypeOf(r('2021-2025', 'actual', '年均超120万人'))).toBe('annual-average');
    expect(periodTypeOf(r('2016-2020', 'actual', '农村劳动力转移就业每年保持在620万人以上'))).toBe('annual-average');
    // A rate over a span is held each year, never summed.
    expect(periodTypeOf(r('2012-2021', 'actual', '城镇登记失业率控制在4%以内', '%'))).toBe('annual-average');
    expect(periodTypeOf(r('2023', 'target', '城镇调查失业率年均控制在5.5%以内', '%'))).toBe('annual-average');
  });

  it('reads 截至 and 年末 in the figure or, when known, its sentence', () => {
    expect(periodTypeOf(r('2023-06', 'actual', '截至6月底参保人数达到320万人'))).toBe('cumulative');
    expect(periodTypeOf(r('2023', 'actual', '参保人数320万人'), '截至2023年底，全省参保人数320万人。')).toBe('cumulative');
    expect(periodTypeOf(r(null, 'actual', '城镇登记失业率为3.4%', '%'))).toBe('unknown');
  });

  it('reads 年均 in the figure\'s own clause only: a span\'s total and its yearly average in one sentence', () => {
    // The engine's spans for 定南's review of 十三五: 年均 stands before the second figure's words.
    const sentence = '“十三五”期间，全县城镇新增就业累计1.6万人，年均城镇新增就业3200人。';
    expect(periodTypeOf(r('2016-2020', 'actual', '城镇新增就业累计1.6万人'), sentence)).toBe('multi-year');
    expect(periodTypeOf(r('2016-2020', 'actual', '城镇新增就业3200人'), sentence)).toBe('annual-average');
  });
});

describe('scopeOf', () => {
  it('reads the level of government from the name', () => {
    expect(['全国', '河南省', '广西壮族自治区', '重庆市', '北京', '全省', '郑州市', '塔城地区', '恩施州', '长安区', '大余县', '正镶白旗', '全县', null].map(scopeOf)).toEqual(
      ['national', 'province', 'province', 'province', 'province', 'province', 'city', 'city', 'city', 'county', 'county', 'county', 'county', 'unknown'],
    );
  });
});

describe('the comparison keeps unlike figures apart', () => {
  // A 2026 work report's review of 2021-2025 and its 2025 figure, as the 河南 page gives them.
  const henan = page('https://h.example/gzbg', '2026年河南省政府工作报告', '河南省', '2026', [
    rec({ indicator: 'urban_new_jobs', value: 6_000_000, unit: '人', period: '2021-2025', text: '城镇新增就业600万人' }),
    rec({ indicator: 'urban_new_jobs', value: 1_200_000, unit: '人', period: '2021-2025', text: '年均超120万人', comparator: '>=' }),
    rec({ indicator: 'urban_new_jobs', value: 1_210_000, unit: '人', period: '2025', text: '城镇新增就业121万人' }),
    rec({ indicator: 'urban_new_jobs', value: 1_100_000, unit: '人', period: '2026', kind: 'target', text: '城镇新增就业110万人以上', comparator: '>=' }),
  ]);
  const national = page('https://n.example/', '国务院政府工作报告', '全国', '2025', [
    rec({ indicator: 'urban_new_jobs', value: 12_560_000, unit: '人', period: '2025', text: '城镇新增就业1256万人' }),
  ]);

  it('keeps them apart by the sentence the background kept with a tab figure', () => {
    const sentence = '“十三五”期间，全县城镇新增就业累计1.6万人，年均城镇新增就业3200人。';
    const records: CompareRecord[] = [
      { ...rec({ indicator: 'urban_new_jobs', value: 16000, unit: '人', period: '2016-2020', text: '城镇新增就业累计1.6万人' }), sentence },
      { ...rec({ indicator: 'urban_new_jobs', value: 3200, unit: '人', period: '2016-2020', text: '城镇新增就业3200人' }), sentence },
    ];
    const dn = page('https://d.example/', '定南县', '定南县', '2023', records);
    const table = buildComparison([dn]);
    expect(table.columns.map((c) => c.periodLabel)).toEqual(['2016–2020', '2016–2020 年均']);
  });

  it('puts a five-year total and the yearly average in different columns, and no span beside a year', () => {
    const table = buildComparison([henan]);
    const cols = table.columns.map((c) => `${c.region} ${c.periodLabel}`);
    expect(cols).toEqual(['河南省 2021–2025', '河南省 2021–2025 年均', '河南省 2025', '河南省 2026']);
    const cells = table.columns.map((c) => table.rows[0]!.cells[c.id]!.figures.map((f) => `${f.value}:${f.periodType}`));
    expect(cells).toEqual([['6000000:multi-year'], ['1200000:annual-average'], ['1210000:year'], ['1100000:year']]);
    expect(table.columns.map((c) => c.scope)).toEqual(['province', 'province', 'province', 'province']);
  });

  it('charts only like with like and counts what it left out', () => {
    const table = buildComparison([henan, national]);
    const series = chartSeries(table.rows[0]!, table.columns);
    expect(series.periodType).toBe('year');
    expect(series.scope).toBe('province');
    expect(series.groups.map((g) => g.column.periodLabel)).toEqual(['2025', '2026']);
    expect([...series.leftOut.periodTypes]).toEqual([['multi-year', 1], ['annual-average', 1]]);
    expect([...series.leftOut.scopes]).toEqual([['national', 1]]);
  });

  it('draws every figure of a cell that fits, not only the first', () => {
    const two = page('https://t.example/', '两个数', '甲省', '2022', [
      rec({ indicator: 'urban_new_jobs', value: 100, unit: '人', kind: 'actual' }),
      rec({ indicator: 'urban_new_jobs', value: 120, unit: '人', kind: 'actual' }),
    ]);
    const table = buildComparison([two]);
    expect(chartSeries(table.rows[0]!, table.columns).groups[0]!.actuals.map((f) => f.value)).toEqual([100, 120]);
  });
});
