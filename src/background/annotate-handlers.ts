/** Background side of page annotation: run the engine for content scripts, keep per-tab results, badge, panel command. */
import type { Browser } from 'wxt/browser';
import type { Router, Sender } from '../messaging/router';
import { validateEmpty, validateExtract } from '../messaging/validate';
import type { ExtractResult } from '../extract/types';
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

  router.on(
    'extract',
    async ({ text, page }, sender: Sender) => {
      const extractor = await engine.get();
      const found = extractor.extract(text, page);
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
    async (_payload, sender: Sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) return { injected: false };
      // Start building the engine now, so a cold start overlaps injection and text collection in the page.
      engine.get().catch(() => undefined);
      await deps.injectAnnotator(tabId, sender.frameId ?? 0);
      return { injected: true };
    },
    validateEmpty,
  );

  router.on(
    'tabs:results',
    async () => (await store.all()).map(({ topUrl: _topUrl, ...r }) => r),
    validateEmpty,
  );

  tabs.onRemoved.addListener((tabId) => {
    void store.dropTab(tabId);
  });
  tabs.onUpdated.addListener((tabId, change) => {
    if (change.url === undefined) return;
    void store.dropUnlessUrl(tabId, change.url).then((dropped) => (dropped ? refreshBadge(tabId) : undefined));
  });
}
