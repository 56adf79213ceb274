/**
 * Stylesheets: the page gets ONLY ::highlight() rules (nothing of the page is restyled); the UI's own styles live
 * inside its shadow root. Constructable sheets are used first because a page CSP (style-src) can block <style>.
 */
import type { Kind } from '../extract/types';

export const HIGHLIGHT_PREFIX = 'indicator-lens-';
export type HighlightName = Kind | 'masked' | 'flash' | 'focus';
export const highlightName = (kind: HighlightName) => `${HIGHLIGHT_PREFIX}${kind}`;

export type Theme = 'light' | 'dark';

/** Tint (background, translucent so the page's text colour stays readable) and underline colour per kind. */
const PALETTE: Record<Theme, Record<Exclude<HighlightName, 'flash' | 'focus'>, [string, string]>> = {
  light: {
    target: ['rgba(37, 99, 235, 0.16)', '#1d4ed8'],
    actual: ['rgba(5, 150, 105, 0.16)', '#047857'],
    progress: ['rgba(217, 119, 6, 0.20)', '#b45309'],
    // Stronger than the others: without an underline (Firefox 140) the grey tint alone must set masked figures apart.
    masked: ['rgba(107, 114, 128, 0.30)', '#4b5563'],
  },
  dark: {
    target: ['rgba(96, 165, 250, 0.28)', '#93c5fd'],
    actual: ['rgba(52, 211, 153, 0.26)', '#6ee7b7'],
    progress: ['rgba(251, 191, 36, 0.28)', '#fcd34d'],
    masked: ['rgba(156, 163, 175, 0.40)', '#d1d5db'],
  },
};

/** Underline colours (#rrggbb) the user chose in the settings, per painted kind. */
export type ColourOverrides = Partial<Record<Exclude<HighlightName, 'flash' | 'focus'>, string>>;

function userColour(hex: string, theme: Theme): [string, string] {
  const n = parseInt(hex.slice(1), 16);
  const alpha = theme === 'light' ? 0.18 : 0.3;
  return [`rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`, hex];
}

export function highlightCss(theme: Theme, overrides: ColourOverrides = {}): string {
  const palette = { ...PALETTE[theme] };
  for (const [kind, hex] of Object.entries(overrides)) {
    if (hex && /^#[0-9a-f]{6}$/i.test(hex)) palette[kind as keyof ColourOverrides] = userColour(hex, theme);
  }
  // Firefox 140 draws no text-decoration in ::highlight(): the kinds differ by tint, and a masked figure's text takes
  // its line colour as well, so it stays told apart where its dotted underline is missing.
  const rules = Object.entries(palette).map(
    ([kind, [tint, line]]) =>
      `::highlight(${highlightName(kind as HighlightName)}) { background-color: ${tint}; ${kind === 'masked' ? `color: ${line}; ` : ''}` +
      `text-decoration: underline ${kind === 'masked' ? 'dotted' : 'solid'} ${line} 2px; text-underline-offset: 3px; }`,
  );
  const focus = theme === 'light' ? 'rgba(37, 99, 235, 0.32)' : 'rgba(147, 197, 253, 0.42)';
  rules.push(`::highlight(${highlightName('focus')}) { background-color: ${focus}; }`);
  rules.push(`::highlight(${highlightName('flash')}) { background-color: ${theme === 'light' ? '#fde047' : '#a16207'}; }`);
  // A printed page is the page as its site made it: no tints, no underlines.
  return rules.map((rule) => `@media not print { ${rule} }`).join('\n');
}

/** sRGB relative luminance of a CSS rgb()/rgba() colour; null when transparent or unparsable. */
export function luminance(color: string): number | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return null;
  if (m[4] !== undefined && parseFloat(m[4]) === 0) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = parseFloat(v!) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The page's theme from its own background; a transparent page falls back to the user's colour scheme. */
export function pageTheme(doc: Document): Theme {
  const win = doc.defaultView;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el || !win) continue;
    const lum = luminance(win.getComputedStyle(el).backgroundColor);
    if (lum !== null) return lum < 0.4 ? 'dark' : 'light';
  }
  const scheme = win ? win.getComputedStyle(doc.documentElement).colorScheme : '';
  return scheme.includes('dark') && win?.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Adds a stylesheet to a document or shadow root; returns a function that removes it. */
export function adoptCss(root: Document | ShadowRoot, css: string): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const doc = root instanceof Document ? root : root.ownerDocument;
    const style = doc.createElement('style');
    style.setAttribute('data-indicator-lens', '');
    style.textContent = css;
    (root instanceof Document ? doc.head ?? doc.documentElement : root).append(style);
    return () => style.remove();
  }
}

export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.card, .panel {
  position: fixed; z-index: 2147483647; font: 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  color: #111827; background: #ffffff; border: 1px solid #d1d5db; border-radius: 8px;
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.18); padding: 10px 12px;
}
.card { width: 320px; }
.panel { right: 16px; top: 16px; width: 340px; max-height: calc(100vh - 32px); overflow: auto; }
.head { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.name { font-weight: 600; flex: 1; }
.kind { font-size: 12px; padding: 0 6px; border-radius: 4px; color: #fff; white-space: nowrap; }
.kind-target { background: #1d4ed8; } .kind-actual { background: #047857; } .kind-progress { background: #b45309; }
.close { border: 0; background: none; font-size: 18px; line-height: 1; cursor: pointer; color: #6b7280; }
.value { display: flex; flex-wrap: wrap; align-items: baseline; gap: 8px; }
.readable { font-size: 20px; font-weight: 600; }
.exact { color: #4b5563; font-variant-numeric: tabular-nums; }
.meta { display: grid; grid-template-columns: auto 1fr; gap: 0 8px; margin: 6px 0; }
.meta dt { color: #6b7280; } .meta dd { margin: 0; }
.sentence { margin: 6px 0; padding: 4px 8px; border-left: 3px solid #d1d5db; color: #374151; max-height: 7.5em; overflow: auto; }
.clip { border: 1px solid #1d4ed8; background: #1d4ed8; color: #fff; border-radius: 6px; padding: 3px 12px; cursor: pointer; }
.copy { border: 1px solid #d1d5db; background: none; color: inherit; border-radius: 6px; padding: 3px 8px; margin-left: 4px; cursor: pointer; font: inherit; }
.copied { font-size: 11px; color: #6b7280; margin-left: 4px; }
.clip:disabled { background: #e5e7eb; border-color: #d1d5db; color: #374151; cursor: default; }
.list { list-style: none; margin: 0; padding: 0; }
.item { display: flex; gap: 6px; width: 100%; text-align: left; border: 0; background: none; padding: 4px; cursor: pointer; font: inherit; color: inherit; border-radius: 4px; }
.item:hover, .item.active { background: #eff6ff; }
.group { display: block; width: 100%; text-align: left; border: 0; border-top: 1px solid #e5e7eb; background: none; padding: 4px; margin-top: 4px; cursor: pointer; font: inherit; color: #6b7280; }
.tag { font-size: 11px; color: #6b7280; border: 1px solid #e5e7eb; border-radius: 3px; padding: 0 3px; white-space: nowrap; }
.item-name { flex: 1; } .item-value { font-weight: 600; white-space: nowrap; }
.empty, .hint { color: #6b7280; font-size: 12px; margin: 6px 0 0; }
@media (prefers-color-scheme: dark) {
  .card, .panel { color: #f3f4f6; background: #1f2937; border-color: #374151; }
  .exact, .meta dt, .empty, .hint { color: #9ca3af; } .sentence { color: #d1d5db; border-color: #4b5563; }
  .item:hover, .item.active { background: #374151; }
}
/* The card and the panel are for the screen; a printed page is the page alone. */
@media print {
  :host, .card, .panel { display: none !important; }
}
`;
