import type { CompareApi } from '../../../src/ui/compare/api';
import type { ClipEntry, RequestOf, TabResult } from '../../../src/messaging/protocol';
import type { CompareInput } from '../../../src/compare';
import type { LibraryEntry } from '../../../src/store/library-types';

/** A messaging layer in memory: what the background would answer, and a log of what the UI asked for. */
export function fakeApi(tabs: TabResult[], library: LibraryEntry[] = [], activeTab?: number) {
  const calls = {
    clip: [] as ClipEntry[][],
    open: [] as RequestOf<'source:open'>[],
    panel: 0,
    fullView: 0,
    libraryLists: 0,
    remove: [] as string[][],
  };
  const api: CompareApi = {
    tabResults: async () => tabs,
    libraryList: async (query) => {
      calls.libraryLists += 1;
      return query?.url === undefined ? library : library.filter((e) => e.source.url === query.url);
    },
    clip: async (entries) => {
      calls.clip.push(entries);
      return { added: entries.length, duplicates: 0 };
    },
    setNote: async () => true,
    remove: async (keys) => {
      calls.remove.push(keys);
      return keys.length;
    },
    restore: async (keys) => keys.length,
    importJson: async () => ({ ok: true, added: 0, duplicates: 0 }),
    openSource: async (req) => {
      calls.open.push(req);
      return { tabId: req.tabId ?? 100, found: true };
    },
    activeTabId: async () => activeTab,
    togglePanel: async () => {
      calls.panel += 1;
    },
    openFullView: async () => {
      calls.fullView += 1;
    },
  };
  return { api, calls };
}

export function tabResult(input: CompareInput, tabId: number): TabResult {
  return {
    tabId,
    frameId: 0,
    url: input.source.url,
    title: input.source.title,
    result: { relevant: true, region: input.region, period: input.period, records: input.records },
    updatedAt: 0,
  };
}
