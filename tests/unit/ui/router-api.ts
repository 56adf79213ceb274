import 'fake-indexeddb/auto';
import { registerLibraryHandlers } from '../../../src/background/library-handlers';
import { createRouter } from '../../../src/messaging/router';
import type { MessageType, RequestOf, ResponseOf, TabResult } from '../../../src/messaging/protocol';
import type { Reply } from '../../../src/messaging/send';
import { openLibrary, type Library } from '../../../src/store/library';
import { messagingApi, type CompareApi } from '../../../src/ui/compare/api';

let n = 0;

/**
 * The real background library handlers over an in-memory router (IndexedDB from fake-indexeddb), and a typed `send`
 * to them from an extension page; `observe` sees every request and its value.
 */
export async function libraryBackground(observe?: (type: MessageType, payload: unknown, value: unknown) => void) {
  const library = await openLibrary({ name: `ui-${++n}-${Date.now()}` });
  const router = createRouter();
  registerLibraryHandlers(router, {
    library: async () => library,
    isExtensionPage: () => true,
    tabs: { get: async () => ({}) as never, create: async () => ({ id: 1 }) as never, update: async () => ({}) as never },
    reveal: async () => ({ found: true }),
    retry: { delayMs: 0, attempts: 1 },
  });
  const send = async <T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> => {
    const reply = (await router.dispatch({ type, payload }, { url: 'chrome-extension://x/compare.html' })) as Reply<ResponseOf<T>>;
    if (!reply.ok) throw new Error(reply.error);
    observe?.(type, payload, reply.value);
    return reply.value;
  };
  return { library, send };
}

/** The UI talking to the real background library handlers. */
export async function routerApi(tabs: TabResult[] = []): Promise<{ api: CompareApi; library: Library; opened: RequestOf<'source:open'>[] }> {
  const { library, send } = await libraryBackground();
  const opened: RequestOf<'source:open'>[] = [];
  const api: CompareApi = {
    ...messagingApi(send),
    tabResults: async () => tabs,
    openSource: async (req) => {
      opened.push(req);
      return { tabId: 1, found: true };
    },
    togglePanel: async () => undefined,
    activeTabId: async () => undefined,
    openFullView: async () => undefined,
  };
  return { api, library, opened };
}
