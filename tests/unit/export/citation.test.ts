// A figure with its source, as copied from the card or a cell, and the Markdown table's footnotes.
import { describe, expect, it } from 'vitest';
import { buildComparison } from '../../../src/compare';
import { parseLibraryJson, toLibraryJson, toMarkdown } from '../../../src/export';
import { citationMarkdown, citationText, exactFigure, type Citation } from '../../../src/export/citation';
import { page, rec } from '../compare/records';

const labels = { kind: '类型', period: '时期', region: '地区', stated: '原文', source: '来源', readAt: '读取于' };
const readAt = new Date(2026, 11, 2, 10, 30).getTime();
// 定南's 新增就业人数15325人, the figure the issue saw rounded to 1.53万人.
const dingnan: Citation = {
  name: '新增就业人数',
  record: { value: 15325, max: null, unit: '人', comparator: '=', text: '新增就业人数15325人', masked: false },
  kind: '实际',
  period: '2023',
  periodType: '全年',
  region: '定南县',
  scope: '县级',
  sentence: '全年新增就业人数15325人，完成目标任务的108%。',
  title: '定南县2023年就业工作成效显著',
  url: 'https://x.example/dn?id=1&a=(b)',
  readAt,
};

describe('citation', () => {
  it('as text: exact value, the words of the page, kind, period, region, sentence, title, URL and the day', () => {
    expect(citationText(dingnan, labels)).toBe(
      '新增就业人数 15325人（原文：新增就业人数15325人）\n' +
        '类型：实际；时期：2023（全年）；地区：定南县（县级）\n' +
        '“全年新增就业人数15325人，完成目标任务的108%。”\n' +
        '来源：《定南县2023年就业工作成效显著》 https://x.example/dn?id=1&a=(b)（读取于 2026-12-02）\n',
    );
  });

  it('as Markdown: the same, page text kept literal and the URL a link target', () => {
    const md = citationMarkdown({ ...dingnan, title: '[点此](http://evil.example/)' }, labels);
    expect(md).toContain('**新增就业人数** 15325人');
    expect(md).toContain('> 全年新增就业人数15325人，完成目标任务的108%。');
    expect(md).toContain('来源：[\\[点此\\]\\(http://evil.example/\\)](<https://x.example/dn?id=1&a=(b)>)，读取于 2026-12-02');
  });

  it('keeps the comparator and range as stated, and the page words for a masked figure', () => {
    expect(exactFigure({ value: 400000, max: null, unit: '人', comparator: '>=', text: '40万人以上', masked: false })).toBe('≥400000人');
    expect(exactFigure({ value: 4, max: 4.5, unit: '%', comparator: 'range', text: '4%-4.5%', masked: false })).toBe('4–4.5%');
    expect(exactFigure({ value: null, max: null, unit: '人', comparator: '=', text: '****人', masked: true })).toBe('****人');
  });
});

describe('Markdown table with sources', () => {
  it('footnotes every figure with its sentence, page and day, and tags its period type', () => {
    const p = page('https://x.example/dn', '定南县就业', '定南县', '2023', [
      rec({ indicator: 'urban_new_jobs', value: 15325, unit: '人', text: '新增就业人数15325人' }),
    ]);
    const md = toMarkdown(buildComparison([p]), {
      words: { target: '目标', actual: '实际', progress: '进度', done: '完成', computed: '', met: '', notMet: '' },
      indicatorHeader: '指标',
      rowName: () => '城镇新增就业',
      periodTypeName: (f) => (f.periodType === 'year' ? '全年' : f.periodType),
      sourceOf: () => ({ sentence: '全年新增就业人数15325人。', readAt }),
      readAt: '读取于',
    });
    expect(md).toContain('| 城镇新增就业 | 15325人 实际 （全年）[^1] |');
    expect(md).toContain('[^1]: “全年新增就业人数15325人。” — [定南县就业](<https://x.example/dn>)，读取于 2026-12-02');
    expect(md).not.toContain('万');
  });
});

describe('JSON with sources', () => {
  it('carries the sentence and the reading time in each source, and stays importable', () => {
    const record = rec({ indicator: 'urban_new_jobs', value: 15325, unit: '人', text: '新增就业人数15325人' });
    const json = toLibraryJson([{ record, source: { url: 'https://x.example/dn', title: '定南' }, sentence: '全年新增就业人数15325人。', readAt }]);
    const source = (JSON.parse(json) as { entries: Array<{ source: Record<string, string> }> }).entries[0]!.source;
    expect(source.sentence).toBe('全年新增就业人数15325人。');
    expect(Date.parse(source.readAt!)).toBe(readAt);
    expect(parseLibraryJson(json).ok).toBe(true);
  });
});
