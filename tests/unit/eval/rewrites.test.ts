import { describe, expect, it } from 'vitest';
import { flattened, fullWidthFigures, indentedLines, keyDifference, noBreakSpaces, printedAt, REWRITES, thousandsMarked } from '../../../src/eval/rewrites';

describe('the corpus pages rewritten as real copies are', () => {
  it('writes figures in full width, blanks as no-break spaces, characters in traditional script, each offset kept', () => {
    expect(fullWidthFigures('2025年新增就业2.15万人，完成107.5%。第1.')).toBe('２０２５年新增就业２．１５万人，完成１０７．５％。第１.');
    expect(noBreakSpaces('失业保险  28.31\u3000万人')).toBe('失业保险\u00a0\u00a028.31\u00a0万人');
    const taiwan = REWRITES.find((r) => r.name.startsWith('traditional'))!.rewrite('城镇新增就业人数达到5万人');
    expect(taiwan).toBe('城鎮新增就業人數達到5萬人');
  });

  it('indents every line that has words, and marks the thousands of counts of five digits or more, years and decimals aside', () => {
    expect(indentedLines('指标\n\n2020\n 3.5')).toBe('\u3000\u3000指标\n\n\u3000\u30002020\n 3.5');
    expect(thousandsMarked('2025年新增就业52242人，养老保险参保1991043人，4400人，增长12345.67万元')).toBe(
      '2025年新增就业52,242人，养老保险参保1,991,043人，4400人，增长12,345.67万元',
    );
    expect(flattened('标题 \n\n  2025-01-02\n　　正文。\n')).toBe('标题2025-01-02正文。');
  });

  it("cuts each line where a print's measure would, digits taking half the room", () => {
    expect(printedAt(6, '城镇新增就业12345678人，完成')).toBe('城镇新增就业\n12345678人，\n完成');
    expect(printedAt(6, '短行\n城镇新增就业')).toBe('短行\n城镇新增就业');
  });

  it('counts the records one reading lacks against the other, repeats included', () => {
    expect(keyDifference(['a', 'a', 'b'], ['a', 'c'])).toEqual({ lost: 2, gained: 1 });
    expect(keyDifference(['a'], ['a'])).toEqual({ lost: 0, gained: 0 });
  });
});
