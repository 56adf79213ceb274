// A page that names no year but speaks of a plan as being closed out (决胜“十四五”, 今年是“十三五”收官之年) speaks from
// the plan's last year.
import { describe, expect, it } from 'vitest';
import { extractor } from '../helpers';
import { documentYear } from '../../../../src/extract/context/time';

const page = (lead: string) =>
  `12月24日下午，市政府新闻办召开“${lead} 奋进新征程”系列新闻发布会，市人社局介绍“十四五”时期我市人社事业发展情况。\n` +
  '就业是最大的民生。“十四五”期间，我市深入实施就业优先战略。截至11月底，城镇新增就业累计达8.5万人，全市就业形势总体稳定。\n' +
  '社保扩面提质关系千家万户。全市基本养老保险参保人数达113万人，参保率保持在95%以上。';

describe('a plan being closed out', () => {
  it('dates the page by the plan\'s last year: its totals span the plan, its levels are of that year', async () => {
    expect(documentYear(page('决胜‘十四五’'), undefined)).toBe(2025);
    const records = (await extractor()).extract(page('决胜‘十四五’')).records;
    expect(records.find((r) => r.indicator === 'urban_new_jobs')?.period).toBe('2021-2025');
    expect(records.find((r) => r.indicator === 'pension_insured')?.period).toBe('2025');
    expect(documentYear('今年是“十三五”收官之年，全县城镇新增就业1200人。', undefined)).toBe(2020);
  });

  it('a plan looked back on, or its last year ahead, dates nothing', () => {
    expect(documentYear(page('回望‘十四五’'), undefined)).toBeNull();
    expect(documentYear('明年是“十三五”收官之年，全县城镇新增就业1200人。', undefined)).toBeNull();
  });
});
