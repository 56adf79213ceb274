/**
 * Functions run inside the extension's closed UI root (through the DevTools protocol or WebDriver BiDi): they are sent
 * to the page as source, so each is self-contained and this file imports nothing.
 */

/** In the UI's root: the texts of its `[data-part=…]` elements. */
export function partTexts(root: ShadowRoot, part: string): string[] {
  return [...root.querySelectorAll(`[data-part="${part}"]`)].map((el) => el.textContent ?? '');
}

/** In the UI's root: the middle of the `index`th `[data-part=…]` element, scrolled into view; null without one. */
export function partCenter(root: ShadowRoot, { part, index }: { part: string; index: number }): { x: number; y: number } | null {
  const el = root.querySelectorAll(`[data-part="${part}"]`)[index] as HTMLElement | undefined;
  if (!el) return null;
  el.scrollIntoView({ block: 'nearest' });
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}
