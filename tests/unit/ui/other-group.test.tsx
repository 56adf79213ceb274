// @vitest-environment happy-dom
// Core first, others on demand: the popup's table and the in-page panel put `other` figures in a collapsed group.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '../../../src/annotate/panel/Panel';
import { ComparisonView } from '../../../src/ui/compare/ComparisonView';
import { page, rec } from '../compare/records';
import { fakeApi, tabResult } from './fake-api';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// The 定南 page, abridged: one core figure and others whose labels the engine gave as written.
const dingnan = page('https://x.example/dn', '定南县就业工作', '定南县', '2023', [
  rec({ indicator: 'other', label: '新增就业人数', value: 15325, unit: '人', text: '新增就业人数15325人' }),
  rec({ indicator: 'urban_new_jobs', label: '城镇新增就业', value: 3300, unit: '人', kind: 'actual', text: '城镇新增就业3300人' }),
  rec({ indicator: 'other', label: '人家', value: 9, unit: '户', text: '9户人家' }),
  rec({ indicator: 'other', label: '分别进驻', value: 12, unit: '家', text: '分别进驻12家' }),
]);

describe('other figures in the popup', () => {
  it('lists the core rows first and the others in a collapsed group that opens', async () => {
    render(<ComparisonView api={fakeApi([tabResult(dingnan, 1)]).api} variant="popup" />);
    const table = await screen.findByTestId('compare-table');
    await waitFor(() => expect(table.querySelector('[data-testid="other-group"]')).toBeTruthy());
    const rowsShown = () => [...table.querySelectorAll('tbody tr[data-row]')].map((tr) => tr.getAttribute('data-row'));
    expect(rowsShown()).toEqual(['urban_new_jobs']);
    const toggle = table.querySelector<HTMLButtonElement>('[data-testid="other-group"] button')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toContain('其他数字（2 项）');
    fireEvent.click(toggle);
    expect(rowsShown()).toEqual(['urban_new_jobs', 'other:新增就业人数', 'other:']);
    const names = [...table.querySelectorAll('tbody tr[data-row] .il-row-name')].map((b) => b.textContent);
    // No fragment as a name: 人家 and 分别进驻 share the row of figures that name nothing, shown in the page's words.
    expect(names).toEqual(['城镇新增就业', '新增就业人数', '未说明所指的数字']);
    expect(table.querySelector('tr[data-row="other:"]')!.textContent).toContain('「9户人家」');
    expect(table.querySelector('tr[data-row="other:"]')!.textContent).toContain('「分别进驻12家」');
  });
});

describe('other figures in the in-page panel', () => {
  const noop = () => undefined;
  it('lists the core figure first and opens the group of others on a click, or when the cursor reaches one', () => {
    const view = render(<Panel records={dingnan.records} page={{ region: '定南县', period: '2023' }} active={-1} onChoose={noop} onClose={noop} />);
    const items = () => [...view.container.querySelectorAll('[data-part="panel-item"] .item-name')].map((n) => n.textContent);
    expect(items()).toEqual(['城镇新增就业']);
    fireEvent.click(view.container.querySelector('[data-part="panel-other-group"]')!);
    expect(items()).toEqual(['城镇新增就业', '新增就业人数', '其他', '其他']);
    view.rerender(<Panel records={dingnan.records} page={{ region: '定南县', period: '2023' }} active={0} onChoose={noop} onClose={noop} />);
    fireEvent.click(view.container.querySelector('[data-part="panel-other-group"]')!);
    // Collapsed again by hand, yet the cursor stands on an `other` figure: it stays visible.
    expect(items()).toContain('新增就业人数');
  });
});
