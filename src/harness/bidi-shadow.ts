/**
 * The Firefox counterpart of `inExtensionUi` in browser.ts: runs a function on the extension's closed shadow root
 * through WebDriver BiDi, as Chromium's tests do through the DevTools protocol. Page scripts cannot reach a closed
 * root; BiDi can, as a debugger: `script.callFunction` serializes a host's shadow root, closed ones included, when
 * asked with `includeShadowTree: 'all'`, and the root's shared id can then be passed back as an argument.
 */
import type { Browser, Frame } from 'puppeteer-core';

interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}
interface CallReply {
  result: { type: 'success'; result: RemoteValue } | { type: 'exception'; exceptionDetails: { text: string } };
}
/** Puppeteer's BiDi connection (a public getter of its BiDi browser, not in the common Browser type). */
interface BidiConnection {
  send(method: 'script.callFunction', params: object): Promise<CallReply>;
}

async function call(browser: Browser, frame: Frame, params: object): Promise<RemoteValue> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  // `_id` is the frame's BiDi browsing context (Puppeteer's own field for it).
  const reply = await connection.send('script.callFunction', { target: { context: (frame as unknown as { _id: string })._id }, awaitPromise: true, ...params });
  if (reply.result.type === 'exception') throw new Error(`in the extension UI: ${reply.result.exceptionDetails.text}`);
  return reply.result.result;
}

/** Runs `fn(root, arg)` on the UI host's closed shadow root in `frame`; null while the page has no UI. */
export async function inClosedUiOverBidi<A, R>(
  browser: Browser,
  frame: Frame,
  fn: (root: ShadowRoot, arg: A) => R,
  arg: A,
): Promise<Awaited<R> | null> {
  const host = await call(browser, frame, {
    functionDeclaration: '() => document.querySelector("[data-indicator-lens]")',
    resultOwnership: 'none',
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  });
  const root = (host.value as { shadowRoot?: RemoteValue | null } | undefined)?.shadowRoot;
  if (host.type !== 'node' || !root?.sharedId) return null;
  // The result comes back as JSON: BiDi's own serialization of arrays and objects is not a plain value.
  const json = await call(browser, frame, {
    functionDeclaration: `async (root, arg) => JSON.stringify(await (${fn.toString()})(root, JSON.parse(arg)) ?? null)`,
    arguments: [{ sharedId: root.sharedId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
  });
  return JSON.parse(json.value as string) as Awaited<R> | null;
}
