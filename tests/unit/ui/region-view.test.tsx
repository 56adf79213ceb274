// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ComparisonView } from '../../../src/ui/compare/ComparisonView';
import { ComparePage } from '../../../src/ui/compare/ComparePage';
import { henanReview, henanTargets, shaanxi } from '../compare/records';
import { fakeApi, tabResult } from './fake-api';

afterEach(() => {
  cleanup();
  localStorage.clear();
  history.replaceState(null, '', '#');
});

const tabs = [tabResult(shaanxi, 1), tabResult(henanReview, 2), tabResult(henanTargets, 3)];

/** The region view's table: each period with its targets, actuals, progress and sources, as the user reads them. */
function periods(table: HTMLElement) {
  return [...table.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((c) => {
      const buttons = [...c.querySelectorAll('.il-open, .il-source')];
      return buttons.length > 0 ? buttons.map((b) => b.textContent).join(' / ') : c.textContent;
    }),
  );
}

describe('a region over time, in the full page', () => {
  it('opens on #region with 河南 and 河南省 as one region: the periods in order, each figure with its page', async () => {
    history.replaceState(null, '', '#region?row=urban_new_jobs&region=%E6%B2%B3%E5%8D%97');
    const { api, calls } = fakeApi(tabs);
    render(<ComparePage api={api} />);
    const table = await screen.findByTestId('region-table');
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('地区历年');
    expect(screen.getByTestId('region-names').textContent).toBe('页面中写作 河南省、河南');
    expect(periods(table)).toEqual([
      ['2021–2025', '', '603.7万人 实际', '', '河南省政府工作报告：过去五年'],
      ['2025', '≥110万人 目标', '121.7万人 实际 · 完成110.64%（推算）', '', '河南2026年主要预期目标 / 河南省政府工作报告：过去五年'],
      ['2026', '≥110万人 目标', '', '', '河南2026年主要预期目标'],
      ['2026–2030', '≥500万人 目标', '', '', '河南2026年主要预期目标'],
    ]);
    // A page's name opens its tab at the figure's passage.
    fireEvent.click(within(table).getAllByRole('button', { name: '打开来源 河南2026年主要预期目标' })[1]!);
    await waitFor(() => expect(calls.open).toHaveLength(1));
    expect(calls.open[0]).toMatchObject({ tabId: 3, source: { url: 'https://b.example/henan-2026', quote: '城镇新增就业110万人以上' } });
    // Like with like in the chart: the two years drawn, the span and the plan said to be left out.
    expect(screen.getByTestId('chart-series').textContent).toBe('全年 · 省级');
    expect(screen.getByTestId('chart-left-out').textContent).toContain('多年合计');
    expect(screen.getByTestId('chart').querySelector('figcaption')!.textContent).toContain('河南省 城镇新增就业：各时期对比（单位：人）');
    await waitFor(() => expect(decodeURIComponent(location.hash)).toBe('#region?row=urban_new_jobs&region=河南省'));
  });

  it('follows another region or indicator when picked', async () => {
    history.replaceState(null, '', '#region');
    render(<ComparePage api={fakeApi(tabs).api} />);
    const table = await screen.findByTestId('region-table');
    expect(periods(table).map((p) => p[0])).toEqual(['2022']);
    fireEvent.change(screen.getByTestId('region-region'), { target: { value: '河南' } });
    await waitFor(() => expect(periods(screen.getByTestId('region-table')).map((p) => p[0])).toEqual(['2021–2025', '2025', '2026', '2026–2030']));
    fireEvent.change(screen.getByTestId('region-indicator'), { target: { value: 'vocational_training' } });
    await waitFor(() => expect(periods(screen.getByTestId('region-table'))).toEqual([['2025', '', '284万人次 实际', '', '河南省政府工作报告：过去五年']]));
  });
});

describe('from the popup', () => {
  it("a row's ↗ opens the full page on that indicator for the region of the page under the popup", async () => {
    const fake = fakeApi(tabs, [], 2);
    const hashes: string[] = [];
    render(<ComparisonView api={{ ...fake.api, openFullView: async (hash) => void hashes.push(hash ?? '') }} variant="popup" />);
    const table = await screen.findByTestId('compare-table');
    fireEvent.click(within(table.querySelector('tr[data-row="urban_new_jobs"]') as HTMLElement).getByRole('button', { name: '跟踪此地区 城镇新增就业' }));
    await waitFor(() => expect(hashes).toEqual(['#region?row=urban_new_jobs&region=%E6%B2%B3%E5%8D%97']));
  });
});
