import { describe, expect, it } from 'vitest';
import { buildComparison } from '../../../src/compare';
import { county, page, rec, shandong, shaanxi } from './records';

describe('buildComparison', () => {
  it('puts 陕西 and 山东 new-jobs targets in one row, one column per region and period', () => {
    const t = buildComparison([shaanxi, shandong, county]);
    const labels = t.columns.map((c) => `${c.region} ${c.periodLabel}`);
    expect(labels).toEqual(['陕西省 2022', '山东省 2022', 'XX县 2023年5月', 'XX县 2023上半年']);
    const jobs = t.rows.find((r) => r.key === 'urban_new_jobs')!;
    const sx = jobs.cells[t.columns[0]!.id]!;
    const sd = jobs.cells[t.columns[1]!.id]!;
    expect(sx.figures.map((f) => [f.value, f.comparator, f.kind])).toEqual([[400000, '>=', 'target']]);
    expect(sx.figures[0]!.mentions).toBe(2);
    expect(sd.figures.map((f) => f.value)).toEqual([1100000]);
  });

  it('orders rows: core indicators in spec order, then custom, then other by label', () => {
    const extra = page('u', 't', '甲市', '2024', [
      rec({ indicator: 'custom:gig', label: '灵活就业', value: 5, unit: '人' }),
      rec({ indicator: 'minimum_wage', value: 2200, unit: '元' }),
    ]);
    const t = buildComparison([shandong, county, extra]);
    expect(t.rows.map((r) => r.key)).toEqual([
      'urban_new_jobs',
      'surveyed_unemployment_rate',
      'startup_loans',
      'pension_insured',
      'minimum_wage',
      'custom:gig',
      'other:好评率',
      'other:线上办件率',
    ]);
  });

  it('a record without region or period takes the page values', () => {
    const t = buildComparison([county]);
    const rate = t.rows.find((r) => r.key === 'other:线上办件率')!;
    expect(Object.keys(rate.cells)).toEqual(['XX县|2023H1']);
  });

  it('a generic 全县 from two pages makes two columns, each noted with its page title', () => {
    const a = page('https://x/1', '甲县人社局2022年工作总结', '全县', '2022', [rec({ indicator: 'urban_new_jobs', value: 100, unit: '人' })]);
    const b = page('https://x/2', '乙县2022年就业工作', '全县', '2022', [rec({ indicator: 'urban_new_jobs', value: 200, unit: '人' })]);
    const t = buildComparison([a, b]);
    expect(t.columns.map((c) => [c.region, c.regionNote])).toEqual([
      ['全县', '甲县人社局2022年工作总结'],
      ['全县', '乙县2022年就业工作'],
    ]);
  });

  it('converts figures to the row unit (万人 → 人) and keeps an unconvertible unit as is', () => {
    const a = page('a', 'a', '甲省', '2022', [rec({ indicator: 'public_welfare_jobs', value: 40.97, unit: '万个' })]);
    const b = page('b', 'b', '乙省', '2022', [rec({ indicator: 'public_welfare_jobs', value: 3000, unit: '个' })]);
    const c = page('c', 'c', '丙省', '2022', [rec({ indicator: 'public_welfare_jobs', value: 120, unit: '人' })]);
    const t = buildComparison([a, b, c]);
    const row = t.rows[0]!;
    expect(row.unit).toBe('个');
    const [fa, fb, fc] = t.columns.map((col) => row.cells[col.id]!.figures[0]!);
    expect([fa!.value, fa!.unit]).toEqual([409700, '个']);
    expect([fb!.value, fb!.unit]).toEqual([3000, '个']);
    expect([fc!.value, fc!.unit]).toEqual([120, '人']);
  });

  it('filters rows and columns', () => {
    const all = buildComparison([shaanxi, shandong, county]);
    const t = buildComparison([shaanxi, shandong, county], {
      rows: new Set(['urban_new_jobs']),
      columns: new Set([all.columns[1]!.id]),
    });
    expect(t.rows.map((r) => r.key)).toEqual(['urban_new_jobs']);
    expect(t.columns.map((c) => c.region)).toEqual(['山东省']);
    expect(Object.keys(t.rows[0]!.cells)).toEqual([all.columns[1]!.id]);
  });
});

describe('cells built when read', () => {
  it('gives the same cell on every read, also through a filtered view, and leaves unread cells unbuilt', async () => {
    const { buildFullTable, viewTable } = await import('../../../src/compare/build');
    const full = buildFullTable([shaanxi, shandong]);
    const row = full.rows.find((r) => r.indicator === 'urban_new_jobs')!;
    const [first, second] = full.columns;
    expect(Object.getOwnPropertyDescriptor(row.cells, first!.id)?.get).toBeTypeOf('function');
    const cell = row.cells[first!.id]!;
    expect(row.cells[first!.id]).toBe(cell);
    const view = viewTable(full, { columns: new Set([first!.id, second!.id]) });
    const viewed = view.rows.find((r) => r.key === row.key)!;
    expect(viewed.cells[first!.id]).toBe(cell);
    expect(Object.keys(viewed.cells)).toEqual([first!.id, second!.id].filter((id) => id in row.cells));
  });
});
