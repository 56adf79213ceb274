import { describe, expect, it } from 'vitest';
import { joinPages, layoutPage, pageAt, type PdfTextRun } from '../../../src/page/pdf-layout';

/** Runs of one line of 10-point CJK glyphs, each 10 units wide, starting at x. */
function line(y: number, x: number, ...strs: string[]): PdfTextRun[] {
  const runs: PdfTextRun[] = [];
  for (const str of strs) {
    runs.push({ str, x, y, width: str.length * 10, height: 10 });
    x += str.length * 10;
  }
  return runs;
}

// A column from x = 0 to x = 200 (20 glyphs), lines 15 units apart.
describe('layoutPage', () => {
  it('joins the runs of a line and the lines of a wrapped paragraph without spaces between CJK', () => {
    const page = layoutPage([
      ...line(700, 20, '全县城镇新增就', '业1271人，完成'),
      ...line(685, 0, '比例为72.22％；新增转移农村劳动力'),
      ...line(670, 0, '1957人。'),
    ]);
    expect(page.text).toBe('全县城镇新增就业1271人，完成比例为72.22％；新增转移农村劳动力1957人。');
  });

  it('drops the spaces PDF.js writes into a justified CJK line and its own space runs', () => {
    const page = layoutPage([...line(700, 0, '人 数 5154 人 （ 含'), { str: ' ', x: 140, y: 700, width: 40, height: 0 }, ...line(700, 143, '退休')]);
    expect(page.text).toBe('人数5154人（含退休');
  });

  it('keeps a space of the text\'s own next to CJK when the line is not spread out', () => {
    expect(layoutPage(line(700, 0, '3.开发公益性岗位540个 完成838个,完成率155.19%')).text).toBe('3.开发公益性岗位540个 完成838个,完成率155.19%');
  });

  it('keeps the spaces of a row written with spaces', () => {
    expect(layoutPage(line(700, 0, '2 新增城镇就业 人社局 8950 7356 82%')).text).toBe('2 新增城镇就业 人社局 8950 7356 82%');
  });

  it('joins the lines of a title set larger than the text, though they stop short and are centred', () => {
    const title = (y: number, x: number, str: string): PdfTextRun => ({ str, x, y, width: str.length * 16, height: 16 });
    const page = layoutPage([title(740, 20, '数据显示一季度重庆城镇新增就业16.14万'), title(720, 60, '人完成全年目标任务26.9%'), ...line(690, 20, '正文第一行'), ...line(675, 0, '正文第二行'), ...line(660, 0, '正文第三行')]);
    expect(page.text.split('\n')[0]).toBe('数据显示一季度重庆城镇新增就业16.14万人完成全年目标任务26.9%');
  });

  it('ends a paragraph at a short line or before an indented one, and a block at a wider gap', () => {
    const page = layoutPage([
      ...line(700, 0, '一、工作回顾'),
      ...line(685, 20, '城镇新增就业1271人，完成比例为72.22％。'.padEnd(18, '。')),
      ...line(670, 20, '新的段落'),
      ...line(630, 0, '二、下一步'),
    ]);
    expect(page.text.split(/(\n+)/)).toEqual(['一、工作回顾', '\n', expect.stringMatching(/^城镇新增就业/), '\n', '新的段落', '\n\n', '二、下一步']);
  });

  it('keeps word spaces between Latin runs and puts a tab between table cells', () => {
    const page = layoutPage([
      { str: 'Urban', x: 0, y: 700, width: 25, height: 10 },
      { str: 'jobs', x: 28, y: 700, width: 20, height: 10 },
      ...line(680, 0, '城镇新增就业'),
      ...line(680, 100, '万人'),
      ...line(680, 150, '12.5'),
    ]);
    expect(page.text).toBe('Urban jobs\n城镇新增就业\t万人\t12.5');
  });

  it('drops a page number alone on its line', () => {
    expect(layoutPage([...line(700, 0, '正文'), ...line(40, 90, '- 3 -')]).text).toBe('正文');
    expect(layoutPage([...line(700, 0, '正文'), ...line(40, 90, '第 3 页 共 12 页')]).text).toBe('正文');
    // A table's last cell, a line below the one before it, is no page number.
    expect(layoutPage([...line(700, 0, '全市'), ...line(685, 0, '27800'), ...line(670, 0, '4400')]).text).toBe('全市\n27800\n4400');
  });
});

describe('joinPages', () => {
  it('puts a blank line between pages, and joins a paragraph that runs on over the break', () => {
    const full = layoutPage([...line(700, 20, '城镇新增就业1271人，完成比例为72.2'), ...line(685, 0, '全县城镇新增就业1271人，完成比例为72.22')]);
    const continued = layoutPage([...line(700, 0, '％。'), ...line(685, 0, '短')]);
    const indented = layoutPage([...line(700, 20, '新段落从这里开始'), ...line(685, 0, '短')]);
    expect(full.endsFull).toBe(true);
    const joined = joinPages([full, continued]);
    expect(joined.text).toContain('72.22％。');
    expect(joined.pageStarts).toEqual([0, full.text.length]);
    const apart = joinPages([full, indented, continued]);
    expect(apart.text).toBe(`${full.text}\n\n${indented.text}\n\n${continued.text}`);
    expect(apart.pageStarts).toEqual([0, full.text.length + 2, full.text.length + 2 + indented.text.length + 2]);
  });

  it('does not join a list of short lines over the page break', () => {
    const cells = (...values: string[]) => layoutPage(values.map((v, i) => line(700 - 15 * i, 0, v)).flat());
    expect(joinPages([cells('洪雅县', '3600', '3889'), cells('108', '620')]).text).toBe('洪雅县\n3600\n3889\n\n108\n620');
  });

  it('maps an offset to its page', () => {
    expect(pageAt([0, 100, 250], 0)).toBe(1);
    expect(pageAt([0, 100, 250], 99)).toBe(1);
    expect(pageAt([0, 100, 250], 100)).toBe(2);
    expect(pageAt([0, 100, 250], 9999)).toBe(3);
  });
});
