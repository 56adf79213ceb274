/**
 * One onMessage listener per context that dispatches envelopes to typed handlers. A handler may declare a
 * validator; the payload reaches the handler only if it passes, so content-script input is never trusted blindly.
 */
import type { Browser } from 'wxt/browser';
import type { MessageType, RequestOf, ResponseOf } from './protocol';
import type { Reply } from './send';

export type Sender = Browser.runtime.MessageSender;
export type Handler<T extends MessageType> = (
  payload: RequestOf<T>,
  sender: Sender,
) => ResponseOf<T> | Promise<ResponseOf<T>>;
/** Returns an error message, or null when the payload is acceptable. */
export type Validator = (payload: unknown) => string | null;

interface Entry {
  handle: (payload: never, sender: Sender) => unknown;
  validate?: Validator;
}

export interface Router {
  on<T extends MessageType>(type: T, handler: Handler<T>, validate?: Validator): void;
  /** Runs one message; undefined when no handler is registered for its type (another listener may answer). */
  dispatch(message: unknown, sender: Sender): Promise<Reply<unknown>> | undefined;
}

export interface RouterOptions {
  /** Why this sender may not send this type of message, or null (src/messaging/senders.ts). */
  checkSender?: (type: string, sender: Sender) => string | null;
}

export function createRouter(options: RouterOptions = {}): Router {
  const handlers = new Map<string, Entry>();
  return {
    on(type, handler, validate) {
      if (handlers.has(type)) throw new Error(`duplicate handler for ${type}`);
      handlers.set(type, { handle: handler as Entry['handle'], validate });
    },
    dispatch(message, sender) {
      if (!message || typeof message !== 'object') return undefined;
      const { type, payload } = message as { type?: unknown; payload?: unknown };
      if (typeof type !== 'string') return undefined;
      const entry = handlers.get(type);
      if (!entry) return undefined;
      const refused = options.checkSender?.(type, sender) ?? null;
      if (refused !== null) return Promise.resolve({ ok: false, error: refused });
      const problem = entry.validate?.(payload) ?? null;
      if (problem !== null) return Promise.resolve({ ok: false, error: `invalid payload: ${problem}` });
      return Promise.resolve()
        .then(() => entry.handle(payload as never, sender))
        .then(
          (value): Reply<unknown> => ({ ok: true, value }),
          (err: unknown): Reply<unknown> => ({ ok: false, error: err instanceof Error ? err.message : String(err) }),
        );
    },
  };
}
