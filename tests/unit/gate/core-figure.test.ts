// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CORE_PHRASES, statesCoreFigure } from '../../../src/gate/core-figure';
import { mayBeRelevant } from '../../../src/extract/relevance-prefilter';
import { GATE_READ_CHARS, isRelevantNow } from '../../../src/gate/relevance-watch';

/** Three sentences, one labour word: the CLI finds 城镇新增就业72.5万人 and its progress in it. */
const SHORT_ITEM =
  '前三季度我省经济数据发布\n今年前三季度，全省城镇新增就业72.5万人，完成全年目标任务的103.6%。' +
  '全省居民人均可支配收入同比增长5.1%。下一步，全省将持续巩固经济回升向好态势。';

function page(text: string): Document {
  document.body.textContent = text;
  return document;
}

describe('the gate lets a short item with a core figure through', () => {
  it('wakes on a three-sentence item that states 城镇新增就业72.5万人', () => {
    expect(statesCoreFigure(SHORT_ITEM)).toBe(true);
    expect(isRelevantNow(page(SHORT_ITEM))).toBe(true);
  });

  it('reads other core phrases with their figures, in simplified and traditional characters', () => {
    expect(statesCoreFigure('一季度末，城镇登记失业率控制在4.5%以内')).toBe(true);
    expect(statesCoreFigure('全年发放创业担保贷款6568万元')).toBe(true);
    expect(statesCoreFigure('开展职业技能培训4.8万人次')).toBe(true);
    expect(statesCoreFigure('月最低工资标准调整为２２００元')).toBe(true);
    expect(statesCoreFigure('全區城鎮新增就業37.59萬人')).toBe(true);
  });

  it('stays asleep on pages that only name an indicator, or put its figure in another sentence', () => {
    for (const text of [
      '本网讯 市民可到服务大厅咨询公益性岗位招聘事宜。今年游客人数达到120万人。',
      '城镇新增就业。全市接待游客52万人次，实现旅游收入3.2亿元。',
      '今年全市接待游客52万人次，实现旅游收入3.2亿元，同比增长8.1%。',
      '城镇新增就业工作持续推进，各部门密切配合，确保各项任务按时完成，预计2025年见效',
    ]) {
      expect(statesCoreFigure(text)).toBe(false);
      expect(isRelevantNow(page(text))).toBe(false);
    }
  });
});

describe('the core phrases', () => {
  it('each hold a labour word, so the cheap first look lets every page stating one through to the larger test', () => {
    expect(CORE_PHRASES.filter((phrase) => !mayBeRelevant(phrase, 1))).toEqual([]);
  });
});

describe('the gate reads a long page only as far as it needs', () => {
  function longPage(first: string, fill: string, count: number, last = ''): Document {
    document.body.textContent = '';
    const add = (text: string) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.body.append(p);
    };
    add(first);
    for (let i = 0; i < count; i++) add(fill);
    if (last) add(last);
    return document;
  }
  const FILL = '分别为1人、'.repeat(5_000);

  it('wakes on a page of 930,000 characters whose first paragraph speaks of jobs', () => {
    expect(isRelevantNow(longPage('人社局就业工作：城镇新增就业、失业保险、职业技能培训。', FILL, 31))).toBe(true);
  });

  it('does not read past its limit: labour words only after it leave the page asleep', () => {
    const fillers = Math.ceil(GATE_READ_CHARS / FILL.length) + 1;
    expect(isRelevantNow(longPage('今日天气晴。', FILL, fillers, '人社局就业工作：城镇新增就业、失业保险、职业技能培训。'))).toBe(false);
    expect(isRelevantNow(longPage('今日天气晴。', FILL, 2, '人社局就业工作：城镇新增就业、失业保险、职业技能培训。'))).toBe(true);
  });
});
