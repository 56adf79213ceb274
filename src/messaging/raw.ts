/**
 * Messaging without the webextension polyfill, for scripts that must be small and start fast: the page gate every
 * page loads, and the popup's classic script that asks for the figures while the page is still parsing. Chrome's and
 * Firefox's `runtime.sendMessage` both return promises.
 */
import type { Envelope, MessageType, RequestOf, ResponseOf } from './protocol';

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** The value of a `Reply`, or the handler's error as a rejection. */
export function unwrapReply<T>(reply: unknown, type: string): T {
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new Error(`${type}: no handler answered`);
  }
  const r = reply as Reply<T>;
  if (!r.ok) throw new Error(`${type}: ${r.error}`);
  return r.value;
}

interface RuntimeLike {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** content script or extension page → background, typed like `sendMessage` in send.ts. */
export async function rawSendMessage<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const g = globalThis as { browser?: RuntimeLike; chrome?: RuntimeLike };
  const api = g.browser ?? g.chrome;
  if (!api) throw new Error(`${type}: no extension runtime`);
  const envelope: Envelope<T> = { type, payload };
  return unwrapReply<ResponseOf<T>>(await api.runtime.sendMessage(envelope), type);
}
