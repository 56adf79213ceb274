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
});
