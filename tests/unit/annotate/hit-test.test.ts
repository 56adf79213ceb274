// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createRangeIndex, findContaining, type PointComparison } from '../../../src/annotate/hit-test';

describe('findContaining', () => {
  // Intervals sorted by start; the "point" is a number.
  const spans: Array<[number, number]> = [[0, 5], [10, 20], [12, 15], [30, 31], [40, 50]];
  const cmp = (p: number) => (i: number): PointComparison => {
    const [s, e] = spans[i]!;
    return p < s ? -1 : p >= e ? 1 : 0;
  };

  it.each([
    [0, 0], [4, 0], [5, -1], [9, -1], [10, 1], [13, 2], [16, 1], [30, 3], [31, -1], [49, 4], [50, -1], [99, -1],
  ])('point %i is in span %i', (point, expected) => {
    expect(findContaining(spans.length, cmp(point))).toBe(expected);
  });

  it('answers -1 on an empty index', () => {
    expect(findContaining(0, () => 0)).toBe(-1);
  });

  it('agrees with a linear scan on random non-overlapping spans', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const list: Array<[number, number]> = [];
    for (let at = 0; list.length < 200; ) {
      at += 1 + Math.floor(rnd() * 20);
      const len = 1 + Math.floor(rnd() * 10);
      list.push([at, at + len]);
      at += len;
    }
    for (let p = 0; p < list.at(-1)![1] + 5; p++) {
      const linear = list.findIndex(([s, e]) => p >= s && p < e);
      const c = (i: number): PointComparison => (p < list[i]![0] ? -1 : p >= list[i]![1] ? 1 : 0);
      expect(findContaining(list.length, c)).toBe(linear);
    }
  });
});

describe('createRangeIndex', () => {
  it('finds the figure range holding a DOM point', () => {
    document.body.replaceChildren();
    const p = document.createElement('p');
    p.append('城镇新增就业', Object.assign(document.createElement('b'), { textContent: '40万人' }), '以上，登记失业率4.5%以内。');
    document.body.append(p);
    const [head, bold, tail] = [p.childNodes[0]!, p.childNodes[1]!.firstChild!, p.childNodes[2]!];
    const r1 = document.createRange();
    r1.setStart(head, 0);
    r1.setEnd(tail, 2); // 城镇新增就业40万人以上
    const r2 = document.createRange();
    r2.setStart(tail, 8);
    r2.setEnd(tail, 12); // 4.5%以内 region
    const index = createRangeIndex([r1, r2]);
    expect(index.at(bold, 1)).toBe(0);
    expect(index.at(head, 3)).toBe(0);
    expect(index.at(tail, 5)).toBe(-1);
    expect(index.at(tail, 9)).toBe(1);
    expect(index.at(tail, 13)).toBe(-1);
  });
});
