/** Background side of page annotation: run the engine for content scripts, keep per-tab results, badge, panel command. */
import type { Browser } from 'wxt/browser';
import type { Router, Sender } from '../messaging/router';
import { validateEmpty, validateExtract, validateExtractPart } from '../messaging/validate';
import { createTextParts } from './text-parts';
import type { Extractor, ExtractResult, PageInfo } from '../extract/types';
import type { TabResultsStore } from '../store/tab-results';
import { sentenceAround } from '../annotate/quote';
import { type BadgeApi, showBadge } from './badge';

export interface AnnotateDeps {
  /**
   * The extraction engine, created on first use and kept for the worker's lifetime: the settings engine
   * (src/settings/settings-engine.ts). It lives in the background because page CSPs forbid WebAssembly in content
   * scripts.
   */
  engine: { get(): Promise<Extractor> };
  store: TabResultsStore;
  badge: BadgeApi;
  tabs: Pick<typeof Browser.tabs, 'onRemoved' | 'onUpdated' | 'get'>;
  /** Whether a page of this top-level URL may be annotated (the user can switch sites off). */
  mayAnnotate(tabUrl: string | undefined): Promise<boolean>;
  /** Runs the annotating content script in one frame of a tab. */
  injectAnnotator(tabId: number, frameId: number): Promise<void>;
  /** How much of one page's text is read, and how many of its figures are kept (unless a test says otherwise). */
  maxReadChars?: number;
  maxRecords?: number;
}

const EMPTY: ExtractResult = { relevant: false, region: null, period: null, records: [] };

/**
 * How much of one page's text is read (~5 s of engine work for the densest list of figures, well under a second for
 * prose; the longest document of the corpus is under 100,000 characters). Beyond it the page is read up to a line
 * break near the limit, and the result says so.
 */
export const MAX_READ_CHARS = 1_000_000;
/**
 * The most figures one page's result carries back (a dense report has a few thousand): a page of nothing but figures
 * would otherwise answer with hundreds of thousands, past the browser's message limit, and never be painted.
 */
export const MAX_RECORDS = 10_000;
const CUT_SEARCH = 2_000;
/** A kept figure's sentence is cut to this many characters around it (they count against the tab's storage). */
const SENTENCE_CHARS = 120;

/** Where to stop reading a long text: the last line break shortly before the limit, else the limit. */
export function readLimit(text: string, max = MAX_READ_CHARS): number {
  if (text.length <= max) return text.length;
  const lineEnd = text.lastIndexOf('\n', max);
  return lineEnd > max - CUT_SEARCH ? lineEnd : max;
}

export function registerAnnotateHandlers(router: Router, deps: AnnotateDeps): void {
  const { engine, store, badge, tabs } = deps;
  const refreshBadge = async (tabId: number) => showBadge(badge, tabId, await store.forTab(tabId));

  /** The extraction under way for each tab, frame and request kind (a preview or a whole page). */
  const running = new Map<string, AbortController>();

  /**
   * Extracts and (with `keep`) keeps the result for the sender's tab and frame. The answer does not wait for the
   * result to be stored: the store serialises its writes, so the badge and the popup still see them in order.
   *
   * The engine reads in slices with a turn of the event loop between them, so other tabs' messages are answered
   * while a long page is read; newer text from the same frame drops the run it made stale (a page that changes every
   * second costs one extraction at a time, not a queue of them).
   */
  async function extractFor(text: string, page: PageInfo, sender: Sender, keep: boolean): Promise<ExtractResult> {
    const key = sender.tab?.id === undefined ? null : `${sender.tab.id}/${sender.frameId ?? 0}/${keep ? 'page' : 'preview'}`;
    const run = new AbortController();
    if (key !== null) {
      running.get(key)?.abort(new Error('superseded by newer text from the same page'));
      running.set(key, run);
    }
    const read = readLimit(text, deps.maxReadChars);
    let found: ExtractResult;
    try {
      found = await (await engine.get()).extractSliced(read < text.length ? text.slice(0, read) : text, page, { signal: run.signal });
    } finally {
      if (key !== null && running.get(key) === run) running.delete(key);
    }
    const maxRecords = deps.maxRecords ?? MAX_RECORDS;
    if (found.records.length > maxRecords) {
      // The figures of the page's beginning, and the note says where they stop.
      const records = found.records.slice(0, maxRecords);
      found = { ...found, records, partial: { read: records.at(-1)!.end, total: text.length } };
    } else if (read < text.length) found = { ...found, partial: { read, total: text.length } };
    // An irrelevant page shows nothing, whatever figures the rules happened to match.
    const result = found.relevant ? found : { ...EMPTY, region: found.region, period: found.period };
    const tabId = sender.tab?.id;
    if (keep && tabId !== undefined && tabId >= 0) {
      store
        .put({
          tabId,
          frameId: sender.frameId ?? 0,
          url: page.url ?? sender.url ?? '',
          title: page.title ?? '',
          topUrl: sender.tab?.url ?? page.url ?? '',
          // Each kept figure carries its sentence, for the popup's "copy with source" and exports (the page's text
          // is not kept).
          result: { ...result, records: result.records.map((r) => ({ ...r, sentence: sentenceAround(text, r.start, r.end, SENTENCE_CHARS) })) },
          updatedAt: Date.now(),
        })
        .then(() => refreshBadge(tabId))
        .catch((err: unknown) => console.warn('[indicator-lens] tab result not kept', err));
    }
    return result;
  }

  // A long text arrives in slices (src/gate/text-slices.ts), joined here per frame; a newer run drops a stale one.
  const parts = createTextParts();
  const frameOf = (sender: Sender) => `${sender.tab?.id ?? 'none'}/${sender.frameId ?? 0}`;
  router.on('extract:part', ({ run, index, text }, sender: Sender) => ({ received: parts.add(frameOf(sender), run, index, text) }), validateExtractPart);

  // A preview (a long page's beginning) is shown but not kept: the whole text's result follows it.
  router.on(
    'extract',
    ({ text, page, preview, run, parts: count }, sender: Sender) =>
      extractFor(run === undefined ? text : parts.join(frameOf(sender), run, count ?? 0, text), page, sender, !preview),
    validateExtract,
  );

  router.on(
    'annotate:inject',
    async (_payload, sender: Sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) return { annotating: false };
      // The sender names its tab's URL; asking `tabs.get` for it costs tens of milliseconds on a busy browser.
      const tabUrl = sender.tab?.url ?? (await tabs.get(tabId)).url;
      if (!(await deps.mayAnnotate(tabUrl))) return { annotating: false };
      // Not awaited: the gate sends its text for extraction while the browser injects the annotator.
      deps
        .injectAnnotator(tabId, sender.frameId ?? 0)
        .catch((err: unknown) => console.debug('[indicator-lens] annotator not injected', err)); // frame gone
      return { annotating: true };
    },
    validateEmpty,
  );

  router.on(
    'tabs:results',
    async () => (await store.all()).map(({ topUrl: _topUrl, ...r }) => r),
    validateEmpty,
  );

  tabs.onRemoved.addListener((tabId) => {
    parts.dropTab(tabId);
    void store.dropTab(tabId);
  });
  tabs.onUpdated.addListener((tabId, change) => {
    if (change.url === undefined) return;
    void store.dropUnlessUrl(tabId, change.url).then((dropped) => (dropped ? refreshBadge(tabId) : undefined));
  });
}
