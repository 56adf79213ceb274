// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ComparisonView } from '../../../src/ui/compare/ComparisonView';
import { FIRST_COLUMNS, FIRST_ROWS } from '../../../src/ui/compare/CompareTable';
import { county, page, rec, shandong, shaanxi } from '../compare/records';
import { fakeApi, tabResult } from './fake-api';
import type { LibraryEntry } from '../../../src/store/library-types';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const tabs = [tabResult(shaanxi, 1), tabResult(shandong, 2), tabResult(county, 3)];

async function renderPopup(api = fakeApi(tabs)) {
  const view = render(<ComparisonView api={api.api} variant="popup" />);
  const table = await screen.findByTestId('compare-table');
  return { ...view, table, calls: api.calls };
}

function row(table: HTMLElement, key: string): HTMLElement {
  return table.querySelector(`tr[data-row="${key}"]`)! as HTMLElement;
}

describe('popup comparison', () => {
  it("says which tab's figures could not all be kept, and lists the tab with what it kept", async () => {
    const trimmed = { ...tabResult(shandong, 2), kept: { records: 1, of: 1_500 } };
    const { table } = await renderPopup(fakeApi([tabResult(shaanxi, 1), trimmed]));
    const notes = screen.getAllByTestId('kept-note').map((n) => n.textContent);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(trimmed.title || trimmed.url);
    expect(notes[0]).toContain('只保留了 1 个指标（共 1500 个）');
    expect([...table.querySelectorAll('thead th')].some((th) => th.textContent?.includes('山东省'))).toBe(true);
  });


  it('shows 陕西省 2022 and 山东省 2022 side by side in the 城镇新增就业 row', async () => {
    const { table } = await renderPopup();
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(heads[1]).toContain('陕西省');
    expect(heads[1]).toContain('2022');
    expect(heads[2]).toContain('山东省');
    const cells = [...row(table, 'urban_new_jobs').querySelectorAll('td')].map((td) => td.textContent);
    expect(cells[0]).toContain('≥40万人 目标');
    expect(cells[1]).toContain('≥110万人 目标');
    expect(cells[2]).toContain('1271人 实际 · 完成72.22%');
    expect(within(row(table, 'urban_new_jobs')).getByText('城镇新增就业')).toBeTruthy();
  });

  it('shows the exact value and source on hover', async () => {
    const { table } = await renderPopup();
    const button = within(row(table, 'urban_new_jobs')).getByText('≥40万人 目标').closest('button')!;
    expect(button.title).toContain('400,000 人');
    expect(button.title).toContain('城镇新增就业40万人以上');
    expect(button.title).toContain('今年陕西省城镇新增就业40万人以上');
  });

  it('can be used from the keyboard: every figure and clip action is a named button, the pickers are disclosures', async () => {
    const { table, calls } = await renderPopup();
    const figure = within(row(table, 'urban_new_jobs')).getByRole('button', { name: /^≥40万人 目标/ });
    const clip = within(row(table, 'urban_new_jobs')).getByRole('button', { name: '收藏这个数字 ≥40万人 目标' });
    for (const b of table.querySelectorAll('button')) expect(b.textContent?.trim() || b.getAttribute('aria-label')).toBeTruthy();
    expect(screen.getByTestId('column-picker').querySelector('summary')).toBeTruthy();
    figure.focus();
    expect(document.activeElement).toBe(figure);
    fireEvent.click(figure); // Enter and Space on a focused <button> fire click
    await waitFor(() => expect(calls.open).toHaveLength(1));
  });

  it('is one tab stop: arrow keys move between figures, ☆ and rows, Home/End along the row', async () => {
    const { table } = await renderPopup();
    const buttons = [...table.querySelectorAll('button')];
    const stops = () => buttons.filter((b) => b.tabIndex === 0);
    expect(buttons.length).toBeGreaterThan(20);
    expect(stops()).toEqual([table.querySelector('tbody button')]);

    const jobs = row(table, 'urban_new_jobs');
    const sx = within(jobs).getByRole('button', { name: /^≥40万人 目标/ });
    sx.focus();
    expect(stops()).toEqual([sx]);
    const press = (key: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(document.activeElement!, { key, ...init });
    press('ArrowRight');
    expect(document.activeElement!.getAttribute('aria-label')).toBe('复制（含来源） ≥40万人 目标');
    press('ArrowRight');
    press('ArrowRight');
    expect(document.activeElement).toBe(within(jobs).getByLabelText('收藏这个数字 ≥40万人 目标'));
    press('ArrowRight');
    expect(document.activeElement!.textContent).toContain('≥110万人 目标');
    for (let i = 0; i < 4; i++) press('ArrowLeft');
    expect(document.activeElement).toBe(sx);
    press('ArrowUp');
    expect(document.activeElement!.getAttribute('aria-label')).toBe('收藏此列 陕西省 2022');
    press('ArrowDown');
    expect(document.activeElement).toBe(sx);
    press('ArrowDown');
    const below = document.activeElement as HTMLElement;
    expect(below.closest('tr')).not.toBe(jobs);
    expect(below.closest('td')!.dataset.col).toBe(sx.closest('td')!.dataset.col);
    press('Home');
    expect(document.activeElement!.classList.contains('il-row-name')).toBe(true);
    press('End', { ctrlKey: true });
    expect(document.activeElement).toBe(buttons.at(-1));
    // Still one tab stop, where the user is: Tab leaves the table and comes back there.
    expect(stops()).toEqual([document.activeElement]);
  });

  it('clicking a figure asks the background to open its tab at the passage', async () => {
    const { table, calls } = await renderPopup();
    fireEvent.click(within(row(table, 'urban_new_jobs')).getByText('≥110万人 目标'));
    await waitFor(() => expect(calls.open).toHaveLength(1));
    expect(calls.open[0]).toMatchObject({ tabId: 2, source: { url: 'https://b.example/sd', quote: shandong.records[0]!.text } });
  });

  it('the column picker hides a column and the indicator filter hides a row', async () => {
    const { table } = await renderPopup();
    const picker = screen.getByTestId('column-picker');
    fireEvent.click(within(picker).getByText(/列/));
    fireEvent.click(within(picker).getByLabelText(/山东省/));
    await waitFor(() => expect(table.querySelectorAll('thead th').length).toBe(4));
    expect(table.querySelector('thead')!.textContent).not.toContain('山东省');
    expect(within(picker).getByText(/3\/4/)).toBeTruthy();

    const filter = screen.getByTestId('indicator-filter');
    fireEvent.click(within(filter).getByText(/^指标/));
    fireEvent.click(within(filter).getByText('全不选'));
    fireEvent.click(within(filter).getByLabelText('城镇新增就业'));
    await waitFor(() => expect(table.querySelectorAll('tbody tr').length).toBe(1));
    expect(row(table, 'urban_new_jobs')).toBeTruthy();
  });

  it('choosing an indicator charts it and lets columns sort by its value', async () => {
    const { table } = await renderPopup();
    fireEvent.click(within(row(table, 'urban_new_jobs')).getByText('城镇新增就业'));
    const chart = await screen.findByTestId('chart');
    expect(chart.querySelectorAll('rect.il-bar-target').length).toBe(3); // two bars + legend
    // The county's half-year actual is not drawn beside two provinces' yearly targets, and the chart says so.
    expect(chart.querySelectorAll('rect.il-bar-actual').length).toBe(1); // legend
    expect(screen.getByTestId('chart-series').textContent).toBe('全年 · 省级');
    expect(screen.getByTestId('chart-left-out').textContent).toBe('未画出（不可比）：1 个年内部分');
    expect(chart.textContent).toContain('人');
    fireEvent.change(screen.getByLabelText('排序'), { target: { value: 'desc' } });
    await waitFor(() => {
      const heads = [...table.querySelectorAll('thead th .il-col-region')].map((e) => e.textContent);
      expect(heads.slice(0, 2)).toEqual(['山东省 省级', '陕西省 省级']);
    });
  });

  it('clips one figure, a whole column, or everything shown', async () => {
    const { table, calls } = await renderPopup();
    fireEvent.click(within(row(table, 'urban_new_jobs')).getByLabelText('收藏这个数字 ≥40万人 目标'));
    await waitFor(() => expect(calls.clip).toHaveLength(1));
    expect(calls.clip[0]!.map((c) => c.record.value)).toEqual([400000]);
    expect(calls.clip[0]![0]!.source).toMatchObject({ url: 'https://a.example/sx', title: shaanxi.source.title });
    expect(calls.clip[0]![0]!.record).toMatchObject({ region: '陕西省', period: '2022' });
    expect(await screen.findByText('已收藏 1 条，0 条原已在收藏中')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('收藏此列 陕西省 2022'));
    await waitFor(() => expect(calls.clip).toHaveLength(2));
    expect(calls.clip[1]!.map((c) => c.record.indicator).sort()).toEqual(['registered_unemployment_rate', 'surveyed_unemployment_rate', 'urban_new_jobs']);

    fireEvent.click(screen.getByText('收藏全部'));
    await waitFor(() => expect(calls.clip).toHaveLength(3));
    expect(calls.clip[2]!.length).toBeGreaterThan(8);
  });

  it('shows ★ for a figure already in the library, ★ right after clipping, and ☆ again after unclipping', async () => {
    // Clipped from the in-page card: the record as found on the page, without the page's region and period filled in.
    const found = shaanxi.records.find((r) => r.indicator === 'urban_new_jobs')!;
    const entry: LibraryEntry = {
      key: 'clipped-on-the-card',
      record: { ...found, region: null, period: null },
      source: { url: 'https://a.example/sx', title: shaanxi.source.title, quote: found.text, prefix: '前', suffix: '后' },
      note: '',
      clippedAt: 1,
      updatedAt: 1,
      deletedAt: null,
      search: '',
    };
    const { table, calls } = await renderPopup(fakeApi(tabs, [entry]));
    const star = (name: string) => within(row(table, 'urban_new_jobs')).getByLabelText(`收藏这个数字 ${name}`);
    await waitFor(() => expect(star('≥40万人 目标').textContent).toBe('★'));
    expect(star('≥40万人 目标').getAttribute('aria-pressed')).toBe('true');
    expect(star('≥110万人 目标').textContent).toBe('☆');
    expect(star('≥110万人 目标').getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(star('≥110万人 目标'));
    await waitFor(() => expect(star('≥110万人 目标').textContent).toBe('★'));
    expect(calls.clip).toHaveLength(1);

    fireEvent.click(star('≥40万人 目标'));
    await waitFor(() => expect(star('≥40万人 目标').textContent).toBe('☆'));
    expect(calls.remove).toEqual([['clipped-on-the-card']]);
    expect(calls.clip).toHaveLength(1);
    expect(await screen.findByText('已取消收藏 1 条')).toBeTruthy();
  });

  it('clips every figure of the page under the popup, with the page region and period filled in', async () => {
    const { calls } = await renderPopup(fakeApi(tabs, [], 3));
    fireEvent.click(screen.getByText('收藏本页'));
    await waitFor(() => expect(calls.clip).toHaveLength(1));
    expect(calls.clip[0]).toHaveLength(county.records.length);
    expect(calls.clip[0]!.every((c) => c.source.url === 'https://c.example/xx' && c.record.region === 'XX县')).toBe(true);
    expect(calls.clip[0]!.find((c) => c.record.label === '线上办件率')!.record.period).toBe('2023H1');
  });

  it('includes the library on demand, marking library figures', async () => {
    const entry: LibraryEntry = {
      key: 'k',
      record: rec({ indicator: 'urban_new_jobs', label: '城镇新增就业', value: 1100000, unit: '人', comparator: '>=', kind: 'target', region: '河南省', period: '2026' }),
      source: { url: 'https://h/', title: '河南', quote: 'q', prefix: '', suffix: '' },
      note: '',
      clippedAt: 1,
      updatedAt: 1,
      deletedAt: null,
      search: '',
    };
    const api = fakeApi(tabs, [entry]);
    const { table } = await renderPopup(api);
    expect(table.textContent).not.toContain('河南省');
    fireEvent.click(screen.getByLabelText('包含收藏'));
    await waitFor(() => expect(table.querySelector('thead')!.textContent).toContain('河南省'));
    expect(row(table, 'urban_new_jobs').textContent).toContain('（收藏）');
    cleanup();
    // The choice is remembered the next time the popup opens.
    await renderPopup(api);
    await waitFor(() => expect(screen.getByTestId('compare-table').querySelector('thead')!.textContent).toContain('河南省'));
  });

  it('says so when no tab has figures, and buttons reach the panel and the full view', async () => {
    const { api, calls } = fakeApi([]);
    render(<ComparisonView api={api} variant="popup" />);
    expect(await screen.findByText(/还没有发现指标/)).toBeTruthy();
    fireEvent.click(screen.getByText('本页指标面板'));
    fireEvent.click(screen.getByText('完整视图'));
    await waitFor(() => expect([calls.panel, calls.fullView]).toEqual([1, 1]));
  });

  it('a table longer than a screen paints its first rows at once and all rows shortly after', async () => {
    const long = page('https://p/long', '长表', '甲省', '2023', Array.from({ length: 120 }, (_, j) =>
      rec({ indicator: 'other', label: `指标${String(j).padStart(3, '0')}`, value: j, unit: '人' })));
    const { table } = await renderPopup(fakeApi([tabResult(long, 1)]));
    expect(table.querySelectorAll('tbody tr').length).toBe(FIRST_ROWS);
    await waitFor(() => expect(table.querySelectorAll('tbody tr').length).toBe(120));
  });

  it('stays one table with 20 tabs and 500 records', async () => {
    const many = Array.from({ length: 20 }, (_, i) =>
      tabResult(
        page(`https://p/${i}`, `第${i}页`, `地区${i}`, '2023', Array.from({ length: 25 }, (_, j) =>
          rec({ indicator: 'other', label: `指标${j}`, value: i * 100 + j, unit: '人' }))),
        i,
      ),
    );
    const { table } = await renderPopup(fakeApi(many));
    expect(table.querySelectorAll('thead th').length).toBe(21);
    // The first screen: its rows and the columns that fit; every header, and empty cells keep the grid.
    expect(table.querySelectorAll('.il-fig').length).toBe(FIRST_ROWS * FIRST_COLUMNS);
    expect(table.querySelectorAll('tbody tr')[0]!.querySelectorAll('td').length).toBe(20);
    await waitFor(() => expect(table.querySelectorAll('tbody tr').length).toBe(25));
    await waitFor(() => expect(table.querySelectorAll('.il-fig').length).toBe(500));
  });
});
