import { describe, expect, it } from 'vitest';
import { withoutGlosses } from '../../../src/extract/text/pinyin-gloss';
import { extractor, labourPage } from './helpers';

describe('pages whose characters are glossed with pinyin', () => {
  const glossed = labourPage('1-9月，全市城鎮(zhèn)新增就業(yè)25265人，完成目標(biāo)任務(wù)的81.5%。');

  it('are read as if unglossed, each record quoting the page as written', async () => {
    const r = (await extractor()).extract(glossed);
    const core = r.records.filter((x) => x.indicator !== 'other');
    expect(core.map((x) => [x.indicator, x.value, x.kind, x.text])).toEqual([
      ['urban_new_jobs', 25265, 'actual', '城鎮(zhèn)新增就業(yè)25265人'],
      ['urban_new_jobs', 81.5, 'progress', '完成目標(biāo)任務(wù)的81.5%'],
    ]);
    for (const x of core) expect(glossed.slice(x.start, x.end)).toBe(x.text);
  });

  it('keep bracketed Latin that is no gloss (GDP, a toneless word) and text with no glosses as it is', () => {
    expect(withoutGlosses('国内生产总值(GDP)增长5%，城镇新增就业(jiuye)1万人')).toBeNull();
    expect(withoutGlosses('城镇新增就业1万人')).toBeNull();
    expect(withoutGlosses('就業(yè)1萬(wàn)人')?.text).toBe('就業1萬人');
  });
});
