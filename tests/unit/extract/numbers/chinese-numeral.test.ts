import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanQuantities } from '../../../../src/extract/numbers';
import { parseChineseInteger } from '../../../../src/extract/numbers/chinese-numeral';

const DIGIT = '零一二三四五六七八九';

/** Below 10000, the way a bulletin writes it: 一千零五, 三百二十. */
function sectionToChinese(n: number): string {
  let out = '';
  let gap = false;
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / 10 ** p) % 10;
    if (d === 0) {
      gap = out !== '';
      continue;
    }
    if (gap) out += '零';
    gap = false;
    out += DIGIT[d]! + ['', '十', '百', '千'][p]!;
  }
  return out;
}

/** An independent renderer (number → standard Chinese numeral) to check the parser against. */
function toChinese(n: number): string {
  const groups: [number, string][] = [
    [Math.floor(n / 1e8), '亿'],
    [Math.floor(n / 1e4) % 1e4, '万'],
    [n % 1e4, ''],
  ];
  let out = '';
  let gap = false;
  for (const [g, unit] of groups) {
    if (g === 0) {
      gap = out !== '';
      continue;
    }
    if (out !== '' && (gap || g < 1000)) out += '零';
    gap = false;
    out += sectionToChinese(g) + unit;
  }
  // 一十二 is usually written 十二.
  return out.startsWith('一十') ? out.slice(1) : out;
}

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

describe('Chinese numerals against an independent renderer', () => {
  it('parses every rendered integer back to itself', () => {
    expect(toChinese(11790000)).toBe('一千一百七十九万');
    expect(toChinese(100050000)).toBe('一亿零五万');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
        expect(parseChineseInteger(toChinese(n))).toBe(BigInt(n));
      }),
      { numRuns: 1000 },
    );
  });

  it('scans `${numeral}人` to one quantity of that value whenever the numeral has a power', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 999_999_999_999 }), (n) => {
        const text = `${toChinese(n)}人`;
        expect(scanQuantities(text)).toMatchObject([{ start: 0, end: text.length, value: n, unit: '人' }]);
      }),
      { numRuns: 500 },
    );
  });
});
