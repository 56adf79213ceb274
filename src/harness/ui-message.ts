/**
 * A UI message in the language the browser picked (Chinese with Debian's chromium-l10n, else English), read back from
 * the extension in one of its pages, so an end-to-end assertion holds in either.
 */
import type { Page } from 'playwright-core';

export function uiMessage(extensionPage: Page, key: string, subs: Array<string | number> = []): Promise<string> {
  return extensionPage.evaluate(
    ([k, s]) => (globalThis as unknown as { chrome: { i18n: { getMessage(k: string, s: string[]): string } } }).chrome.i18n.getMessage(k, s),
    [key, subs.map(String)] as const,
  );
}
