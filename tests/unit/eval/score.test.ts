// The full-record match: the spec's match, and the gold's region and period as well.
import { describe, expect, it } from 'vitest';
import { recordsMatchFull, type GoldDoc, type GoldRecord } from '../../../src/eval/score';
import type { IndicatorRecord } from '../../../src/extract/types';

const gold: GoldRecord = {
  indicator: 'urban_new_jobs', label: '城镇新增就业', value: 6483, unit: '人', comparator: '=', kind: 'actual', masked: false,
  text: '城镇新增就业6483人',
};
const got: IndicatorRecord = {
  indicator: 'urban_new_jobs', label: '城镇新增就业', value: 6483, unit: '人', comparator: '=', kind: 'actual', masked: false,
  text: '城镇新增就业6483人', region: '全县', period: null, start: 0, end: 10,
};

describe('full-record matching', () => {
  it('takes the document\'s region and period for a record without its own, and "none" where the document states none', () => {
    const undated = { region: '全县' } as Pick<GoldDoc, 'region' | 'period'>;
    expect(recordsMatchFull(gold, undated, got)).toBe(true);
    expect(recordsMatchFull(gold, { region: '全县', period: '2021' }, got)).toBe(false);
    expect(recordsMatchFull({ ...gold, period: '2021' }, undated, { ...got, period: '2021' })).toBe(true);
    expect(recordsMatchFull(gold, { region: '巫山县', period: null }, got)).toBe(false);
  });
});
