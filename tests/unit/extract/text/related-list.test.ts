// A saved page's 相关新闻 list under the article: other stories' headlines yield no record and move no figure.
import { describe, expect, it } from 'vitest';
import { extractor } from '../helpers';
import { withoutRelatedLists } from '../../../../src/extract/text/related-list';

const STORY =
  '今年前三季度我省城镇新增就业52.3万人\n本报讯 记者从省人力资源和社会保障厅获悉，今年前三季度，我省城镇新增就业52.3万人，完成年度目标任务的87.2%；城镇登记失业率为3.12%。失业人员再就业11.2万人。';

describe('a related-stories list under the article', () => {
  it('yields no record from its headlines (全国城镇调查失业率5.2%), and the story keeps its own', async () => {
    const page = `${STORY}\n相关新闻：\n全国城镇调查失业率5.2%\n2018年广东城镇新增就业150万人\n`;
    const records = (await extractor()).extract(page).records;
    expect(records.map((r) => r.text)).not.toContain('全国城镇调查失业率5.2%');
    expect(records.some((r) => r.value === 1500000)).toBe(false);
    expect(records.filter((r) => r.indicator === 'urban_new_jobs' && r.kind === 'actual').map((r) => [r.value, r.region])).toEqual([
      [523000, '全省'], [523000, '全省'],
    ]);
  });

  it('ends at the first line that is a sentence again, and a heading above any sentence (a site\'s header) blanks nothing', () => {
    const after = `${STORY}\n延伸阅读\n某地新增就业1万人\n这是正文的继续，城镇新增就业3万人。`;
    const kept = withoutRelatedLists(after);
    expect(kept).toHaveLength(after.length);
    expect(kept).not.toContain('某地新增就业1万人');
    expect(kept).toContain('这是正文的继续，城镇新增就业3万人。');
    const header = `相关新闻\n城镇新增就业52.3万人\n${STORY}`;
    expect(withoutRelatedLists(header)).toBe(header);
  });
});
