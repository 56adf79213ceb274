// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightCss, luminance, pageTheme } from '../../../src/annotate/styles';

describe('highlight styles', () => {
  it('only ever styles ::highlight() pseudo-elements of our own names', () => {
    for (const theme of ['light', 'dark'] as const) {
      const rules = highlightCss(theme).split('\n');
      expect(rules.length).toBeGreaterThanOrEqual(6);
      for (const rule of rules) expect(rule).toMatch(/^::highlight\(indicator-lens-[a-z]+\) \{[^{}]*\}$/);
    }
  });

  it('reads luminance from computed colours, ignoring transparent ones', () => {
    expect(luminance('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(luminance('rgb(0, 0, 0)')).toBe(0);
    expect(luminance('rgba(0, 0, 0, 0)')).toBeNull();
    expect(luminance('transparent')).toBeNull();
  });

  it('picks the dark palette on a dark page and the light one on a light page', () => {
    document.body.style.backgroundColor = 'rgb(18, 18, 18)';
    expect(pageTheme(document)).toBe('dark');
    document.body.style.backgroundColor = 'rgb(250, 250, 245)';
    expect(pageTheme(document)).toBe('light');
  });
});
