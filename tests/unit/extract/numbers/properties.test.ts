import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanQuantities } from '../../../../src/extract/numbers';
import { toFullWidth } from '../../../../src/extract/numbers/fullwidth';

const MULTIPLIER_EXP = { '': 0, 万: 4, 亿: 8 } as const;

const decimalText = fc
  .tuple(fc.stringMatching(/^(0|[1-9][0-9]{0,11})$/), fc.option(fc.stringMatching(/^[0-9]{1,8}$/), { nil: undefined }))
  .map(([int, frac]) => (frac === undefined ? int : `${int}.${frac}`));

/** ASCII numbers with a suffix that makes them a quantity. */
const asciiQuantity = fc
  .tuple(decimalText, fc.constantFrom('', '万', '亿', '千万'), fc.constantFrom('人', '%', '元', '万人次', '个百分点', '户'))
  .map(([d, m, u]) => d + m + u);

/** Text built from the pieces numbers are made of, so that near-misses are common. */
const TOKENS = [
  '1', '2', '0', '9', '３', '０', '.', '．', ',', '，', '、', '万', '亿', '千', '百', '十', '一', '两', '零', '〇', '点',
  '百分之', '*', '＊', 'X', 'x', '×', '人', '人次', '%', '％', '元', '个', '个百分点', '以上', '左右', '以内', '至', '到',
  '-', '—', '～', '余', '多', '第', '年', '月', '<b>', '</b>', 'a', 'Z', ' ', '　', '人社', '\n', '\uD800', '\uDC00',
];
const numberish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join(''));
const loneSurrogates = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 }).map((codes) => String.fromCharCode(...codes));

// (逾万人, 万余人: a bare power is a number of one of it.)
const STARTS = /^(?:[0-9０-９*＊Xx×〇零一二两三四五六七八九十]|百分之|[万千](?:余|多)?(?:名|人次|人|个|户|元|家|次)|百[余多])/;

function checkInvariants(text: string): void {
  const found = scanQuantities(text);
  let last = 0;
  for (const q of found) {
    expect(q.start).toBeGreaterThanOrEqual(last);
    expect(q.end).toBeGreaterThan(q.start);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(q.start, q.end)).toMatch(STARTS);
    expect(q.value === null).toBe(q.masked);
    if (q.value !== null) expect(Number.isFinite(q.value)).toBe(true);
    if (q.comparator === 'range') expect(q.max ?? -Infinity).toBeGreaterThanOrEqual(q.value ?? Infinity);
    last = q.end;
  }
}

describe('scanQuantities properties', () => {
  it('scales any decimal by its multiplier exactly: `${d}${m}人` is one quantity worth d × 10^m', () => {
    fc.assert(
      fc.property(decimalText, fc.constantFrom('' as const, '万' as const, '亿' as const), (d, m) => {
        const text = `${d}${m}人`;
        const found = scanQuantities(text);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ start: 0, end: text.length, unit: '人', masked: false });
        // JS parses exponent notation to the nearest double of the exact decimal: an independent oracle.
        expect(found[0]!.value).toBe(Number(`${d}e${MULTIPLIER_EXP[m]}`));
      }),
      { numRuns: 500 },
    );
  });

  it('reads full-width digits, points and percent signs like their ASCII forms, at the same offsets', () => {
    fc.assert(
      fc.property(asciiQuantity, (ascii) => {
        const plain = scanQuantities(ascii);
        expect(plain).toHaveLength(1);
        expect(scanQuantities(toFullWidth(ascii))).toEqual([{ ...plain[0], rawUnit: toFullWidth(plain[0]!.rawUnit) }]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and returns sorted, non-overlapping, in-bounds spans that start with a number', () => {
    for (const arb of [fc.string(), fc.string({ unit: 'binary' }), numberish, loneSurrogates]) {
      fc.assert(fc.property(arb, (text) => checkInvariants(text)), { numRuns: 400 });
    }
  });
});
