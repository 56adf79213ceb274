// @vitest-environment happy-dom
// "Copy with source" from the card and from a cell of the comparison: what lands on the clipboard.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Card } from '../../../src/annotate/card/Card';
import { ComparisonView } from '../../../src/ui/compare/ComparisonView';
import { page, rec } from '../compare/records';
import { fakeApi, tabResult } from './fake-api';

let clipboard: string[] = [];
beforeEach(() => {
  clipboard = [];
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (s: string) => void clipboard.push(s) } });
});
afterEach(() => {
  cleanup();
  localStorage.clear();
});

const READ = new Date(2026, 11, 2, 9, 0).getTime();
const dingnan = page('https://x.example/dn', '定南县2023年就业工作', '定南县', '2023', [
  { ...rec({ indicator: 'urban_new_jobs', label: '城镇新增就业', value: 15325, unit: '人', text: '新增就业人数15325人' }), sentence: '全年新增就业人数15325人，完成目标任务的108%。' } as ReturnType<typeof rec>,
]);

describe('copy with source', () => {
  it('from a cell: exact value, kind, period, region, the sentence, title, URL and the day the tab was read', async () => {
    render(<ComparisonView api={fakeApi([{ ...tabResult(dingnan, 1), updatedAt: READ }]).api} variant="popup" />);
    const table = await screen.findByTestId('compare-table');
    await waitFor(() => expect(table.querySelector('[data-copy="text"]')).toBeTruthy());
    fireEvent.click(table.querySelector('[data-copy="text"]')!);
    await waitFor(() => expect(clipboard).toHaveLength(1));
    expect(clipboard[0]).toBe(
      '城镇新增就业 15325人（原文：新增就业人数15325人）\n' +
        '类型：实际；时期：2023（全年）；地区：定南县（县级）\n' +
        '“全年新增就业人数15325人，完成目标任务的108%。”\n' +
        '来源：《定南县2023年就业工作》 https://x.example/dn（读取于 2026-12-02）\n',
    );
    fireEvent.click(table.querySelector('[data-copy="markdown"]')!);
    await waitFor(() => expect(clipboard).toHaveLength(2));
    expect(clipboard[1]).toContain('[定南县2023年就业工作](<https://x.example/dn>)，读取于 2026-12-02');
    expect(await screen.findByText('已复制，含来源')).toBeTruthy();
  });

  it('the table as Markdown keeps 15325人 exact and footnotes its source', async () => {
    render(<ComparisonView api={fakeApi([{ ...tabResult(dingnan, 1), updatedAt: READ }]).api} variant="popup" />);
    await screen.findByTestId('compare-table');
    fireEvent.click(within(screen.getByRole('toolbar')).getByText('复制 Markdown'));
    await waitFor(() => expect(clipboard).toHaveLength(1));
    expect(clipboard[0]).toContain('15325人 实际 （全年）[^1]');
    expect(clipboard[0]).not.toContain('1.53万');
    expect(clipboard[0]).toContain('[^1]: “全年新增就业人数15325人，完成目标任务的108%。” — [定南县2023年就业工作](<https://x.example/dn>)，读取于 2026-12-02');
  });

  it('from the card: the same, with the page it is on', async () => {
    document.title = '定南县2023年就业工作';
    const view = render(
      <Card record={{ ...dingnan.records[0]!, region: null, period: null }} page={{ region: '定南县', period: '2023' }}
        sentence="全年新增就业人数15325人，完成目标任务的108%。" clip="idle" onClip={() => undefined} onClose={() => undefined} position={{ left: 0, top: 0 }} />,
    );
    fireEvent.click(view.container.querySelector('[data-part="copy"]')!);
    await waitFor(() => expect(clipboard).toHaveLength(1));
    expect(clipboard[0]).toContain('城镇新增就业 15325人（原文：新增就业人数15325人）\n类型：实际；时期：2023（全年）；地区：定南县（县级）\n“全年新增就业人数15325人，完成目标任务的108%。”\n来源：《定南县2023年就业工作》 ');
    expect(clipboard[0]).toContain(location.href);
    await waitFor(() => expect(view.container.querySelector('[data-part="copied"]')!.textContent).toBe('已复制，含来源'));
  });
});
