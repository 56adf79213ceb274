import { describe, expect, it } from 'vitest';
import { fixed, median, perItemMedians, seededRandom, throughput } from '../../../src/cli/bench-stats';
import { corpusLikeText, digitRun, randomUnicode, utf8Bytes } from '../../../src/cli/bench-inputs';

describe('bench statistics', () => {
  it('takes medians of odd, even and unsorted samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
    expect(perItemMedians([[1, 10], [3, 30], [2, 20]])).toEqual([2, 20]);
  });

  it('reports M chars/s and grouped figures', () => {
    expect(throughput(3_000_000, 1500)).toBe(2);
    expect(fixed(1234.567, 1)).toBe('1,234.6');
  });

  it('builds the same stress inputs every run, at the size asked', () => {
    expect(seededRandom(1)()).toBe(seededRandom(1)());
    expect(randomUnicode(10_000)).toBe(randomUnicode(10_000));
    expect(randomUnicode(10_000)).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(digitRun(25)).toBe('1234567890123456789012345');
    const text = corpusLikeText([{ name: 'a', text: '城镇新增就业40万人以上。' }], 100_000);
    expect(Math.abs(utf8Bytes(text) - 100_000)).toBeLessThan(100);
  });
});
