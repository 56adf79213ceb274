/** What the clipped library stores, one entry per clipped figure. */
import type { IndicatorRecord } from '../extract/types';
import type { SourceRef } from '../model';

export interface LibraryEntry {
  /** Stable de-duplication key (see libraryKey). */
  key: string;
  record: IndicatorRecord;
  source: SourceRef;
  note: string;
  /** ms since epoch. */
  clippedAt: number;
  updatedAt: number;
  /** Set by a delete; the entry stays restorable until it is purged. */
  deletedAt: number | null;
  /** Lower-cased label, indicator, region, period, title, url, quote and note: what text search looks at. */
  search: string;
}

/** An entry as the pages receive it: the search text stays in the background. */
export type LibraryItem = Omit<LibraryEntry, 'search'>;

export interface LibraryQuery {
  /** Substring of label, region, period, page title, url, quote or note (case-insensitive). */
  text?: string;
  /** An indicator id (`urban_new_jobs`) or a comparison row key (`other:好评率`). */
  indicator?: string;
  region?: string;
  period?: string;
  url?: string;
}
