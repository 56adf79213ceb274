/**
 * Starts a view's first data requests at once, before anything renders: the popup used to load its settings, then
 * render, and only then ask the background for the tabs' figures and the library — three waits in a row.
 */
import type { CompareApi } from './api';
import type { LibraryItem } from '../../store/library-types';
import type { TabResult } from '../../messaging/protocol';
import { rememberedIncludeLibrary } from './ComparisonView';

export function prefetched(api: CompareApi, variant: 'popup' | 'page'): CompareApi {
  let tabs: Promise<TabResult[]> | null = api.tabResults();
  let library: Promise<LibraryItem[]> | null = rememberedIncludeLibrary(variant) ? api.libraryList() : null;
  // A rejected prefetch is handed to the view like any failed request; until then it must not count as unhandled.
  tabs.catch(() => undefined);
  library?.catch(() => undefined);
  return {
    ...api,
    tabResults() {
      const first = tabs;
      tabs = null;
      return first ?? api.tabResults();
    },
    libraryList(query) {
      const first = query ? null : library;
      if (!query) library = null;
      return first ?? api.libraryList(query);
    },
  };
}
