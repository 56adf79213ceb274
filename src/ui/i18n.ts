/**
 * UI text through the browser's i18n (_locales, Chinese by default). Outside an extension (tests, benchmarks)
 * getMessage is missing or empty, so the bundled Chinese file answers instead.
 */
import { browser } from 'wxt/browser';
import zh from '../../public/_locales/zh_CN/messages.json';

export type MessageKey = keyof typeof zh;

function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\d)/g, (_m, d: string) => subs[Number(d) - 1] ?? '');
}

export function t(key: MessageKey, subs: ReadonlyArray<string | number> = []): string {
  const strings = subs.map(String);
  let message = '';
  try {
    // WXT types getMessage by the locale files it saw at `wxt prepare`; the keys are checked against zh above.
    const getMessage = browser.i18n?.getMessage as ((k: string, s?: string[]) => string) | undefined;
    message = getMessage?.(key, strings) ?? '';
  } catch {
    message = '';
  }
  return message || substitute(zh[key]?.message ?? key, strings);
}

/** Any key, for names built at run time (indicator_<id>); undefined when there is no such message. */
export function tMaybe(key: string): string | undefined {
  return key in zh ? t(key as MessageKey) : undefined;
}
