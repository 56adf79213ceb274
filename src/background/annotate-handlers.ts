/** Background side of page annotation: run the engine for content scripts, keep per-tab results, badge, panel command. */
import type { Browser } from 'wxt/browser';
import type { Router, Sender } from '../messaging/router';
import { validateEmpty, validateExtract, validateInject } from '../messaging/validate';
import type { ExtractResult, PageInfo } from '../extract/types';
import type { TabResultsStore } from '../store/tab-results';
import type { EngineHost } from './engine-host';
import { type BadgeApi, showBadge } from './badge';

export interface AnnotateDeps {
  engine: EngineHost;
  store: TabResultsStore;
  badge: BadgeApi;
  tabs: Pick<typeof Browser.tabs, 'onRemoved' | 'onUpdated'>;
  /** Runs the annotating content script in one frame of a tab. */
  injectAnnotator(tabId: number, frameId: number): Promise<void>;
}

const EMPTY: ExtractResult = { relevant: false, region: null, period: null, records: [] };

export function registerAnnotateHandlers(router: Router, deps: AnnotateDeps): void {
  const { engine, store, badge, tabs } = deps;
  const refreshBadge = async (tabId: number) => showBadge(badge, tabId, await store.forTab(tabId));
  /** Extractions started from a gate's text, per tab:frame, waiting for the annotator's `extract` of that text. */
  const prefetched = new Map<string, { text: string; result: Promise<ExtractResult>; engine: Promise<unknown> }>();
  const run = async (text: string, page: PageInfo) => (await engine.get()).extract(text, page);

  router.on(
    'extract',
    async ({ text, page }, sender: Sender) => {
      const key = `${sender.tab?.id}:${sender.frameId ?? 0}`;
      const early = prefetched.get(key);
      prefetched.delete(key);
      // A settings change since the gate's extraction gives a new extractor; its answer may differ.
      const fresh = early && early.text === text && (await early.engine) === (await engine.get());
      const found = fresh ? await early.result : await run(text, page);
      // An irrelevant page shows nothing, whatever figures the rules happened to match.
      const result = found.relevant ? found : { ...EMPTY, region: found.region, period: found.period };
      const tabId = sender.tab?.id;
      if (tabId !== undefined && tabId >= 0) {
        await store.put({
          tabId,
          frameId: sender.frameId ?? 0,
          url: page.url ?? sender.url ?? '',
          title: page.title ?? '',
          topUrl: sender.tab?.url ?? page.url ?? '',
          result,
          updatedAt: Date.now(),
        });
        await refreshBadge(tabId);
      }
      return result;
    },
    validateExtract,
  );

  router.on(
    'annotate:inject',
    async (payload, sender: Sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) return { injected: false };
      const frameId = sender.frameId ?? 0;
      const injection = deps.injectAnnotator(tabId, frameId);
      if (payload?.text !== undefined) {
        // Extraction runs while the browser injects the annotator; a failure is retried by the real request.
        const result = run(payload.text, payload.page ?? {});
        result.catch(() => prefetched.delete(`${tabId}:${frameId}`));
        prefetched.set(`${tabId}:${frameId}`, { text: payload.text, result, engine: engine.get() });
      } else {
        engine.get().catch(() => undefined); // at least overlap a cold engine start with the injection
      }
      await injection;
      return { injected: true };
    },
    validateInject,
  );

  router.on(
    'tabs:results',
    async () => (await store.all()).map(({ topUrl: _topUrl, ...r }) => r),
    validateEmpty,
  );

  tabs.onRemoved.addListener((tabId) => {
    for (const key of prefetched.keys()) if (key.startsWith(`${tabId}:`)) prefetched.delete(key);
    void store.dropTab(tabId);
  });
  tabs.onUpdated.addListener((tabId, change) => {
    if (change.url === undefined) return;
    void store.dropUnlessUrl(tabId, change.url).then((dropped) => (dropped ? refreshBadge(tabId) : undefined));
  });
}
