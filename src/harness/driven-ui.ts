/**
 * The extension's in-page UI (card, panel) and UI words, read and used through a `DrivenPage`, so a scenario runs the
 * same in every browser: the parts are read through the automation protocol's way into the closed shadow root, and
 * clicked with the pointer at their place on screen, as a person would.
 */
import type { DrivenPage } from './drivers';
import { pollFor } from './page-actions';
import { partCenter, partTexts } from './shadow-parts';

/** Text of `[data-part=…]` elements inside the extension's shadow UI. */
export async function uiPartTexts(page: DrivenPage, part: string): Promise<string[]> {
  return (await page.inExtensionUi(partTexts, part)) ?? [];
}

export async function waitForUiPartIn(page: DrivenPage, part: string, timeout = 5_000): Promise<void> {
  const texts = await pollFor(() => uiPartTexts(page, part), (t) => t.length > 0, timeout);
  if (texts.length === 0) throw new Error(`no ${part} in the extension UI after ${timeout} ms`);
}

/** Clicks the `index`th `[data-part=…]` element of the extension's UI with the pointer (a trusted click). */
export async function clickUiPartIn(page: DrivenPage, part: string, index = 0): Promise<void> {
  const point = await page.inExtensionUi(partCenter, { part, index });
  if (!point) throw new Error(`no ${part} #${index} in the extension UI`);
  await page.click(point.x, point.y);
}

/** The strings one highlight covers (e.g. 'indicator-lens-focus', 'indicator-lens-flash'). */
export function highlightedBy(page: DrivenPage, name: string): Promise<string[]> {
  return page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r instanceof Range ? r.toString() : '')), name);
}

/** A UI message of the extension, read in one of its pages (the language the browser picked). */
export function extensionMessage(page: DrivenPage, key: string, subs: string[] = []): Promise<string> {
  return page.evaluate(
    ([k, s]) => (globalThis as unknown as { chrome: { i18n: { getMessage(k: string, s: string[]): string } } }).chrome.i18n.getMessage(k, s),
    [key, subs] as const,
  );
}

/** The texts of the clipped library's figures, asked from an extension page as the library view asks. */
export async function clippedTexts(extensionPage: DrivenPage): Promise<string[]> {
  const reply = (await extensionPage.evaluate(() => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    // Firefox's `chrome.*` takes callbacks and returns nothing; its `browser.*` returns promises.
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    return (g.browser ?? g.chrome).runtime.sendMessage({ type: 'library:list', payload: {} });
  }, null)) as { ok: boolean; value?: { entries: Array<{ record: { text: string } }> }; error?: string };
  if (!reply.ok || !reply.value) throw new Error(`library:list: ${reply.error ?? 'no reply'}`);
  return reply.value.entries.map((e) => e.record.text);
}
