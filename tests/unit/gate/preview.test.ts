import { describe, expect, it } from 'vitest';
import { PREVIEW_CHARS, PREVIEW_MIN_TEXT, previewEnd } from '../../../src/gate/preview';

const paragraph = (n: number) => `${'城镇新增就业40万人以上，'.repeat(n)}\n`;

describe('preview of a long page', () => {
  it('gives a short page none', () => {
    expect(previewEnd(paragraph(10))).toBeNull();
    expect(previewEnd('字'.repeat(PREVIEW_MIN_TEXT - 1))).toBeNull();
  });

  it('ends after the last line break within the preview size, so no figure is cut in two', () => {
    const text = paragraph(200).repeat(20); // 13 × 200 + 1 characters a line
    const end = previewEnd(text)!;
    expect(end).toBeLessThanOrEqual(PREVIEW_CHARS + 1);
    expect(end).toBeGreaterThan(PREVIEW_CHARS / 2);
    expect(text[end - 1]).toBe('\n');
    expect(text.slice(0, end)).toMatch(/以上，\n$/);
  });

  it('ends at a sentence end when the lines are too long', () => {
    const text = '城镇新增就业40万人以上。'.repeat(3000);
    const end = previewEnd(text)!;
    expect(text[end - 1]).toBe('。');
    expect(end).toBeGreaterThan(PREVIEW_CHARS / 2);
  });

  it('gives none to one endless sentence', () => {
    expect(previewEnd('城镇新增就业40万人以上，'.repeat(3000))).toBeNull();
  });
});
