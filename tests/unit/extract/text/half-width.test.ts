import { describe, expect, it } from 'vitest';
import { withHalfWidthFigures } from '../../../../src/extract/text/half-width';
import { extractor } from '../helpers';

const FULL_WIDTH_PAGE =
  '２０２５年就业工作情况\n２０２５年，全市城镇新增就业２．１５万人，完成年度目标任务的１０７．５％；城镇登记失业率为２．３％。１．开展职业技能培训１２００人次。';

describe('a page that writes its figures in full-width digits', () => {
  it('is read with its digits, decimal points and per-cent signs in half width, offset for offset', () => {
    const view = withHalfWidthFigures(FULL_WIDTH_PAGE)!;
    expect(view.text).toBe('2025年就业工作情况\n2025年，全市城镇新增就业2.15万人，完成年度目标任务的107.5%；城镇登记失业率为2.3%。1．开展职业技能培训1200人次。');
    expect(view.text.length).toBe(FULL_WIDTH_PAGE.length);
    // (A page with none is left as it is, unread a second time.)
    expect(withHalfWidthFigures('2025年，全市城镇新增就业2.15万人。')).toBeNull();
  });

  it('gives the records the same page in ASCII digits gives, dated by its full-width year, each quoting the page as written', async () => {
    const ex = await extractor();
    const ascii = ex.extract(withHalfWidthFigures(FULL_WIDTH_PAGE)!.text).records;
    const full = ex.extract(FULL_WIDTH_PAGE).records;
    expect(full.map((r) => [r.indicator, r.value, r.kind, r.period])).toEqual(ascii.map((r) => [r.indicator, r.value, r.kind, r.period]));
    expect(full.filter((r) => r.indicator !== 'other').map((r) => [r.indicator, r.value, r.period, r.text])).toEqual([
      ['urban_new_jobs', 21500, '2025', '城镇新增就业２．１５万人'],
      ['urban_new_jobs', 107.5, '2025', '完成年度目标任务的１０７．５％'],
      ['registered_unemployment_rate', 2.3, '2025', '城镇登记失业率为２．３％'],
      ['vocational_training', 1200, '2025', '职业技能培训１２００人次'],
    ]);
    for (const r of full) expect(FULL_WIDTH_PAGE.slice(r.start, r.end)).toBe(r.text);
  });

  it('reads a no-break space (&nbsp; copied as text) as the blank the page reader writes: a table\'s cells apart by them read as apart by blanks', async () => {
    const table = ['2025年某某市人力资源和社会保障事业发展统计公报', '表1 2025年末社会保险参保情况', '指标  年末数（万人）  比上年末增长（%）', '失业保险  28.31  2.5', '工伤保险  35.72  4.1'].join('\n');
    const nbsp = table.replace(/ /g, '\u00a0');
    expect(withHalfWidthFigures(nbsp)!.text).toBe(table);
    const ex = await extractor();
    const read = (text: string) => ex.extract(text).records.filter((r) => r.indicator !== 'other').map((r) => [r.indicator, r.value]);
    expect(read(nbsp)).toEqual(read(table));
    expect(read(nbsp)).toEqual([['unemployment_insurance_insured', 283100], ['work_injury_insurance_insured', 357200]]);
  });
});
