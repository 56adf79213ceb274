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

/** getMessage is a native call; a big table asks for the same few words thousands of times. */
const plain = new Map<string, string>();

export function t(key: MessageKey, subs: ReadonlyArray<string | number> = []): string {
  if (subs.length === 0) {
    let cached = plain.get(key);
    if (cached === undefined) plain.set(key, (cached = lookup(key, [])));
    return cached;
  }
  return lookup(key, subs.map(String));
}

function lookup(key: MessageKey, strings: string[]): string {
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
