// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightCss, luminance, pageTheme, UI_CSS } from '../../../src/annotate/styles';

describe('highlight styles', () => {
  it('only ever styles ::highlight() pseudo-elements of our own names', () => {
    for (const theme of ['light', 'dark'] as const) {
      const rules = highlightCss(theme).split('\n');
      expect(rules.length).toBeGreaterThanOrEqual(6);
      for (const rule of rules) expect(rule).toMatch(/^@media not print \{ ::highlight\(indicator-lens-[a-z]+\) \{[^{}]*\} \}$/);
    }
  });

  it('prints neither tints nor underlines: every highlight rule is for the screen only', () => {
    for (const theme of ['light', 'dark'] as const) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(highlightCss(theme));
      const rules = [...sheet.cssRules];
      expect(rules.length).toBeGreaterThanOrEqual(6);
      for (const rule of rules) expect((rule as CSSMediaRule).media?.mediaText).toBe('not print');
    }
  });

  it('hides the card and the panel (and their host) when the page is printed', () => {
    const print = /@media print \{([^{}]*)\{([^{}]*)\}/.exec(UI_CSS);
    expect(print).not.toBeNull();
    const selectors = print![1]!.split(',').map((s) => s.trim());
    expect(selectors).toEqual(expect.arrayContaining([':host', '.card', '.panel']));
    expect(print![2]).toMatch(/display:\s*none\s*!important/);
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
