import { describe, expect, it } from 'vitest';
import { buildFullTable } from '../../../src/compare/build';
import { looseRegionKey } from '../../../src/compare/region-columns';
import { periodBounds, regionSeries, seriesRegions } from '../../../src/compare/region-series';
import { henanReview as review, henanTargets as targets, jobs, page, rec, shaanxi } from './records';

describe('a region over time', () => {
  it('takes 河南 and 河南省 for one region, 郑州 and 郑州市 for one city, but not 吉林市 for 吉林省 nor 朝阳区 for 朝阳县', () => {
    expect(looseRegionKey('河南省')).toBe(looseRegionKey('河南'));
    expect(looseRegionKey('广西壮族自治区')).toBe(looseRegionKey('广西'));
    expect(looseRegionKey('重庆市')).toBe(looseRegionKey('重庆'));
    expect(looseRegionKey('郑州市')).toBe(looseRegionKey('郑州'));
    expect(looseRegionKey('定南县')).toBe(looseRegionKey('定南'));
    expect(looseRegionKey('吉林市')).not.toBe(looseRegionKey('吉林省'));
    expect(looseRegionKey('朝阳区')).not.toBe(looseRegionKey('朝阳县'));
    expect(looseRegionKey('和县')).toBe('和县');
  });

  it("orders 河南's 城镇新增就业 on one axis: 2021–2025 actual, 2025 actual (against its target), 2026 target, 2026–2030 plan", () => {
    const table = buildFullTable([shaanxi, review, targets]);
    const regions = seriesRegions(table, 'urban_new_jobs', table.rows);
    const henan = regions.find((r) => r.names.includes('河南'))!;
    expect(henan.name).toBe('河南省');
    expect(henan.names.sort()).toEqual(['河南', '河南省']);
    expect(regions.map((r) => r.name)).toContain('陕西省');

    const series = regionSeries(table, 'urban_new_jobs', henan.key)!;
    expect(series.columns.map((c) => c.periodLabel)).toEqual(['2021–2025', '2025', '2026', '2026–2030']);
    const lines = series.columns.map((c) =>
      series.row.cells[c.id]!.figures.map((f) => `${f.kind} ${f.value} ${f.periodType} ${f.source.url}`),
    );
    expect(lines).toEqual([
      ['actual 6037000 multi-year https://a.example/henan-review'],
      ['actual 1217000 year https://a.example/henan-review', 'target 1100000 year https://b.example/henan-2026'],
      ['target 1100000 year https://b.example/henan-2026'],
      ['target 5000000 plan-horizon https://b.example/henan-2026'],
    ]);
    // Two pages, one 2026 target: shown once, counted twice.
    expect(series.row.cells[series.columns[2]!.id]!.figures[0]!.mentions).toBe(2);
    // The review's 2025 actual against the other page's 2025 target: 110.64% done.
    const [progress] = series.row.cells[series.columns[1]!.id]!.progress;
    expect(progress).toMatchObject({ computed: true, percent: 110.64, met: true });
    expect(series.columns.every((c) => c.region === '河南省' && c.scope === 'province')).toBe(true);
  });

  it('keeps a span, its yearly average and its years apart, and leaves other regions and indicators out', () => {
    const avg = page('https://c.example/avg', '河南“十四五”就业', '河南省', '2021-2025', [
      rec({ ...jobs(1_207_000, 'actual', '2021-2025', '河南省', '年均城镇新增就业120.7万人'), start: 0, end: 12 }),
    ]);
    const table = buildFullTable([review, avg, shaanxi]);
    const series = regionSeries(table, 'urban_new_jobs', looseRegionKey('河南'))!;
    expect(series.columns.map((c) => c.periodLabel)).toEqual(['2021–2025', '2021–2025 年均', '2025']);
    expect(series.columns.flatMap((c) => series.row.cells[c.id]!.figures.map((f) => f.periodType))).toEqual([
      'multi-year', 'annual-average', 'year',
    ]);
    expect(regionSeries(table, 'registered_unemployment_rate', looseRegionKey('河南'))!.columns).toEqual([]);
    expect(regionSeries(table, 'no_such_row', looseRegionKey('河南'))).toBeNull();
  });

  it('never merges two pages that each say only 全县', () => {
    const a = page('https://x.example/a', '甲县', '全县', '2024', [jobs(3000, 'actual', '2024')]);
    const b = page('https://y.example/b', '乙县', '全县', '2024', [jobs(5000, 'actual', '2024')]);
    const table = buildFullTable([a, b]);
    const regions = seriesRegions(table);
    expect(regions).toHaveLength(2);
    expect(regionSeries(table, 'urban_new_jobs', regions[0]!.key)!.columns).toHaveLength(1);
  });

  it('reads every period form the engine writes', () => {
    expect(periodBounds('2025')).toEqual([2025, 2026]);
    expect(periodBounds('2021-2025')).toEqual([2021, 2026]);
    expect(periodBounds('2025H2')).toEqual([2025.5, 2026]);
    expect(periodBounds('2025Q1-Q3')).toEqual([2025, 2025.75]);
    expect(periodBounds('2025-06')).toEqual([2025 + 5 / 12, 2025.5]);
    expect(periodBounds(null)).toBeNull();
  });
});
