/** Background side of the library: the one place that opens the IndexedDB library, and "open this figure's page". */
import { browser, type Browser } from 'wxt/browser';
import { isWebUrl, parseClipEntries, parseImportEntries, parseLibraryJson, type ImportResult } from '../export/import';
import type { Router, Sender, Validator } from '../messaging/router';
import { LIBRARY_PAGE, type RequestOf, type ResponseOf } from '../messaging/protocol';
import { validateReveal } from '../messaging/validate';
import { sendMessage, sendToTab } from '../messaging/send';
import { looksLikePdf, viewedFile, viewerUrl, withoutFragment } from '../pdf-viewer/viewer-url';
import { openLibrary, type Library } from '../store/library';

export interface LibraryDeps {
  library: () => Promise<Library>;
  /** True for the extension's own pages (popup, compare page); content scripts may only add clips. */
  isExtensionPage: (sender: Sender) => boolean;
  tabs: Pick<typeof Browser.tabs, 'get' | 'create' | 'update'>;
  windows?: Pick<typeof Browser.windows, 'update'>;
  reveal: (tabId: number, payload: RequestOf<'reveal'>) => Promise<ResponseOf<'reveal'>>;
  /**
   * The PDF a tab's address shows in the extension's viewer (its figures' sources are the PDF's address with #page=N),
   * and the viewer's address for a PDF source whose tab is gone; absent, sources are web pages only.
   */
  pdfViewer?: { fileOf(tabUrl: string | undefined): string | null; urlFor(fileUrl: string): string };
  /** Waits between reveal attempts on a page that is still loading (default 400 ms, 25 tries). */
  retry?: { delayMs: number; attempts: number };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const MAX_KEYS = 100_000;

const validateKeys: Validator = (p) =>
  isObject(p) && Array.isArray(p.keys) && p.keys.length <= MAX_KEYS && p.keys.every((k) => typeof k === 'string')
    ? null
    : 'keys must be an array of strings';

const validateNote: Validator = (p) =>
  isObject(p) && typeof p.key === 'string' && typeof p.note === 'string' && p.note.length <= 10_000
    ? null
    : 'key and note must be strings (note up to 10000 characters)';

const validateList: Validator = (p) => {
  if (!isObject(p)) return 'payload must be an object';
  if (p.page !== undefined) {
    const page = p.page;
    const count = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
    if (!isObject(page) || !count(page.offset) || !count(page.limit)) return 'page must be { offset, limit } of whole numbers';
  }
  if (p.query === undefined) return null;
  if (!isObject(p.query)) return 'query must be an object';
  const bad = Object.entries(p.query).find(([, v]) => v !== undefined && typeof v !== 'string');
  return bad ? `query.${bad[0]} must be a string` : null;
};

const validateImportEntries: Validator = (p) =>
  isObject(p) && Array.isArray(p.entries) && p.entries.length <= LIBRARY_PAGE ? null : `entries must be an array of at most ${LIBRARY_PAGE}`;

const validateImport: Validator = (p) =>
  isObject(p) && typeof p.json === 'string' ? null : 'json must be a string';

const validateOpen: Validator = (p) => {
  const problem = validateReveal(p);
  if (problem) return problem;
  const tabId = (p as { tabId?: unknown }).tabId;
  return tabId === undefined || Number.isInteger(tabId) ? null : 'tabId must be an integer';
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function registerLibraryHandlers(router: Router, deps: LibraryDeps): void {
  // Who may send what is checked once, by message type, before any handler runs (src/messaging/senders.ts): only
  // the extension's pages reach the handlers below but library:add.
  const { library, isExtensionPage } = deps;

  router.on(
    'library:add',
    async (payload, sender) => {
      // The card clips one figure per click; a page script driving the content script must not flood the library.
      if (payload.entries.length > 1 && !isExtensionPage(sender)) {
        throw new Error('a content script may clip one entry at a time');
      }
      // Validated below; parsed again here to store only the spec's fields.
      const parsed = parseClipEntries(payload);
      if (!parsed.ok) throw new Error(parsed.error);
      return (await library()).add(parsed.entries.map(({ clippedAt: _t, ...clip }) => clip));
    },
    (p) => {
      const parsed = parseClipEntries(p);
      return parsed.ok ? null : parsed.error;
    },
  );

  /** Checked entries of an import, stored in one transaction; the first problem, when they were not. */
  async function storeImport(parsed: ImportResult): Promise<ResponseOf<'library:import'>> {
    if (!parsed.ok) return { ok: false, error: parsed.error };
    const { added, duplicates } = await (await library()).importEntries(parsed.entries);
    return { ok: true, added, duplicates };
  }

  router.on(
    'library:list',
    async (p) => {
      const all = await (await library()).list(p.query ?? {});
      const offset = p.page?.offset ?? 0;
      const limit = Math.min(p.page?.limit ?? LIBRARY_PAGE, LIBRARY_PAGE);
      return { entries: all.slice(offset, offset + limit).map(({ search: _search, ...item }) => item), total: all.length };
    },
    validateList,
  );
  router.on(
    'library:note',
    async (p) => ({ updated: await (await library()).setNote(p.key, p.note) }),
    validateNote,
  );
  router.on('library:delete', async (p) => (await library()).remove(p.keys), validateKeys);
  router.on('library:restore', async (p) => (await library()).restore(p.keys), validateKeys);
  router.on(
    'library:import',
    (p) => storeImport(parseLibraryJson(p.json)),
    validateImport,
  );

  router.on(
    'library:import-entries',
    (p) => storeImport(parseImportEntries(p.entries, LIBRARY_PAGE)),
    validateImportEntries,
  );

  router.on(
    'source:open',
    (p) => openSource(deps, p),
    validateOpen,
  );
}

async function openSource(deps: LibraryDeps, p: RequestOf<'source:open'>): Promise<ResponseOf<'source:open'>> {
  const { tabs } = deps;
  let tab: Browser.tabs.Tab | undefined;
  if (p.tabId !== undefined) {
    tab = await tabs.get(p.tabId).catch(() => undefined);
    // The tab moved on to another page since the comparison was built.
    const viewed = deps.pdfViewer?.fileOf(tab?.url);
    if (tab && tab.url !== p.source.url && !(viewed && viewed === withoutFragment(p.source.url))) tab = undefined;
  }
  if (tab?.id !== undefined) {
    await tabs.update(tab.id, { active: true });
    if (tab.windowId !== undefined) await deps.windows?.update(tab.windowId, { focused: true });
  } else {
    // Only web pages are opened: a stored or forged data:/javascript: source is refused, with a word.
    if (!isWebUrl(p.source.url)) throw new Error(`not a web page, not opened: ${p.source.url.slice(0, 40)}`);
    const pdf = deps.pdfViewer && looksLikePdf(p.source.url);
    tab = await tabs.create({ url: pdf ? deps.pdfViewer!.urlFor(p.source.url) : p.source.url, active: true });
  }
  const tabId = tab.id;
  if (tabId === undefined) return { tabId: -1, found: false };
  const payload: RequestOf<'reveal'> = p.record ? { source: p.source, record: p.record } : { source: p.source };
  const { delayMs, attempts } = deps.retry ?? { delayMs: 400, attempts: 25 };
  // A new tab has no content script until the page loads, and its highlights come after extraction.
  for (let i = 0; i < attempts; i++) {
    const answer = await deps.reveal(tabId, payload).catch(() => undefined);
    if (answer?.found) return { tabId, found: true };
    await sleep(delayMs);
  }
  return { tabId, found: false };
}

/** The real browser wiring: one library connection per background lifetime, opened on first use. */
export function browserLibraryDeps(): LibraryDeps {
  let opened: Promise<Library> | undefined;
  const origin = browser.runtime.getURL('/');
  return {
    library: () => (opened ??= openLibrary()),
    isExtensionPage: (sender) => typeof sender.url === 'string' && sender.url.startsWith(origin),
    tabs: browser.tabs,
    windows: browser.windows,
    // A viewer tab is an extension page, which tabs.sendMessage does not reach: it hears a broadcast for its tab.
    reveal: (tabId, payload) =>
      sendToTab(tabId, 'reveal', payload).catch(() => sendMessage('pdf:reveal', { tabId, source: payload.source })),
    pdfViewer: { fileOf: (url) => viewedFile(origin, url), urlFor: (file) => viewerUrl(origin, file) },
  };
}
