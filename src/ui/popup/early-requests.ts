/**
 * The popup's first requests, sent by a classic script in popup.html's head (entrypoints/popup-requests.ts) while
 * the page is still parsing, and taken by the popup's module once its code has loaded: the background answers while
 * the interface loads. Both scripts run in the popup page's one world.
 */
import type { FirstRequests } from '../compare/prefetch';

const KEY = Symbol.for('indicator-lens.popup-requests');
type Holder = { [KEY]?: FirstRequests };

export function putEarlyRequests(requests: FirstRequests): void {
  (globalThis as Holder)[KEY] = requests;
}

/** The requests the head script sent, once; null when it did not run. */
export function takeEarlyRequests(): FirstRequests | null {
  const holder = globalThis as Holder;
  const requests = holder[KEY] ?? null;
  delete holder[KEY];
  return requests;
}
