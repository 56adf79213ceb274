import { describe, expect, it } from 'vitest';
import { displayWidth, renderColumns } from '../../../src/cli/display-width';
import { oneLine, readableValue } from '../../../src/cli/format-record';

describe('displayWidth', () => {
  it('counts CJK and full-width characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('城镇新增就业')).toBe(12);
    expect(displayWidth('４０％，')).toBe(8);
    expect(displayWidth('就\u200b业')).toBe(4);
    expect(displayWidth('𠀀')).toBe(2);
  });

  it('aligns mixed columns by display width', () => {
    const lines = renderColumns([
      ['indicator', 'label', 'x'],
      ['urban_new_jobs', '城镇新增就业', 'y'],
    ]);
    expect(lines.map((line) => displayWidth(line.slice(0, line.lastIndexOf(' ') + 1)))).toEqual([30, 30]);
  });
});

describe('readableValue', () => {
  const base = { max: undefined, comparator: '=' as const, masked: false };
  it('shows 万/亿 as a page writes them next to the base figure', () => {
    expect(readableValue({ ...base, value: 400000, unit: '人' })).toBe('40万人 (400,000 人)');
    expect(readableValue({ ...base, value: 409700, unit: '个' })).toBe('40.97万个 (409,700 个)');
    expect(readableValue({ ...base, value: 1535000000, unit: '元' })).toBe('15.35亿元 (1,535,000,000 元)');
    expect(readableValue({ ...base, value: 1271, unit: '人' })).toBe('1271人');
    expect(readableValue({ ...base, value: 15325, unit: '人' })).toBe('15325人');
    expect(readableValue({ ...base, value: 4.5, unit: '%' })).toBe('4.5%');
  });

  it('shows ranges and masked figures', () => {
    expect(readableValue({ ...base, comparator: 'range', value: 40000, max: 50000, unit: '人' })).toBe('4万–5万人 (40,000–50,000 人)');
    expect(readableValue({ ...base, comparator: 'range', value: 5, max: 6, unit: '%' })).toBe('5–6%');
    expect(readableValue({ ...base, value: null, masked: true, unit: '人' })).toBe('masked (人)');
  });

  it('keeps table rows on one line', () => {
    expect(oneLine('甲\n乙\t丙')).toBe('甲↵乙 丙');
  });
});
