import { describe, expect, it } from 'vitest';
import { buildComparison } from '../../../src/compare';
import { toMarkdown } from '../../../src/export';
import { county, page, rec, shandong, shaanxi } from '../compare/records';

const words = { target: '目标', actual: '实际', progress: '进度', done: '完成', computed: '（推算）', met: '达标', notMet: '未达标' };

describe('Markdown table of the comparison', () => {
  it('has one header column per region/period and one line per indicator, with exact values', () => {
    const table = buildComparison([shaanxi, shandong, county], { rows: new Set(['urban_new_jobs', 'surveyed_unemployment_rate']) });
    const md = toMarkdown(table, { words, indicatorHeader: '指标', rowName: (r) => (r.key === 'urban_new_jobs' ? '城镇新增就业' : '城镇调查失业率') });
    expect(md.split('\n')).toEqual([
      '| 指标 | 陕西省 2022 | 山东省 2022 | XX县 2023年5月 | XX县 2023上半年 |',
      '| --- | --- | --- | --- | --- |',
      '| 城镇新增就业 | ≥400000人 目标 | ≥1100000人 目标 | 1271人 实际 · 完成72.22% |  |',
      '| 城镇调查失业率 | ≤5.5% 目标 | ≤5.5% 目标 |  |  |',
      '',
    ]);
  });

  it('escapes pipes and markup from page text, and notes generic regions with their page title', () => {
    const p = page('https://x/', '某县|年报<b>', '全县', '2022', [rec({ indicator: 'other', label: '劳动|争议', value: 5, unit: '起' })]);
    const md = toMarkdown(buildComparison([p]), { words, indicatorHeader: '指标', rowName: (r) => r.label });
    expect(md).toContain('| 指标 | 全县（某县\\|年报&lt;b&gt;） 2022 |');
    expect(md).toContain('| 劳动\\|争议 | 5起 实际 |');
  });

  it('writes link and image syntax from a page or an import as literal text', () => {
    const p = page('https://x/', '标题', '![x](http://evil.example/p.png)', '2022', [
      rec({ indicator: 'custom:x', label: '[详情](http://evil.example/?d=1)', value: 5, unit: '起' }),
    ]);
    const md = toMarkdown(buildComparison([p]), { words, indicatorHeader: '指标', rowName: (r) => r.label });
    expect(md).not.toMatch(/(?<!\\)\]\(/);
    expect(md).not.toMatch(/(?<!\\)!\[/);
    expect(md).toContain('\\[详情\\]\\(http://evil.example/?d=1\\)');
  });
});
