/**
 * Background side of the PDF viewer: runs the engine on the text a viewer tab has read so far and keeps the figures
 * as that tab's results (one entry per page, src/pdf-viewer/page-results.ts), for the badge and the popup; and the
 * context-menu item that opens a PDF link in the viewer.
 */
import type { Browser } from 'wxt/browser';
import type { ExtractResult, Extractor } from '../extract/types';
import type { Router, Sender, Validator } from '../messaging/router';
import { validateExtract } from '../messaging/validate';
import { pageEntries } from '../pdf-viewer/page-results';
import { isFetchableUrl, viewerUrl } from '../pdf-viewer/viewer-url';
import type { TabResultsStore } from '../store/tab-results';
import { showBadge, type BadgeApi } from './badge';
import { MAX_RECORDS, readLimit } from './annotate-handlers';

export const OPEN_PDF_MENU = 'open-pdf-in-viewer';
/** Links whose path ends in .pdf (with or without a query), on the web and on disk. */
const PDF_LINKS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*', 'file:///*.pdf', 'file:///*.PDF'];

export interface PdfDeps {
  engine: { get(): Promise<Extractor> };
  store: TabResultsStore;
  badge: BadgeApi;
  /** The title of a page's entry: the document's title and the page (worded in the UI's language). */
  pageTitle(title: string, page: number): string;
}

const validatePdfExtract: Validator = (p) => {
  const problem = validateExtract(p);
  if (problem) return problem;
  const { page, pageStarts } = p as { page: Record<string, unknown>; pageStarts?: unknown };
  if (typeof page.url !== 'string' || !isFetchableUrl(page.url)) return 'page.url must be the PDF\'s http(s) or file address';
  if (!Array.isArray(pageStarts) || pageStarts.length > 100_000 || !pageStarts.every((n) => Number.isInteger(n) && n >= 0)) {
    return 'pageStarts must be an array of offsets';
  }
  return null;
};

export function registerPdfHandlers(router: Router, deps: PdfDeps): void {
  const { store } = deps;
  /** The newest run per tab: a run overtaken by a longer text (more pages read) is abandoned. */
  const running = new Map<number, AbortController>();

  router.on(
    'pdf:extract',
    async ({ text, page, pageStarts }, sender: Sender): Promise<ExtractResult> => {
      const tabId = sender.tab?.id;
      const run = new AbortController();
      if (tabId !== undefined) {
        running.get(tabId)?.abort(new Error('superseded by more pages of the same PDF'));
        running.set(tabId, run);
      }
      const read = readLimit(text);
      let found: ExtractResult;
      try {
        found = await (await deps.engine.get()).extractSliced(text.slice(0, read), page, { signal: run.signal });
      } finally {
        if (tabId !== undefined && running.get(tabId) === run) running.delete(tabId);
      }
      if (found.records.length > MAX_RECORDS) found = { ...found, records: found.records.slice(0, MAX_RECORDS) };
      // As on a web page: an irrelevant document shows nothing.
      const result: ExtractResult = found.relevant ? found : { relevant: false, region: found.region, period: found.period, records: [] };
      if (tabId !== undefined && tabId >= 0) void keep(tabId, sender.tab?.url ?? '', page, result, pageStarts);
      return result;
    },
    validatePdfExtract,
  );

  async function keep(tabId: number, topUrl: string, page: { title: string; url: string }, result: ExtractResult, pageStarts: number[]) {
    try {
      const entries = pageEntries(
        { tabId, topUrl, fileUrl: page.url, title: page.title, pageTitle: (n) => deps.pageTitle(page.title, n) },
        result,
        pageStarts,
      );
      const kept = new Set(entries.map((e) => e.frameId));
      // A page whose figures went away (the engine read it differently with more context) is emptied.
      const gone = (await store.forTab(tabId)).filter((e) => !kept.has(e.frameId) && e.result.records.length > 0);
      for (const e of gone) await store.put({ ...e, result: { ...e.result, records: [] }, updatedAt: Date.now() });
      for (const e of entries) await store.put(e);
      await showBadge(deps.badge, tabId, await store.forTab(tabId));
    } catch (err) {
      console.warn('[indicator-lens] PDF result not kept', err);
    }
  }
}

type Menus = Pick<typeof Browser.contextMenus, 'create' | 'onClicked'>;

/** The context-menu item on PDF links: the link opens in the viewer, in a new tab beside the page. */
export function registerPdfMenu(menus: Menus, deps: { title: string; origin: string; openTab(url: string, index?: number): void }): void {
  // Created on every start of the background: re-creating an existing id only reports an error, which is ignored.
  menus.create({ id: OPEN_PDF_MENU, title: deps.title, contexts: ['link'], targetUrlPatterns: PDF_LINKS }, () => void chromeLastError());
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== OPEN_PDF_MENU || !info.linkUrl || !isFetchableUrl(info.linkUrl)) return;
    deps.openTab(viewerUrl(deps.origin, info.linkUrl), tab?.index === undefined ? undefined : tab.index + 1);
  });
}

/** Reads (and so clears) the "duplicate id" error Chrome reports when the menu item survives a worker restart. */
function chromeLastError(): unknown {
  return (globalThis as { chrome?: { runtime?: { lastError?: unknown } } }).chrome?.runtime?.lastError;
}
