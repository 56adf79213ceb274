/**
 * A PDF's figures as its tab's results: one entry per page with figures, under the PDF's address with #page=N, so
 * the comparison names each figure's page as its source, a figure clipped from the popup keeps it, and reveal knows
 * where to go. Pure.
 */
import type { ExtractResult, IndicatorRecord } from '../extract/types';
import { pageAt } from '../page/pdf-layout';
import type { TabResultEntry } from '../store/tab-results';
import { pageUrl } from './viewer-url';

/** The records of each page that has some, pages in order (record offsets stay those of the joined text). */
export function recordsByPage(records: readonly IndicatorRecord[], pageStarts: readonly number[]): Map<number, IndicatorRecord[]> {
  const pages = new Map<number, IndicatorRecord[]>();
  for (const record of records) {
    const page = pageAt(pageStarts, record.start);
    let list = pages.get(page);
    if (!list) pages.set(page, (list = []));
    list.push(record);
  }
  return new Map([...pages].sort((a, b) => a[0] - b[0]));
}

export interface PdfTab {
  tabId: number;
  /** The viewer's own address (the tab's URL: a navigation away from it drops the entries). */
  topUrl: string;
  fileUrl: string;
  title: string;
  /** The title an entry of page N carries. */
  pageTitle(page: number): string;
}

/** The tab's entries for a result; the entry of page N has frameId N (a viewer has no frames of its own). */
export function pageEntries(tab: PdfTab, result: ExtractResult, pageStarts: readonly number[], now = Date.now()): TabResultEntry[] {
  return [...recordsByPage(result.records, pageStarts)].map(([page, records]) => ({
    tabId: tab.tabId,
    frameId: page,
    url: pageUrl(tab.fileUrl, page),
    title: tab.pageTitle(page),
    topUrl: tab.topUrl,
    result: { ...result, records },
    updatedAt: now,
  }));
}
