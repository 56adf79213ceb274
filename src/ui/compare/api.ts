/** What the comparison and library views need from the extension; the browser implementation and test fakes. */
import { browser } from 'wxt/browser';
import type { ClipEntry, RequestOf, ResponseOf, TabResult } from '../../messaging/protocol';
import { sendMessage, sendToTab } from '../../messaging/send';
import type { LibraryEntry, LibraryQuery } from '../../store/library-types';

export interface CompareApi {
  tabResults(): Promise<TabResult[]>;
  libraryList(query?: LibraryQuery): Promise<LibraryEntry[]>;
  clip(entries: ClipEntry[]): Promise<ResponseOf<'library:add'>>;
  setNote(key: string, note: string): Promise<boolean>;
  remove(keys: string[]): Promise<number>;
  restore(keys: string[]): Promise<number>;
  importJson(json: string): Promise<ResponseOf<'library:import'>>;
  openSource(request: RequestOf<'source:open'>): Promise<ResponseOf<'source:open'>>;
  togglePanel(): Promise<void>;
  openFullView(): Promise<void>;
}

export function browserApi(): CompareApi {
  return {
    tabResults: () => sendMessage('tabs:results', {}),
    libraryList: async (query) => (await sendMessage('library:list', query ? { query } : {})).entries,
    clip: (entries) => sendMessage('library:add', { entries }),
    setNote: async (key, note) => (await sendMessage('library:note', { key, note })).updated,
    remove: async (keys) => (await sendMessage('library:delete', { keys })).removed,
    restore: async (keys) => (await sendMessage('library:restore', { keys })).restored,
    importJson: (json) => sendMessage('library:import', { json }),
    openSource: (request) => sendMessage('source:open', request),
    async togglePanel() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id !== undefined) await sendToTab(tab.id, 'panel:toggle', {});
    },
    async openFullView() {
      await browser.tabs.create({ url: browser.runtime.getURL('/compare.html' as '/') });
    },
  };
}
