/** What the comparison and library views need from the extension; the browser implementation and test fakes. */
import { browser } from 'wxt/browser';
import type { ClipEntry, RequestOf, ResponseOf, Send, TabResult } from '../../messaging/protocol';
import { sendMessage, sendToTab } from '../../messaging/send';
import { importLibraryFile, inChunks, listAllEntries } from '../../messaging/library-client';
import type { LibraryItem, LibraryQuery } from '../../store/library-types';

export interface CompareApi {
  tabResults(): Promise<TabResult[]>;
  libraryList(query?: LibraryQuery): Promise<LibraryItem[]>;
  clip(entries: ClipEntry[]): Promise<ResponseOf<'library:add'>>;
  setNote(key: string, note: string): Promise<boolean>;
  remove(keys: string[]): Promise<number>;
  restore(keys: string[]): Promise<number>;
  importJson(json: string): Promise<ResponseOf<'library:import'>>;
  openSource(request: RequestOf<'source:open'>): Promise<ResponseOf<'source:open'>>;
  togglePanel(): Promise<void>;
  /** The tab the popup was opened over. */
  activeTabId(): Promise<number | undefined>;
  /** Opens the full-page view in a new tab; `hash` picks what it shows (#library, #region?…). */
  openFullView(hash?: string): Promise<void>;
}

export type { Send };

/** The library and tab operations as messages to the background, over any `send`. */
export function messagingApi(send: Send): Omit<CompareApi, 'togglePanel' | 'openFullView' | 'activeTabId'> {
  return {
    tabResults: () => send('tabs:results', {}),
    libraryList: (query) => listAllEntries(send, query),
    clip: (entries) => send('library:add', { entries }),
    setNote: async (key, note) => (await send('library:note', { key, note })).updated,
    remove: (keys) => inChunks(keys, async (chunk) => (await send('library:delete', { keys: chunk })).removed),
    restore: (keys) => inChunks(keys, async (chunk) => (await send('library:restore', { keys: chunk })).restored),
    importJson: (json) => importLibraryFile(send, json),
    openSource: (request) => send('source:open', request),
  };
}

export function browserApi(): CompareApi {
  const activeTabId = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  return {
    ...messagingApi(sendMessage),
    activeTabId,
    async togglePanel() {
      const id = await activeTabId();
      if (id !== undefined) await sendToTab(id, 'panel:toggle', {});
    },
    async openFullView(hash = '') {
      await browser.tabs.create({ url: browser.runtime.getURL('/compare.html' as '/') + hash });
    },
  };
}
