/**
 * A view's first data requests, started before anything renders, so the background answers while the interface
 * renders its first state (the popup used to load its settings, then render, and only then ask).
 */
import type { CompareApi } from './api';
import type { LibraryItem } from '../../store/library-types';
import type { Send, TabResult } from '../../messaging/protocol';
import { rememberedIncludeLibrary, type ViewVariant } from './include-library';
import { listAllEntries } from '../../messaging/library-client';

export interface FirstRequests {
  tabs: Promise<TabResult[]>;
  /** Null when the view will not include the library. */
  library: Promise<LibraryItem[]> | null;
}

export function startFirstRequests(variant: ViewVariant, send: Send): FirstRequests {
  const tabs = send('tabs:results', {});
  const library = rememberedIncludeLibrary(variant) ? listAllEntries(send) : null;
  // A rejected request is handed to the view like any failed request; until then it must not count as unhandled.
  tabs.catch(() => undefined);
  library?.catch(() => undefined);
  return { tabs, library };
}

/** The api whose first `tabResults()` and unfiltered `libraryList()` answer with the requests already sent. */
export function prefetched(api: CompareApi, first: FirstRequests): CompareApi {
  let tabs: Promise<TabResult[]> | null = first.tabs;
  let library: Promise<LibraryItem[]> | null = first.library;
  return {
    ...api,
    tabResults() {
      const answer = tabs;
      tabs = null;
      return answer ?? api.tabResults();
    },
    libraryList(query) {
      const answer = query ? null : library;
      if (!query) library = null;
      return answer ?? api.libraryList(query);
    },
  };
}
