// @vitest-environment happy-dom
// Each cell says what its period covers, each column whose figures they are; the card and the panel say it too.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Card } from '../../../src/annotate/card/Card';
import { Panel } from '../../../src/annotate/panel/Panel';
import { ComparisonView } from '../../../src/ui/compare/ComparisonView';
import { page, rec } from '../compare/records';
import { fakeApi, tabResult } from './fake-api';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const henan = page('https://h.example/gzbg', '2026年河南省政府工作报告', '河南省', '2026', [
  rec({ indicator: 'urban_new_jobs', value: 6_000_000, unit: '人', period: '2021-2025', text: '城镇新增就业600万人' }),
  rec({ indicator: 'urban_new_jobs', value: 1_200_000, unit: '人', period: '2021-2025', text: '年均超120万人', comparator: '>=' }),
  rec({ indicator: 'urban_new_jobs', value: 1_100_000, unit: '人', period: '2026', kind: 'target', text: '城镇新增就业110万人以上', comparator: '>=' }),
]);

describe('period types and scope', () => {
  it('tags every figure of the table with its period type and every column with its level', async () => {
    render(<ComparisonView api={fakeApi([tabResult(henan, 1)]).api} variant="popup" />);
    const table = await screen.findByTestId('compare-table');
    await waitFor(() => expect(table.querySelectorAll('.il-fig').length).toBe(3));
    const lines = [...table.querySelectorAll('tr[data-row="urban_new_jobs"] .il-fig')].map((f) => f.textContent);
    expect(lines).toEqual(['600万人 实际多年合计⧉M↓☆', '≥120万人 实际年均/每年⧉M↓☆', '≥110万人 目标全年⧉M↓☆']);
    const heads = [...table.querySelectorAll('thead th .il-col-region')].map((e) => e.textContent);
    expect(heads).toEqual(['河南省 省级', '河南省 省级', '河南省 省级']);
  });

  it('says it on the card and in the panel', () => {
    const card = render(
      <Card record={henan.records[1]!} page={{ region: '河南省', period: '2026' }} sentence="“十四五”期间，城镇新增就业年均超120万人。"
        clip="idle" onClip={() => undefined} onClose={() => undefined} position={{ left: 0, top: 0 }} />,
    );
    expect(card.container.querySelector('[data-part="period-type"]')!.textContent).toBe('年均/每年');
    expect(card.container.querySelector('[data-part="scope"]')!.textContent).toBe('省级');
    cleanup();
    const panel = render(<Panel records={henan.records} page={{ region: '河南省', period: '2026' }} active={-1} onChoose={() => undefined} onClose={() => undefined} />);
    expect([...panel.container.querySelectorAll('[data-part="panel-period-type"]')].map((e) => e.textContent)).toEqual(['多年合计', '年均/每年', '全年']);
  });
});
