import type { IndicatorRecord } from '../../../src/extract/types';
import type { CompareInput } from '../../../src/compare';

export function rec(partial: Partial<IndicatorRecord> & Pick<IndicatorRecord, 'indicator' | 'value' | 'unit'>): IndicatorRecord {
  return {
    label: partial.indicator,
    comparator: '=',
    kind: 'actual',
    masked: partial.value === null,
    region: null,
    period: null,
    text: String(partial.value),
    start: 0,
    end: 1,
    ...partial,
  };
}

export function page(
  url: string,
  title: string,
  region: string | null,
  period: string | null,
  records: IndicatorRecord[],
  tabId?: number,
): CompareInput {
  const source = tabId === undefined ? { url, title } : { url, title, tabId };
  return { source, origin: 'tab', region, period, records };
}

/** The three sample pages of the e2e scenario, as the gold files record them (abridged). */
export const shaanxi = page('https://a.example/sx', '今年陕西省城镇新增就业40万人以上', '陕西省', '2022', [
  rec({ indicator: 'urban_new_jobs', label: '城镇新增就业', value: 400000, unit: '人', comparator: '>=', kind: 'target', text: '城镇新增就业40万人以上', start: 30, end: 42 }),
  rec({ indicator: 'urban_new_jobs', label: '城镇新增就业', value: 400000, unit: '人', comparator: '>=', kind: 'target', text: '城镇新增就业40万人以上', start: 390, end: 402 }),
  rec({ indicator: 'registered_unemployment_rate', label: '城镇登记失业率', value: 4.5, unit: '%', comparator: '<=', kind: 'target' }),
  rec({ indicator: 'surveyed_unemployment_rate', label: '城镇调查失业率', value: 5.5, unit: '%', comparator: '<=', kind: 'target' }),
], 1);

export const shandong = page('https://b.example/sd', '确保年内实现城镇新增就业110万人以上', '山东省', '2022', [
  rec({ indicator: 'urban_new_jobs', label: '城镇新增就业', value: 1100000, unit: '人', comparator: '>=', kind: 'target' }),
  rec({ indicator: 'surveyed_unemployment_rate', label: '城镇调查失业率', value: 5.5, unit: '%', comparator: '<=', kind: 'target' }),
  rec({ indicator: 'other', label: '好评率', value: 96, unit: '%', comparator: '>=', kind: 'target' }),
], 2);

export const county = page('https://c.example/xx', 'XX县2023年1-5月人社工作', 'XX县', '2023H1', [
  rec({ indicator: 'urban_new_jobs', label: '城镇新增就业', value: 1271, unit: '人', region: 'XX县', period: '2023-05', start: 100, end: 110 }),
  rec({ indicator: 'urban_new_jobs', label: '城镇新增就业完成比例', value: 72.22, unit: '%', kind: 'progress', region: 'XX县', period: '2023-05', start: 111, end: 120 }),
  rec({ indicator: 'pension_insured', label: '参加企业职工养老保险人数', value: 47081, unit: '人', region: 'XX县', period: '2023-05', start: 200, end: 210 }),
  rec({ indicator: 'pension_insured', label: '参加企业职工养老保险人数完成比例', value: 124.22, unit: '%', kind: 'progress', region: 'XX县', period: '2023-05', start: 211, end: 220 }),
  rec({ indicator: 'pension_insured', label: '参加机关事业单位养老保险人数', value: 5154, unit: '人', region: 'XX县', period: '2023-05', start: 230, end: 240 }),
  rec({ indicator: 'pension_insured', label: '参加机关事业单位养老保险人数完成比例', value: 107.38, unit: '%', kind: 'progress', region: 'XX县', period: '2023-05', start: 241, end: 250 }),
  rec({ indicator: 'startup_loans', label: '发放创业担保贷', value: 65680000, unit: '元', region: 'XX县', period: '2023-05' }),
  rec({ indicator: 'other', label: '线上办件率', value: 89.94, unit: '%', kind: 'actual' }),
], 3);

export const jobs = (value: number, kind: 'target' | 'actual', period: string, region: string | null = null, text = String(value)) =>
  rec({ indicator: 'urban_new_jobs', label: '城镇新增就业', value, unit: '人', kind, period, region, text, comparator: kind === 'target' ? '>=' : '=' });

/** 河南's 2026 work report read as two pages: the review (河南省) and the year's targets (a news item saying 河南). */
export const henanReview = page('https://a.example/henan-review', '河南省政府工作报告：过去五年', '河南省', '2026', [
  jobs(6_037_000, 'actual', '2021-2025', '河南省', '城镇新增就业603.7万人'),
  jobs(1_217_000, 'actual', '2025', '河南省', '城镇新增就业121.7万人'),
  rec({ indicator: 'vocational_training', label: '职业技能培训', value: 2_840_000, unit: '人次', period: '2025', region: '河南省' }),
], 1);
export const henanTargets = page('https://b.example/henan-2026', '河南2026年主要预期目标', '河南', '2026', [
  jobs(5_000_000, 'target', '2026-2030', '河南', '城镇新增就业500万人以上'),
  jobs(1_100_000, 'target', '2026', '河南', '城镇新增就业110万人以上'),
  // The same year's target written again on the second page, and last year's target, met by the review's actual.
  jobs(1_100_000, 'target', '2026', '河南省', '城镇新增就业110万人以上'),
  jobs(1_100_000, 'target', '2025', '河南', '城镇新增就业110万人以上'),
], 2);
