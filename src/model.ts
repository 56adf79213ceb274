/**
 * The domain's types, in one module beside the record format (src/extract/types.ts): a record, where it came from, a
 * tab's result and a clipped entry. The store, the exports, the messaging protocol and the UI all speak them; none of
 * them owns them, so none depends on another for its words.
 */
import type { ExtractResult, IndicatorRecord } from './extract/types';

export type { CustomIndicator, ExtractResult, IndicatorRecord, Kind, PageInfo } from './extract/types';

/** Where a record came from, enough to find the passage again (quote + surrounding text, not a text fragment URL). */
export interface SourceRef {
  url: string;
  title: string;
  /** The record's text as on the page. */
  quote: string;
  /** Up to ~32 characters of page text before and after the quote. */
  prefix: string;
  suffix: string;
}

/** The extraction result of one tab, kept by the background while the tab shows that page. */
export interface TabResult {
  tabId: number;
  frameId: number;
  url: string;
  title: string;
  result: ExtractResult;
  updatedAt: number;
  /**
   * Set when not all of the tab's figures could be kept (the browser's session storage is shared by every tab and
   * limited): how many of how many are kept — none when newer tabs' figures pushed them out.
   */
  kept?: { records: number; of: number };
}

export interface ClipEntry {
  record: IndicatorRecord;
  source: SourceRef;
  note?: string;
}
