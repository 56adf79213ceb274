import { describe, expect, it } from 'vitest';
import { withoutTableBars } from '../../../../src/extract/text/bar-table';
import { extractor, LABOUR_CONTEXT } from '../helpers';

const TABLE = '| 年份 | 城镇新增就业（万人） | 城镇登记失业率（%） |\n| --- | :---: | --- |\n| 2021 | 58.2 | 3.3 |\n| 2022 | 61.0 | 3.3 |\n';

describe('a table saved as text with its cells between bars', () => {
  it('is read as rows of tab-separated cells, the rule line under its heading left out, each offset mapped back', () => {
    const view = withoutTableBars(`说明\n${TABLE}`)!;
    expect(view.text).toBe('说明\n年份\t城镇新增就业（万人）\t城镇登记失业率（%）\n2021\t58.2\t3.3\n2022\t61.0\t3.3\n');
    const source = `说明\n${TABLE}`;
    for (const word of ['58.2', '城镇登记失业率（%）', '2022']) {
      const at = view.text.indexOf(word);
      expect(source.slice(view.toSource(at), view.toSource(at + word.length - 1) + 1)).toBe(word);
    }
  });

  it('leaves lines alone that do not open and close with a bar (历下区 | 1100 | 1100 |, 城镇新增就业|1.2万人)', () => {
    expect(withoutTableBars('历下区 | 1100 | 1100 |\n城镇新增就业|1.2万人\n')).toBeNull();
    expect(withoutTableBars('| 只有一格 |\n')).toBeNull();
  });

  it('gives a bulletin\'s table of years its figures, each quoting the page as written', async () => {
    const page = `2023年某省人力资源和社会保障事业发展统计公报\n${LABOUR_CONTEXT}\n${TABLE}`;
    const records = (await extractor()).extract(page).records.filter((r) => r.indicator !== 'other');
    expect(records.map((r) => [r.indicator, r.value, r.period, r.text])).toEqual([
      ['urban_new_jobs', 582000, '2021', '58.2'], ['registered_unemployment_rate', 3.3, '2021', '3.3'],
      ['urban_new_jobs', 610000, '2022', '61.0'], ['registered_unemployment_rate', 3.3, '2022', '3.3'],
    ]);
    for (const r of records) expect(page.slice(r.start, r.end)).toBe(r.text);
  });
});
