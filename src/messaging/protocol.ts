/**
 * The typed protocol between content scripts, the background and the extension's pages.
 * One map from message type to its request and response; `send` and the background router are typed by it,
 * and the background validates every request from a content script before acting on it.
 */
import type { ExtractResult, IndicatorRecord, PageInfo } from '../extract/types';
import type { LibraryItem, LibraryQuery } from '../store/library-types';
import type { ColourOverrides } from '../settings/colours';

// The domain's types travel in these messages; they live in the model (src/model.ts), re-exported here for the UI.
export type { ClipEntry, SourceRef, TabResult } from '../model';
import type { ClipEntry, SourceRef, TabResult } from '../model';

export interface Messages {
  /**
   * content → background: run the engine on a page's visible text. `preview`: only the beginning of a long page,
   * extracted first so its highlights show sooner (src/gate/preview.ts); not kept for the tab.
   */
  extract: { request: { text: string; page: PageInfo; preview?: boolean; run?: string; parts?: number }; response: ExtractResult };
  /**
   * content → background: one slice of a long page text (src/gate/text-slices.ts), so that no message costs the page a
   * long task; the `extract` with the same `run` and `parts` (the number of slices before it) carries the last slice.
   */
  'extract:part': { request: { run: string; index: number; text: string }; response: { received: number } };
  /** popup/compare page → background: the records of every open tab. */
  'tabs:results': { request: Record<string, never>; response: TabResult[] };
  /** card/popup/compare page → background: store records in the clipped library. */
  'library:add': { request: { entries: ClipEntry[] }; response: { added: number; duplicates: number } };
  /** popup → content (tabs.sendMessage): show or hide the in-page panel. */
  'panel:toggle': { request: Record<string, never>; response: { open: boolean } };
  /**
   * gate content script → background: the page looks relevant, inject the annotating content script into the
   * sender's frame (kept out of every page so irrelevant pages only pay for the tiny gate). Answered as soon as the
   * injection has begun (`annotating: false`: a switched-off site or no tab, nothing injected), so the gate can send
   * its text for extraction while the browser injects.
   */
  'annotate:inject': { request: Record<string, never>; response: { annotating: boolean } };
  /**
   * annotator → background: style this frame's highlights through the browser's own stylesheet injection, which the
   * page can neither see nor remove, in the page's theme and the user's colours (read by the background); replaces the
   * frame's previous sheet. `inserted: false` where the browser cannot (the annotator then adopts a sheet itself).
   */
  'styles:insert': { request: { theme: 'light' | 'dark' }; response: { inserted: boolean } };
  /**
   * annotator → background: the user's highlight colours (those that differ from the defaults). Storage is closed to
   * content scripts (src/background/storage-access.ts), so the background reads the settings for them.
   */
  'colours:get': { request: Record<string, never>; response: ColourOverrides };
  /** annotator → background: the annotator stopped; take its sheet out of the frame. */
  'styles:remove': { request: Record<string, never>; response: { removed: boolean } };
  /** background → content (every tab): settings changed; extract again and repaint with the new colours. */
  'settings:changed': { request: Record<string, never>; response: { refreshed: boolean } };
  /** background/popup → content: scroll to a stored record's passage and flash it. */
  reveal: { request: { source: SourceRef; record?: IndicatorRecord }; response: { found: boolean } };
  /** extension pages → background: library entries matching a query, newest first. */
  /**
   * One page of the entries matching a query (newest first) and how many match: a library of any size crosses in
   * pages (LIBRARY_PAGE entries at most), never as one message past the browser's size limit.
   */
  'library:list': {
    request: { query?: LibraryQuery; page?: { offset: number; limit: number } };
    response: { entries: LibraryItem[]; total: number };
  };
  'library:note': { request: { key: string; note: string }; response: { updated: boolean } };
  /** Soft delete; `library:restore` with the same keys is the undo. */
  'library:delete': { request: { keys: string[] }; response: { removed: number } };
  'library:restore': { request: { keys: string[] }; response: { restored: number } };
  /**
   * An exported library JSON file's text in one message; all entries are stored or, when anything is malformed, none.
   * For files that fit one message (the popup benchmark seeds its library so); the library view sends a file's entries
   * in chunks (library:import-entries).
   */
  'library:import': {
    request: { json: string };
    response: { ok: true; added: number; duplicates: number } | { ok: false; error: string };
  };
  /** Entries an extension page has already read and checked from an import file, stored a chunk at a time. */
  'library:import-entries': {
    request: { entries: unknown[] };
    response: { ok: true; added: number; duplicates: number } | { ok: false; error: string };
  };
  /**
   * PDF viewer (an extension page in a tab) → background: run the engine on the text read so far (pages joined in
   * reading order) and keep the result as the sender tab's, one entry per page with figures (`pageStarts[i]`: where
   * page i + 1 starts in the text; the entry's address is the PDF's with #page=N). Sent again as more pages are read.
   */
  'pdf:extract': { request: { text: string; page: { title: string; url: string }; pageStarts: number[] }; response: ExtractResult };
  /** background → PDF viewers (runtime broadcast): the viewer in tab `tabId` scrolls to the passage and flashes it. */
  'pdf:reveal': { request: { tabId: number; source: SourceRef }; response: { found: boolean } };
  /** popup/compare page → background: bring a figure's page to the front (its tab, or a new one) and reveal it. */
  'source:open': {
    request: { source: SourceRef; record?: IndicatorRecord; tabId?: number };
    response: { tabId: number; found: boolean };
  };
}

export type MessageType = keyof Messages;

/** The most library entries one message carries (about 3 MB of JSON; the browser's limit is 64 MiB). */
export const LIBRARY_PAGE = 5_000;
export type RequestOf<T extends MessageType> = Messages[T]['request'];
export type ResponseOf<T extends MessageType> = Messages[T]['response'];
export type Envelope<T extends MessageType = MessageType> = { type: T; payload: RequestOf<T> };
/** A typed request to the background: `sendMessage` (send.ts), `rawSendMessage` (raw.ts) or a test's fake. */
export type Send = <T extends MessageType>(type: T, payload: RequestOf<T>) => Promise<ResponseOf<T>>;
