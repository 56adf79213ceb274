import { describe, expect, it } from 'vitest';
import { parseChineseInteger } from '../../../../src/extract/numbers/chinese-numeral';

describe('parseChineseInteger', () => {
  it.each([
    ['一千一百七十九', 1179n],
    ['十', 10n],
    ['十二', 12n],
    ['二十', 20n],
    ['一百零五', 105n],
    ['一千零五十', 1050n],
    ['三百五', 350n],
    ['两万', 20000n],
    ['一万五', 15000n],
    ['十二万', 120000n],
    ['两万五千', 25000n],
    ['一万零五', 10005n],
    ['一亿二千万', 120000000n],
    ['三亿五', 350000000n],
    ['一万亿', 1000000000000n],
    ['九千九百九十九万九千九百九十九', 99999999n],
  ])('%s = %s', (text, value) => {
    expect(parseChineseInteger(text)).toBe(value);
  });

  it.each(['十四五', '二〇二二', '三四', '零', '零五', '百', '千万', '万', '十百', '一万二万', '亿亿', '一十十', ''])(
    'rejects %s',
    (text) => {
      expect(parseChineseInteger(text)).toBeNull();
    },
  );
});
