import { describe, expect, it } from 'vitest';
import type { ExtractResult, IndicatorRecord } from '../../../src/extract/types';
import { pageEntries, recordsByPage } from '../../../src/pdf-viewer/page-results';

const record = (start: number, text: string): IndicatorRecord =>
  ({ indicator: 'urban_new_jobs', label: '城镇新增就业', value: 1, unit: '人', comparator: '=', kind: 'actual', text, start, end: start + text.length }) as IndicatorRecord;

describe('a PDF’s figures as its tab’s results', () => {
  // Page 1 starts at 0, page 2 at 100, page 3 (no figures) at 180, page 4 at 250.
  const pageStarts = [0, 100, 180, 250];
  const records = [record(10, 'a'), record(99, 'b'), record(100, 'c'), record(260, 'd')];

  it('each record falls on the page its first character is on', () => {
    const pages = recordsByPage(records, pageStarts);
    expect([...pages].map(([page, rs]) => [page, rs.map((r) => r.text)])).toEqual([
      [1, ['a', 'b']],
      [2, ['c']],
      [4, ['d']],
    ]);
  });

  it('one entry per page with figures, under the PDF’s address with #page=N', () => {
    const result: ExtractResult = { relevant: true, region: '陕西省', period: '2022', records };
    const entries = pageEntries(
      { tabId: 7, topUrl: 'chrome-extension://x/pdf-viewer.html?file=…', fileUrl: 'https://a.example/r.pdf#zoom=1', title: '报告', pageTitle: (n) => `报告 p${n}` },
      result,
      pageStarts,
      5,
    );
    expect(entries.map((e) => [e.frameId, e.url, e.title, e.result.records.length])).toEqual([
      [1, 'https://a.example/r.pdf#page=1', '报告 p1', 2],
      [2, 'https://a.example/r.pdf#page=2', '报告 p2', 1],
      [4, 'https://a.example/r.pdf#page=4', '报告 p4', 1],
    ]);
    expect(entries.every((e) => e.result.region === '陕西省' && e.tabId === 7 && e.updatedAt === 5)).toBe(true);
  });
});
