import { describe, expect, it } from 'vitest';
import { formatExact, formatFigureValue, formatNumber, formatPeriod } from '../../../src/compare';

describe('readable figures', () => {
  it('uses 万 and 亿 for counts and amounts', () => {
    expect(formatFigureValue(400000, '人', '>=')).toBe('≥40万人');
    expect(formatFigureValue(1535000000, '元', '=')).toBe('15.35亿元');
    expect(formatFigureValue(65680000, '元', '=')).toBe('6568万元');
    expect(formatFigureValue(1271, '人', '=')).toBe('1271人');
    expect(formatFigureValue(4.5, '%', '<=')).toBe('≤4.5%');
    expect(formatFigureValue(40000, '人', 'range', 50000)).toBe('4万–5万人');
    expect(formatFigureValue(null, '人', '=')).toBe('****人');
    expect(formatNumber(123456, '人')).toBe('12.35万');
    expect(formatNumber(250000, '%')).toBe('250000');
  });

  it('gives the exact value for hover', () => {
    expect(formatExact(400000)).toBe('400,000');
    expect(formatExact(1535000000.5)).toBe('1,535,000,000.5');
  });

  it('formats periods', () => {
    expect(formatPeriod('2023H1')).toBe('2023上半年');
    expect(formatPeriod('2023H2')).toBe('2023下半年');
    expect(formatPeriod('2023-05')).toBe('2023年5月');
    expect(formatPeriod('2021-2025')).toBe('2021–2025');
    expect(formatPeriod('2022')).toBe('2022');
    expect(formatPeriod(null)).toBe('');
  });
});
