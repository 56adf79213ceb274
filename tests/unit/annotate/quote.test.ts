import { describe, expect, it } from 'vitest';
import { findQuote, sentenceAround, sourceRefFor } from '../../../src/annotate/quote';

const page =
  '2022年全省城镇新增就业40万人以上。去年全省城镇新增就业42万人，完成目标。' +
  '西安市城镇新增就业40万人以上的目标在报告中再次提出。';

describe('findQuote', () => {
  it('picks the repeated quote whose context matches the stored prefix and suffix', () => {
    const second = page.lastIndexOf('城镇新增就业40万人以上');
    const ref = sourceRefFor(page, { start: second, end: second + 13, text: '城镇新增就业40万人以上' }, { url: 'u', title: 't' });
    expect(ref.prefix.endsWith('西安市')).toBe(true);
    expect(findQuote(page, ref)).toEqual({ start: second, end: second + 13 });
    const first = page.indexOf('城镇新增就业40万人以上');
    const firstRef = sourceRefFor(page, { start: first, end: first + 13, text: '' }, { url: 'u', title: 't' });
    expect(findQuote(page, firstRef)).toEqual({ start: first, end: first + 13 });
  });

  it('still finds the passage after the page changed around it', () => {
    const ref = { quote: '城镇新增就业42万人', prefix: '完成目标。去年全省', suffix: '，完成目标。' };
    const changed = '【更新】' + page.replace('完成目标。西安市', '超额完成。西安市');
    const at = findQuote(changed, ref)!;
    expect(changed.slice(at.start, at.end)).toBe('城镇新增就业42万人');
  });

  it('returns null when the quote is gone', () => {
    expect(findQuote(page, { quote: '城镇新增就业50万人', prefix: '', suffix: '' })).toBeNull();
  });
});

describe('sentenceAround', () => {
  it('returns the whole sentence holding the figure', () => {
    const at = page.indexOf('42万人');
    expect(sentenceAround(page, at, at + 4)).toBe('去年全省城镇新增就业42万人，完成目标。');
  });

  it('cuts a very long sentence around the figure and marks the cut', () => {
    const long = '甲'.repeat(300) + '城镇新增就业40万人' + '乙'.repeat(300) + '。';
    const at = long.indexOf('城镇');
    const s = sentenceAround(long, at, at + 10, 60);
    expect(s).toContain('城镇新增就业40万人');
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(62);
  });
});
