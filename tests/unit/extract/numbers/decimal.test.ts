import { describe, expect, it } from 'vitest';
import { scaleDecimal, shiftDecimal } from '../../../../src/extract/numbers/decimal';

describe('decimal scaling', () => {
  it.each([
    ['4', '8', 4, '48000', 48000],
    ['0', '41', 4, '04100', 4100],
    ['15', '35', 8, '1535000000', 1535000000],
    ['1', '2', 12, '1200000000000', 1.2e12],
    ['4', '5', 0, '4.5', 4.5],
    ['1', '23456', 2, '123.456', 123.456],
    ['0', '1', 0, '0.1', 0.1],
  ])('%s.%s × 10^%i', (int, frac, exp, digits, value) => {
    expect(shiftDecimal(int, frac, exp)).toBe(digits);
    expect(scaleDecimal(int, frac, exp)).toBe(value);
  });

  it('has no float noise where multiplying would have some', () => {
    expect(1.15 * 100).not.toBe(115);
    expect(scaleDecimal('1', '15', 2)).toBe(115);
    expect(4.35 * 100).not.toBe(435);
    expect(scaleDecimal('4', '35', 2)).toBe(435);
    expect(0.07 * 100).not.toBe(7);
    expect(scaleDecimal('0', '07', 2)).toBe(7);
  });
});
