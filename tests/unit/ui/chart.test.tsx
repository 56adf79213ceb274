// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildComparison } from '../../../src/compare';
import { BarChart, niceTicks } from '../../../src/ui/compare/BarChart';
import { page, rec } from '../compare/records';

afterEach(cleanup);
const words = { target: '目标', actual: '实际', progress: '进度', done: '完成', computed: '', met: '', notMet: '' };

describe('bar chart', () => {
  it('draws targets hatched and actuals solid, heights in proportion, unit on the axis', () => {
    const t = buildComparison([
      page('a', 'a', '甲省', '2022', [rec({ indicator: 'urban_new_jobs', value: 400000, unit: '人', kind: 'target' })]),
      page('b', 'b', '乙省', '2022', [
        rec({ indicator: 'urban_new_jobs', value: 80, unit: '万人', kind: 'target' }),
        rec({ indicator: 'urban_new_jobs', value: 600000, unit: '人', kind: 'actual' }),
      ]),
    ]);
    const { container } = render(<BarChart row={t.rows[0]!} columns={t.columns} name="城镇新增就业" words={words} />);
    const bars = [...container.querySelectorAll('g rect.il-bar')].filter((r) => r.querySelector('title'));
    const height = (i: number) => Number(bars[i]!.getAttribute('height'));
    expect(bars.map((b) => b.getAttribute('class'))).toEqual(['il-bar il-bar-target', 'il-bar il-bar-target', 'il-bar il-bar-actual']);
    expect(height(1) / height(0)).toBeCloseTo(2, 5);
    expect(height(2) / height(0)).toBeCloseTo(1.5, 5);
    expect(bars[1]!.querySelector('title')!.textContent).toBe('乙省 2022 目标: 800,000 人 — b');
    expect(container.querySelector('.il-axis-unit')!.textContent).toBe('人');
    expect([...container.querySelectorAll('.il-tick')].map((e) => e.textContent)).toEqual(['0', '20万', '40万', '60万', '80万']);
    expect(container.querySelector('figcaption')!.textContent).toContain('城镇新增就业');
  });

  it('ticks are round numbers covering the maximum', () => {
    expect(niceTicks(4.5)).toEqual([0, 2, 4, 6]);
    expect(niceTicks(1100000)).toEqual([0, 500000, 1000000, 1500000]);
    expect(niceTicks(0)).toEqual([0]);
  });
});
