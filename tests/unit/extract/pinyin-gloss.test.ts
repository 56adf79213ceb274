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

  it('on a glossed page, runs of glosses and toneless ones go too (城(cheng)鎮(zhèn)(zhen))', () => {
    const page = '全(quan)省城(cheng)鎮(zhèn)(zhen)新增就業(yè)(ye)19.5萬人(ren)，完成年度目(mu)標(biāo)任務(wù)(wu)的(de)31%。';
    expect(withoutGlosses(page)?.text).toBe('全省城鎮新增就業19.5萬人，完成年度目標任務的31%。');
    // A page with one toned gloss keeps toneless brackets (手机(app)).
    expect(withoutGlosses('就業(yè)1萬人，手机(app)下载')?.text).toBe('就業1萬人，手机(app)下载');
  });

  it('a page glossed without tones (失(shi)業(ye)人(ren)(ren)員) is read unglossed; a few bracketed words are not glosses', async () => {
    const page = labourPage('一季(ji)度(du)，城鎮失(shi)業(ye)人(ren)(ren)員再就業(ye)117萬人(ren)(ren)，城鎮登記失(shi)(shi)業率為(wei)3.67%。');
    const core = (await extractor()).extract(page).records.filter((x) => x.indicator !== 'other');
    expect(core.map((x) => [x.indicator, x.value, x.text])).toEqual([
      ['unemployed_reemployment', 1170000, '城鎮失(shi)業(ye)人(ren)(ren)員再就業(ye)117萬人'],
      ['registered_unemployment_rate', 3.67, '城鎮登記失(shi)(shi)業率為(wei)3.67%'],
    ]);
    expect(withoutGlosses('下载手机(app)，打开(ai)(a)(o)页面(e)')).toBeNull();
  });

  it('keep bracketed Latin that is no gloss (GDP, a toneless word) and text with no glosses as it is', () => {
    expect(withoutGlosses('国内生产总值(GDP)增长5%，城镇新增就业(jiuye)1万人')).toBeNull();
    expect(withoutGlosses('城镇新增就业1万人')).toBeNull();
    expect(withoutGlosses('就業(yè)1萬(wàn)人')?.text).toBe('就業1萬人');
  });
});
