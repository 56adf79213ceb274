import { describe, expect, it } from 'vitest';
import { withoutFigureSpaces } from '../../../../src/extract/text/spaced-figures';
import { extractor, LABOUR_CONTEXT } from '../helpers';

const PDF_TEXT = '截至11月底，全市共开展各类职业技能培训 39631 人次，完成全年目标任务 36000 人次的 110.1%。';

describe('text taken from a PDF that sets its figures apart by blanks', () => {
  it('is read with the blanks around an enclosed figure left out, each offset mapped back', () => {
    const view = withoutFigureSpaces(PDF_TEXT)!;
    expect(view.text).toBe('截至11月底，全市共开展各类职业技能培训39631人次，完成全年目标任务36000人次的110.1%。');
    for (const word of ['39631', '36000人次', '110.1%']) {
      const at = view.text.indexOf(word);
      const back = PDF_TEXT.slice(view.toSource(at), view.toSource(at + word.length - 1) + 1);
      expect(back.replace(/ /g, '')).toBe(word);
    }
  });

  it('leaves a table\'s row (figures apart from figures) and a page with one or two such figures alone', () => {
    expect(withoutFigureSpaces('城镇新增就业 3000 1850 61.7\n农村劳动力转移 5000 4200 84.0\n职业技能培训 2000 2100 105.0\n')).toBeNull();
    expect(withoutFigureSpaces('全市城镇新增就业 2.3 万人，城镇登记失业率3.1%。')).toBeNull();
  });

  it('gives the target and the share the figures were set apart from, each quoting the page as written', async () => {
    const page = `${LABOUR_CONTEXT}\n${PDF_TEXT}`;
    const records = (await extractor()).extract(page).records.filter((r) => r.indicator !== 'other');
    expect(records.map((r) => [r.indicator, r.value, r.kind, r.text])).toEqual([
      ['vocational_training', 39631, 'actual', '职业技能培训 39631 人次'],
      ['vocational_training', 36000, 'target', '全年目标任务 36000 人次'],
      ['vocational_training', 110.1, 'progress', '全年目标任务 36000 人次的 110.1%'],
    ]);
    for (const r of records) expect(page.slice(r.start, r.end)).toBe(r.text);
  });

  it('also closes the blank after a figure that opens its line or clause, before its unit or the time it counts (11 月7日, 2017 年以来)', async () => {
    const page = `${LABOUR_CONTEXT}\n2017 年以来，新疆坚持就业优先战略。\n11 月 7 日，记者获悉，截至 9 月底，全疆城镇新增就业 44.5 万人，完成全年目标任务的 101.2%，城镇登记失业率为 3.31%。`;
    const view = withoutFigureSpaces(page)!;
    expect(view.text).toBe(`${LABOUR_CONTEXT}\n2017年以来，新疆坚持就业优先战略。\n11月7日，记者获悉，截至9月底，全疆城镇新增就业44.5万人，完成全年目标任务的101.2%，城镇登记失业率为3.31%。`);
    const records = (await extractor()).extract(page).records.filter((r) => r.indicator !== 'other');
    expect(records.map((r) => [r.indicator, r.value, r.period])).toEqual([
      ['urban_new_jobs', 445000, '2017-09'],
      ['urban_new_jobs', 101.2, '2017-09'],
      ['registered_unemployment_rate', 3.31, '2017-09'],
    ]);
    for (const r of records) expect(page.slice(r.start, r.end)).toBe(r.text);
    // (On a page that does not set its figures apart, a figure opening a line keeps its blank: 2017 年 stays as written.)
    expect(withoutFigureSpaces('2017 年以来，全疆城镇新增就业44.5万人。')).toBeNull();
  });

  it('closes the blank after a figure\'s per-cent sign too, so its bound reads (控制在 4.5% 以内)', async () => {
    const page = `${LABOUR_CONTEXT}\n2025 年，全市城镇新增就业 5.2 万人，城镇登记失业率控制在 4.5% 以内，完成年度目标任务的 104.5%。`;
    expect(withoutFigureSpaces(page)!.text).toBe(`${LABOUR_CONTEXT}\n2025年，全市城镇新增就业5.2万人，城镇登记失业率控制在4.5%以内，完成年度目标任务的104.5%。`);
    const rate = (await extractor()).extract(page).records.find((r) => r.indicator === 'registered_unemployment_rate')!;
    expect([rate.value, rate.comparator, rate.text]).toEqual([4.5, '<=', '城镇登记失业率控制在 4.5% 以内']);
  });

  it('closes the blank after a figure behind a bracket, a dash or 、, a span of figures and a figure with its thousands marked', async () => {
    const page = `——2025 年 3 月 5 日在市人代会上\n据《2024 年度人力资源和社会保障事业发展统计公报》，今年 1-4 月份，全市城镇新增就业 1,022 人，城镇调查失业率分别为 5.1%、5.1% 和 4.9%，完成目标任务的 38.5%。\n  2025 届高校毕业生 3.1 万人。`;
    expect(withoutFigureSpaces(page)!.text).toBe(
      `——2025年3月5日在市人代会上\n据《2024年度人力资源和社会保障事业发展统计公报》，今年1-4月份，全市城镇新增就业1,022人，城镇调查失业率分别为5.1%、5.1%和4.9%，完成目标任务的38.5%。\n  2025届高校毕业生3.1万人。`,
    );
    const jobs = (await extractor()).extract(`${LABOUR_CONTEXT}\n${page}`).records.find((r) => r.indicator === 'urban_new_jobs')!;
    expect([jobs.value, jobs.period, jobs.text]).toEqual([1022, '2025-04', '城镇新增就业 1,022 人']);
  });

  it('keeps the blank after a figure that is a table\'s cell, a clock time\'s last part, or before a numeral it would run into', () => {
    const page = '发布时间：2011-02-14 00:00:00 作者：本报记者\n城镇新增就业 3000 1850 万元\n第1、2 两项指标\n7、8、9 三个月，城镇新增就业 5.2 万人，完成目标任务的 38.5%，城镇登记失业率 3.1%。';
    expect(withoutFigureSpaces(page)!.text).toBe(
      '发布时间：2011-02-14 00:00:00 作者：本报记者\n城镇新增就业 3000 1850 万元\n第1、2 两项指标\n7、8、9三个月，城镇新增就业5.2万人，完成目标任务的38.5%，城镇登记失业率3.1%。',
    );
  });
});
