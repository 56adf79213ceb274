/**
 * Typed wrappers around runtime/tabs messaging: every message is an Envelope `{ type, payload }`,
 * and every response is `{ ok: true, value }` or `{ ok: false, error }` so a failed handler reaches the caller
 * as a rejected promise instead of an `undefined` answer.
 */
import { browser } from 'wxt/browser';
import type { Envelope, MessageType, RequestOf, ResponseOf } from './protocol';
import { unwrapReply as unwrap } from './raw';

export type { Reply } from './raw';

/** content/popup/options → background. */
export async function sendMessage<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { type, payload };
  return unwrap<ResponseOf<T>>(await browser.runtime.sendMessage(envelope), type);
}

/** background/popup → one tab's content script (top frame unless frameId is given). */
export async function sendToTab<T extends MessageType>(
  tabId: number,
  type: T,
  payload: RequestOf<T>,
  frameId = 0,
): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { type, payload };
  return unwrap<ResponseOf<T>>(await browser.tabs.sendMessage(tabId, envelope, { frameId }), type);
}
