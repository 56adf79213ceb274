import type { IndicatorRecord } from '../extract/types';
import type { SourceRef } from '../model';

/** One record to export: from the library (with clip time and note) or from an open tab. */
export interface ExportItem {
  record: IndicatorRecord;
  source: Pick<SourceRef, 'url' | 'title'> & Partial<SourceRef>;
  note?: string;
  /** ms since epoch; absent for figures not clipped. */
  clippedAt?: number;
  /** The sentence the figure stands in, as read from the page. */
  sentence?: string;
  /** ms since epoch: when the page was read (the tab's extraction, or the clip). */
  readAt?: number;
}

export const LIBRARY_FORMAT = 'indicator-lens-library';
export const LIBRARY_FORMAT_VERSION = 1;
