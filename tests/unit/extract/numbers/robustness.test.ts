import { describe, expect, it } from 'vitest';
import { MAX_DIGITS, scanQuantities } from '../../../../src/extract/numbers';

/** Deterministic pseudo-random text from number-like and ordinary pieces. */
function randomText(length: number, seed: number): string {
  const pieces = [
    ...['1', '9', '０', '万', '亿', '一', '十', '百分之', '*', 'X', '人', '%', '-', '至', '.', ',', '余', '\uD800', ' ', 'a'],
    ...['城镇新增就业', '，', '。', '的', '社会保障', '人力资源', '和', '<p>', '2023年', '工作', '推进', '服务'],
  ];
  const parts: string[] = [];
  let size = 0;
  let s = seed;
  while (size < length) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const p = pieces[(s >>> 8) % pieces.length]!;
    parts.push(p);
    size += p.length;
  }
  return parts.join('');
}

describe('scanQuantities robustness', () => {
  it('returns nothing for empty and number-free text', () => {
    expect(scanQuantities('')).toEqual([]);
    expect(scanQuantities('人力资源和社会保障局召开会议。')).toEqual([]);
  });

  it('scans 10 MB of random text into ordered spans', () => {
    // Ten different 1 MB blocks would test nothing more than one block ten times, and take longer to build.
    const text = randomText(1_000_000, 7).repeat(10);
    const found = scanQuantities(text);
    expect(found.length).toBeGreaterThan(1000);
    const disordered = found.filter((q, k) => q.end <= q.start || (k > 0 && q.start < found[k - 1]!.end));
    expect(disordered).toEqual([]);
    expect(found.at(-1)!.end).toBeLessThanOrEqual(text.length);
  });

  it(`emits nothing for a digit run longer than ${MAX_DIGITS} digits, and reads on after it`, () => {
    const digits = '7'.repeat(100_000);
    expect(scanQuantities(digits)).toEqual([]);
    expect(scanQuantities(`${digits}万人`)).toEqual([]);
    expect(scanQuantities(`${digits}.5%，另有3人`).map((q) => q.value)).toEqual([3]);
    expect(scanQuantities(`${'1'.repeat(MAX_DIGITS)}人`)).toHaveLength(1);
    expect(scanQuantities(`${'1'.repeat(MAX_DIGITS + 1)}人`)).toEqual([]);
  });

  it('handles huge masks and long Chinese numeral runs', () => {
    const mask = '*'.repeat(1_000_000);
    expect(scanQuantities(`${mask}人`)).toEqual([
      { start: 0, end: 1_000_001, value: null, unit: '人', rawUnit: '人', masked: true, comparator: null, percent: false },
    ]);
    expect(scanQuantities(`${mask}同志`)).toEqual([]);
    expect(scanQuantities('十'.repeat(200_000) + '人')).toEqual([]);
    expect(scanQuantities('X'.repeat(300_000))).toEqual([]);
  });

  it('keeps offsets exact around lone surrogates and astral characters', () => {
    const text = '\uDC00😀5人\uD800';
    expect(scanQuantities(text)).toMatchObject([{ start: 3, end: 5, value: 5 }]);
  });
});
