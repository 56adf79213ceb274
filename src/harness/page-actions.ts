/**
 * What a test does in a page through `evaluate` alone, so it works the same in every browser driver: fill a field,
 * pick an option, press a button, wait for an element. Events are dispatched as the UI's handlers expect them
 * (`input` for text, `change` for a select or colour); a page CSP may block `waitForFunction` in Firefox, so waits
 * poll.
 */
import type { DrivenPage } from './drivers';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Run in the page (`page.evaluate(centreOfHighlight, [name, quote, nudge])`, any driver): the centre of the last highlight
 * of `name` over `quote`, scrolled to the middle of the viewport and then `nudge` pixels further down; null when none.
 */
export function centreOfHighlight([name, quote, nudge]: readonly [string, string, number]): { x: number; y: number } | null {
  const range = ([...(CSS.highlights.get(name) ?? [])] as Range[]).filter((r) => r.toString().includes(quote)).at(-1);
  if (!range) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  if (nudge) window.scrollBy(0, nudge);
  const rect = range.getClientRects()[0]!;
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/** Polls `read` until `done` holds for its value or `timeout` passes; returns the last value. */
export async function pollFor<T>(read: () => Promise<T>, done: (v: T) => boolean, timeout = 15_000): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await sleep(100);
  }
}

/** Sets a control's value and fires `event` (input for text fields, change for selects and colour inputs). */
export async function setValue(page: DrivenPage, selector: string, value: string, event: 'input' | 'change' = 'input'): Promise<void> {
  const found = await page.evaluate(
    ([sel, v, type]) => {
      const el = document.querySelector(sel) as HTMLInputElement | null;
      if (!el) return false;
      el.value = v;
      el.dispatchEvent(new Event(type, { bubbles: true }));
      return true;
    },
    [selector, value, event] as const,
  );
  if (!found) throw new Error(`no ${selector} in ${page.url()}`);
}

export async function click(page: DrivenPage, selector: string): Promise<void> {
  const found = await page.evaluate((sel) => {
    const el = document.querySelector(sel) as HTMLElement | null;
    el?.click();
    return el !== null;
  }, selector);
  if (!found) throw new Error(`no ${selector} in ${page.url()}`);
}

/** Waits until `selector` matches (or, with `present` false, no longer matches) an element. */
export async function waitForSelector(page: DrivenPage, selector: string, timeout = 15_000): Promise<void> {
  const seen = await pollFor(() => page.evaluate((sel) => document.querySelector(sel) !== null, selector), Boolean, timeout);
  if (!seen) throw new Error(`no ${selector} in ${page.url()} after ${timeout} ms`);
}

export const PAINTED_KINDS = ['target', 'actual', 'progress', 'masked'].map((k) => `indicator-lens-${k}`);

/** The texts the painted highlights cover. */
export function paintedTexts(page: DrivenPage): Promise<string[]> {
  return page.evaluate(
    (kinds) => kinds.flatMap((k) => [...(CSS.highlights.get(k) ?? [])].map((r) => (r instanceof Range ? r.toString() : ''))),
    PAINTED_KINDS,
  );
}

/** Waits until the page has painted figures and their number has held still for half a second. */
export async function settledHighlights(page: DrivenPage, timeout = 20_000): Promise<string[]> {
  const until = Date.now() + timeout;
  let last: string[] = [];
  let since = Date.now();
  for (;;) {
    const now = await paintedTexts(page);
    if (now.length !== last.length) since = Date.now();
    last = now;
    if ((last.length > 0 && Date.now() - since >= 500) || Date.now() > until) return last;
    await sleep(100);
  }
}

/**
 * The colour most of a figure's box shows, read from a screenshot decoded by a canvas in the page itself: what a
 * reader sees, whichever way the browser drew the highlight. Null when no highlight `name` covers `text`. The page
 * must allow data: images (no strict CSP) and show the figure without scrolling.
 */
export async function tintUnder(page: DrivenPage, name: string, text: string): Promise<[number, number, number] | null> {
  const rect = await page.evaluate(
    ([n, t]) => {
      const range = ([...(CSS.highlights.get(n) ?? [])] as Range[]).find((r) => r.toString().includes(t));
      const r = range?.getClientRects()[0];
      return r ? { x: r.left, y: r.top, width: Math.max(1, r.width), height: Math.max(1, r.height) } : null;
    },
    [name, text] as const,
  );
  if (!rect) return null;
  const png = await page.screenshot(rect);
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.width, img.height];
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    // The commonest light colour: the tinted background between the glyphs.
    const counts = new Map<string, number>();
    for (let i = 0; i < data.length; i += 4) {
      if (data[i]! + data[i + 1]! + data[i + 2]! < 450) continue;
      const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    return top ? (top[0].split(',').map(Number) as [number, number, number]) : null;
  }, png.toString('base64'));
}
