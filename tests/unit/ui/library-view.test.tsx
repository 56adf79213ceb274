// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryView } from '../../../src/ui/library/LibraryView';
import { toLibraryJson } from '../../../src/export';
import { county, shandong, shaanxi } from '../compare/records';
import { routerApi } from './router-api';
import type { ClipEntry } from '../../../src/messaging/protocol';
import type { CompareInput } from '../../../src/compare';

afterEach(cleanup);

function clipsOf(input: CompareInput): ClipEntry[] {
  return input.records.map((record) => ({
    record: { ...record, region: record.region ?? input.region, period: record.period ?? input.period },
    source: { url: input.source.url, title: input.source.title, quote: record.text, prefix: '', suffix: '' },
  }));
}

async function setup() {
  const ctx = await routerApi();
  await ctx.api.clip([...clipsOf(shaanxi), ...clipsOf(shandong), ...clipsOf(county)]);
  render(<LibraryView api={ctx.api} />);
  const table = await screen.findByTestId('library-table');
  return { ...ctx, table };
}

const rows = (table: HTMLElement) => table.querySelectorAll('tbody tr').length;

describe('library view', () => {
  it('lists clipped figures, filters by region and searches text', async () => {
    const { table, library } = await setup();
    const total = await library.count();
    expect(rows(table)).toBe(total);
    fireEvent.change(screen.getByLabelText('全部地区'), { target: { value: '山东省' } });
    await waitFor(() => expect(rows(screen.getByTestId('library-table'))).toBe(3));
    fireEvent.change(screen.getByLabelText('全部地区'), { target: { value: '' } });
    fireEvent.input(screen.getByLabelText(/^搜索/), { target: { value: '好评率' } });
    await waitFor(() => expect(rows(screen.getByTestId('library-table'))).toBe(1));
    expect(screen.getByTestId('library-table').textContent).toContain('≥96% 目标');
  });

  it('a long library shows 200 rows and more on demand', async () => {
    const ctx = await routerApi();
    await ctx.api.clip(
      Array.from({ length: 450 }, (_, i) => ({
        record: { ...shaanxi.records[0]!, value: i },
        source: { url: `https://many/${i}`, title: `第${i}篇`, quote: 'q', prefix: '', suffix: '' },
      })),
    );
    render(<LibraryView api={ctx.api} />);
    const table = await screen.findByTestId('library-table');
    expect(screen.getByTestId('library-count').textContent).toBe('共 450 条');
    expect(rows(table)).toBe(200);
    fireEvent.click(screen.getByText('再显示 200 条（共 450 条）'));
    await waitFor(() => expect(rows(screen.getByTestId('library-table'))).toBe(400));
    fireEvent.click(screen.getByText('再显示 50 条（共 450 条）'));
    await waitFor(() => expect(rows(screen.getByTestId('library-table'))).toBe(450));
    expect(screen.queryByText(/再显示/)).toBeNull();
  });

  it('deletes with undo', async () => {
    const { table, library } = await setup();
    const total = await library.count();
    const first = table.querySelector('tbody tr')!;
    fireEvent.click(within(first as HTMLElement).getByText('删除'));
    await waitFor(() => expect(rows(screen.getByTestId('library-table'))).toBe(total - 1));
    expect(await library.count()).toBe(total - 1);
    fireEvent.click(within(screen.getByTestId('library-message')).getByText('撤销'));
    await waitFor(() => expect(rows(screen.getByTestId('library-table'))).toBe(total));
    expect(await library.count()).toBe(total);
  });

  it('saves a note and finds the entry by it', async () => {
    const { table, library } = await setup();
    const note = within(table.querySelector('tbody tr') as HTMLElement).getByLabelText('备注');
    fireEvent.input(note, { target: { value: '需要核对' } });
    fireEvent.blur(note);
    await waitFor(async () => expect((await library.list({ text: '核对' })).length).toBe(1));
  });

  it('saves a note as it is typed, and when the page goes away before the pause is over', async () => {
    const { table, library } = await setup();
    const [first, second] = [...table.querySelectorAll('tbody tr')].map((tr) => within(tr as HTMLElement).getByLabelText('备注'));
    fireEvent.input(first!, { target: { value: '待核实' } });
    await waitFor(async () => expect((await library.list({ text: '待核实' })).length).toBe(1), { timeout: 2000 });
    fireEvent.input(second!, { target: { value: '来源待查' } });
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect((await library.list({ text: '来源待查' })).length).toBe(1), { timeout: 200 });
  });

  it('a malformed import shows why and leaves the library unchanged; a good one adds entries', async () => {
    const { library } = await setup();
    const before = await library.list();
    const input = screen.getByTestId('import-file') as HTMLInputElement;
    const bad = new File(['{"format":"indicator-lens-library","version":1,"entries":[{"record":{}}]}'], 'bad.json');
    fireEvent.change(input, { target: { files: [bad] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/导入失败：entries\[0\]\.source: expected an object。收藏库没有任何改动/);
    expect(await library.list()).toEqual(before);

    const good = toLibraryJson([{ record: { ...county.records[0]!, value: 999 }, source: { url: 'https://n/1', title: '新' } }]);
    fireEvent.change(input, { target: { files: [new File([good], 'good.json')] } });
    await waitFor(() => expect(screen.getByTestId('library-message').textContent).toBe('已导入 1 条（0 条重复，已跳过）'));
    expect(await library.count()).toBe(before.length + 1);
  });
});
