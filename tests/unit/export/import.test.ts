import { describe, expect, it } from 'vitest';
import { parseLibraryJson, toLibraryJson } from '../../../src/export';
import { rec } from '../compare/records';

const good = toLibraryJson(
  [
    {
      record: rec({ indicator: 'urban_new_jobs', label: '城镇新增就业', value: 400000, unit: '人', comparator: '>=', kind: 'target', region: '陕西省', period: '2022' }),
      source: { url: 'https://a/1', title: '陕西', quote: '40万人以上', prefix: '今年', suffix: '。' },
      note: '备注',
      clippedAt: Date.UTC(2024, 0, 1),
    },
    {
      record: rec({ indicator: 'custom:gig', label: '灵活就业', value: 4, unit: '万人', comparator: 'range', max: 5, kind: 'target' }),
      source: { url: 'https://b/1', title: 'b' },
    },
  ],
  Date.UTC(2024, 5, 1),
);

function withEntry(mutate: (e: Record<string, any>) => void): string {
  const file = JSON.parse(good);
  mutate(file.entries[1]);
  return JSON.stringify(file);
}

describe('library JSON export and import', () => {
  it('round-trips: what is exported imports back field for field', () => {
    const parsed = parseLibraryJson(good);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.entries).toHaveLength(2);
    expect(parsed.entries[0]).toMatchObject({ note: '备注', clippedAt: Date.UTC(2024, 0, 1), source: { prefix: '今年' } });
    expect(parsed.entries[0]!.record).toEqual(JSON.parse(good).entries[0].record);
    expect(parsed.entries[1]!.source.quote).toBe(parsed.entries[1]!.record.text);
  });

  it.each([
    ['not JSON', '{"format": ', /not JSON/],
    ['another file', JSON.stringify({ format: 'something-else', version: 1, entries: [] }), /^format: expected "indicator-lens-library"/],
    ['a future version', good.replace('"version": 1', '"version": 2'), /^version: expected 1/],
    ['an unknown comparator', withEntry((e) => (e.record.comparator = '>')), /^entries\[1\]\.record\.comparator: unknown comparator ">"/],
    ['an unknown kind', withEntry((e) => (e.record.kind = 'plan')), /^entries\[1\]\.record\.kind: unknown kind/],
    ['an unknown indicator', withEntry((e) => (e.record.indicator = 'gdp')), /^entries\[1\]\.record\.indicator: unknown indicator/],
    ['a string value', withEntry((e) => (e.record.value = '400000')), /^entries\[1\]\.record\.value: expected a finite number or null/],
    ['a non-finite value', good.replace('"value": 400000', '"value": 1e999'), /^entries\[0\]\.record\.value: expected a finite number/],
    ['a missing source', withEntry((e) => delete e.source), /^entries\[1\]\.source: expected an object/],
    ['a bad url', withEntry((e) => (e.source.url = 'not a url')), /^entries\[1\]\.source\.url: not a URL/],
    ['a data: source', withEntry((e) => (e.source.url = 'data:text/html,<script>alert(1)</script>')), /^entries\[1\]\.source\.url: only http and https/],
    ['a javascript: source', withEntry((e) => (e.source.url = 'javascript:alert(1)')), /^entries\[1\]\.source\.url: only http and https/],
    ['a file: source', withEntry((e) => (e.source.url = 'file:///etc/passwd')), /^entries\[1\]\.source\.url: only http and https/],
    ['an extra record field', withEntry((e) => (e.record.extra = 1)), /^entries\[1\]\.record\.extra: unknown field/],
    ['negative offsets', withEntry((e) => (e.record.start = -1)), /^entries\[1\]\.record\.start: expected a non-negative integer/],
    ['a bad clip time', withEntry((e) => (e.clippedAt = 'yesterday')), /^entries\[1\]\.clippedAt: expected an ISO date/],
    ['a range without high end', withEntry((e) => delete e.record.max), /^entries\[1\]\.record\.max: a range needs a high end/],
    ['masked as a string', withEntry((e) => (e.record.masked = 'no')), /^entries\[1\]\.record\.masked: expected true or false/],
  ])('rejects %s with a message naming the problem', (_name, text, message) => {
    const parsed = parseLibraryJson(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
