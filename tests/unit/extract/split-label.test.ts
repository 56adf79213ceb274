import { describe, expect, it } from 'vitest';
import { extractor } from './helpers';

describe('a headline set with spaces', () => {
  it('reads a label a space splits (城镇 新增就业), its record quoting the page as written, space and all', async () => {
    const page = '“十四五”城镇 新增就业425万人以上 《四川省“十四五”就业促进规划》出炉\n规划提出，到2025年，城镇调查失业率控制在6%以内。';
    const records = (await extractor()).extract(page).records.filter((x) => x.indicator !== 'other');
    const headline = records.find((x) => x.value === 4250000);
    expect(headline).toMatchObject({ indicator: 'urban_new_jobs', comparator: '>=', kind: 'target', text: '城镇 新增就业425万人以上' });
    expect(page.slice(headline!.start, headline!.end)).toBe(headline!.text);
    // (Traditional characters too: 基本養老保 險參保人數.)
    const traditional = (await extractor()).extract('全縣基本養老保 險參保人數達到23.3萬人，城鎮新增就業1200人。').records;
    expect(traditional.find((x) => x.value === 233000)?.indicator).toBe('pension_insured');
  });

  it('leaves the spaces between other words alone', async () => {
    const page = '首页 新闻 就业 创业\n全市城镇新增就业1200人，城镇登记失业率3.2%。';
    const records = (await extractor()).extract(page).records.filter((x) => x.indicator !== 'other');
    expect(records.map((x) => x.text)).toEqual(['城镇新增就业1200人', '城镇登记失业率3.2%']);
  });
});
