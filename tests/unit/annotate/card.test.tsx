// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { Card } from '../../../src/annotate/card/Card';
import { Panel } from '../../../src/annotate/panel/Panel';
import type { IndicatorRecord } from '../../../src/extract/types';

const base: IndicatorRecord = {
  indicator: 'urban_new_jobs', label: '城镇新增就业', value: 400000, unit: '人', comparator: '>=', kind: 'target',
  masked: false, region: '陕西省', period: '2022', text: '城镇新增就业40万人以上', start: 0, end: 13,
};

function show(record: IndicatorRecord, page = { region: '全国', period: '2023' }) {
  const onClip = vi.fn();
  const view = render(
    <Card record={record} page={page} sentence="全面完成城镇新增就业40万人以上的目标任务。" clip="idle"
      onClip={onClip} onClose={() => undefined} position={{ left: 0, top: 0 }} />,
  );
  const part = (p: string) => view.container.querySelector(`[data-part="${p}"]`)?.textContent ?? null;
  return { view, part, onClip };
}

describe('Card', () => {
  afterEach(cleanup);

  it('shows name, readable and exact value, kind, region, period and sentence', () => {
    const { part } = show(base);
    expect(part('name')).toBe('城镇新增就业');
    expect(part('readable')).toBe('≥40万人');
    expect(part('exact')).toBe('≥ 400,000 人');
    expect(part('kind')).toBe('目标');
    expect(part('region')).toBe('陕西省');
    expect(part('period')).toBe('2022');
    expect(part('scope')).toBe('省级');
    expect(part('period-type')).toBe('全年');
    expect(part('sentence')).toBe('全面完成城镇新增就业40万人以上的目标任务。');
  });

  it('falls back to the page region and period, reads ranges, rates and halves', () => {
    const { part } = show(
      { ...base, indicator: 'registered_unemployment_rate', value: 4, max: 4.5, unit: '%', comparator: 'range', kind: 'actual', region: null, period: '2023H1' },
    );
    expect(part('name')).toBe('城镇登记失业率');
    expect(part('readable')).toBe('4–4.5%');
    expect(part('exact')).toBe('4 – 4.5 %');
    expect(part('kind')).toBe('实际');
    expect(part('region')).toBe('全国');
    expect(part('scope')).toBeNull();
    expect(part('period')).toBe('2023上半年');
    expect(part('period-type')).toBe('年内部分');
  });

  it('names an `other` figure by its label and says when a value is masked', () => {
    const { part } = show({ ...base, indicator: 'other', label: '线上办件率', value: null, masked: true, text: '线上办件率**%', kind: 'progress' });
    expect(part('name')).toBe('线上办件率');
    expect(part('readable')).toContain('数值已隐去');
    expect(part('exact')).toBeNull();
    expect(part('kind')).toBe('进度');
  });

  it('offers the clip action', () => {
    const { view, onClip } = show(base);
    fireEvent.click(view.getByText('收藏'));
    expect(onClip).toHaveBeenCalledTimes(1);
  });
});

describe('Panel', () => {
  afterEach(cleanup);

  const panel = (partial?: { read: number; total: number }) =>
    render(<Panel records={[base]} page={{ region: '陕西省', period: '2022' }} active={-1} {...(partial && { partial })} onChoose={() => undefined} onClose={() => undefined} />);

  it('says when the page was read only in part, and how much', () => {
    const view = panel({ read: 1_000_000, total: 4_800_000 });
    expect(view.container.querySelector('[data-part="partial"]')?.textContent).toBe('本页过长：指标只取自前 1,000,000 字（共 4,800,000 字）');
  });

  it('says nothing of it when the whole page was read', () => {
    expect(panel().container.querySelector('[data-part="partial"]')).toBeNull();
  });
});
