import { describe, expect, it } from 'vitest';
import { pageTime } from '../../../../src/extract/context/page-time';

describe('pageTime: the page’s "now"', () => {
  it('a work report is read as its year, and what it reports done undated is the year before', () => {
    const t = pageTime('各位代表：现在，我代表县人民政府向大会报告工作。过去一年，城镇新增就业3200人。', '2024年县政府工作报告', undefined);
    expect(t).toMatchObject({ docYear: 2024, period: '2024', reviewPeriod: '2023', targetPeriod: '2024' });
  });
  it('a news story of June reports its own year (no review)', () => {
    const t = pageTime('截至5月底，全市城镇新增就业2.1万人。', '全市就业形势稳定', '2024-06-03');
    expect(t).toMatchObject({ docYear: 2024, reviewPeriod: t.period });
    expect(t.reviewPeriod?.startsWith('2024')).toBe(true);
  });
  it('a whole year\'s results on a page naming no year, dated before that year is out, are the year before\'s', () => {
    const page = '来源:tcj 发布时间:2020-06-03\n全年城镇居民人均可支配收入41864元。抽样调查表明，2019年城镇居民人均住房34.5平方米。\n年末全市参加养老保险的人数82.82万人。';
    expect(pageTime(page, '人民生活和社会保障', undefined).reviewPeriod).toBe('2019');
    // (…but not where the page names the date's year, speaks of 今年, or counts the year so far.)
    expect(pageTime(page.replace('2019年', '2020年'), '人民生活和社会保障', undefined).reviewPeriod).toBe('2020');
    expect(pageTime(page.replace('全年城镇', '今年城镇'), '人民生活和社会保障', undefined).reviewPeriod).toBe('2020');
    expect(pageTime(page.replace('全年城镇居民', '1-5月城镇居民'), '人民生活和社会保障', undefined).reviewPeriod).toBe('2020');
  });
  it('a notice of standards is about the year they take effect, though issued in its first months or undated', () => {
    const notice = '西安市关于调整西安市最低工资标准的通知\n发布时间:2019-02-15 08:23:00\n一类工资区:全日制用工最低工资标准为1800元/月。\n调整后的标准从2019年5月1日起执行。';
    expect(pageTime(notice, undefined, undefined)).toMatchObject({ docYear: 2019, period: '2019', reviewPeriod: '2019' });
    const undated = '山西省人民政府办公厅关于调整我省最低工资标准的通知\n将全日制用工月最低工资标准调整为一类1980元。\n调整后最低工资标准自2023年1月1日起施行。';
    expect(pageTime(undated, undefined, undefined)).toMatchObject({ docYear: 2023, reviewPeriod: '2023' });
    // (A story of February that only mentions a rule's date is still read as reviewing the year before.)
    const story = '全市就业工作会议召开\n发布时间:2019-02-15 08:23:00\n全年城镇新增就业2万人。新办法从2019年5月1日起执行。';
    expect(pageTime(story, undefined, undefined).reviewPeriod).toBe('2018');
  });
  it('a summary whose title plans the next year dates undated targets to that year', () => {
    const t = pageTime('今年以来，城镇新增就业5000人。明年将新增城镇就业5200人。', '县人社局2023年工作总结和2024年工作计划', undefined);
    expect(t).toMatchObject({ docYear: 2023, targetPeriod: '2024' });
  });
  it('a quarter’s press conference reports the year so far', () => {
    const t = pageTime('省人社厅召开2023年第三季度新闻发布会。前三季度，全省城镇新增就业50万人。', undefined, undefined);
    expect(t.period).toBe('2023Q1-Q3');
  });
  it('the year’s labour work conference is known as one', () => {
    expect(pageTime('昨天举行的全市人力资源和社会保障工作会议提出，今年将新增就业3万人。', undefined, '2024-02-20').conference).toBe(true);
    expect(pageTime('昨天举行的全市经济工作会议提出，今年将新增就业3万人。', undefined, '2024-02-20').conference).toBe(false);
  });
  it('a title\'s part of the year without its year is the page\'s period in the dateline\'s year; a plan\'s span in it is not', () => {
    expect(pageTime('今年以来，定南县多措并举稳就业。', '定南县前三季度就业工作成效明显', '2024-10-21').period).toBe('2024Q1-Q3');
    expect(pageTime('今年以来，定南县多措并举稳就业。', '定南县“十五五”就业工作开局良好', '2026-10-21').period).toBe('2026');
  });

  it('a title\'s part of the year after its year is the page\'s period, not the bare year before it', () => {
    expect(pageTime('全市扎实组织实施20项重点民生实事。', '临沂市2025年20项重点民生实事一季度推进情况', undefined).period).toBe('2025Q1');
    expect(pageTime('全市扎实组织实施20项重点民生实事。', '临沂市2025年20项重点民生实事推进情况', undefined).period).toBe('2025');
  });
});
