import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createMirroredArea, createTabResultsStore, type StorageArea, type TabResultEntry } from '../../../src/store/tab-results';
import type { IndicatorRecord } from '../../../src/extract/types';

const record = (text: string): IndicatorRecord => ({
  indicator: 'urban_new_jobs', label: '城镇新增就业', value: 400000, unit: '人', comparator: '>=', kind: 'target',
  masked: false, region: null, period: null, text, start: 0, end: text.length,
});

const entry = (tabId: number, frameId: number, topUrl: string, n = 1, updatedAt = 1): TabResultEntry => ({
  tabId, frameId, url: topUrl, title: 't', topUrl, updatedAt,
  result: { relevant: true, region: null, period: null, records: Array.from({ length: n }, (_, i) => record(`x${i}`)) },
});

describe('tab results store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps one result per tab and frame, replacing on re-extraction', async () => {
    const store = createTabResultsStore(fakeBrowser.storage.session);
    await store.put(entry(1, 0, 'https://a/', 2));
    await store.put(entry(1, 3, 'https://a/', 1));
    await store.put(entry(2, 0, 'https://b/', 5));
    await store.put(entry(1, 0, 'https://a/', 4));
    const tab1 = await store.forTab(1);
    expect(tab1.map((e) => [e.frameId, e.result.records.length])).toEqual([[0, 4], [3, 1]]);
    expect((await store.all()).length).toBe(3);
  });

  it('survives a new store over the same area (service worker restart)', async () => {
    await createTabResultsStore(fakeBrowser.storage.session).put(entry(7, 0, 'https://a/'));
    expect(await createTabResultsStore(fakeBrowser.storage.session).forTab(7)).toHaveLength(1);
  });

  it('drops a closed tab and a tab that navigated elsewhere, not a hash change', async () => {
    const store = createTabResultsStore(fakeBrowser.storage.session);
    await store.put(entry(1, 0, 'https://a/page'));
    await store.put(entry(2, 0, 'https://b/page'));
    await store.dropTab(1);
    expect(await store.forTab(1)).toEqual([]);
    expect(await store.dropUnlessUrl(2, 'https://b/page#section')).toBe(false);
    expect(await store.forTab(2)).toHaveLength(1);
    expect(await store.dropUnlessUrl(2, 'https://b/other')).toBe(true);
    expect(await store.forTab(2)).toEqual([]);
  });

  it('works over the memory + storage.local mirror, keeping other extension data out', async () => {
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    const store = createTabResultsStore(createMirroredArea(fakeBrowser.storage.local));
    await store.put(entry(4, 0, 'https://a/'));
    expect(await store.all()).toHaveLength(1);
    const reloaded = createTabResultsStore(createMirroredArea(fakeBrowser.storage.local));
    expect(await reloaded.forTab(4)).toHaveLength(1);
    await reloaded.dropTab(4);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ unrelated: 1 });
  });

  /** An area that refuses a write past `quota` bytes of JSON, as `storage.session` does past its 10 MB. */
  function limitedArea(quota: number): StorageArea {
    const items: Record<string, unknown> = {};
    const size = () => new TextEncoder().encode(JSON.stringify(items)).length;
    return {
      get: async () => ({ ...items }),
      async set(next) {
        const before = { ...items };
        Object.assign(items, structuredClone(next));
        if (size() > quota) {
          for (const k of Object.keys(items)) delete items[k];
          Object.assign(items, before);
          throw new Error('QUOTA_BYTES quota exceeded');
        }
      },
      async remove(keys) {
        for (const k of Array.isArray(keys) ? keys : [keys]) delete items[k];
      },
    };
  }

  it('keeps every dense tab listed: one tab keeps what fits its share and says how many of its figures it kept', async () => {
    // ~1,500 records of ~200 bytes each per tab; each tab may keep 100 KB, the area holds 400 KB.
    const store = createTabResultsStore(limitedArea(400_000), { entryBudget: 100_000 });
    for (const tab of [1, 2, 3]) await store.put(entry(tab, 0, `https://${tab}/`, 1_500, tab));
    const all = await store.all();
    expect(all.map((e) => e.tabId)).toEqual([1, 2, 3]);
    for (const e of all) {
      expect(e.kept!.of).toBe(1_500);
      expect(e.kept!.records).toBe(e.result.records.length);
      expect(e.result.records.length).toBeGreaterThan(300);
      expect(e.result.records.length).toBeLessThan(1_500);
      // The first figures of the page, in order.
      expect(e.result.records[0]!.text).toBe('x0');
    }
    // A page that fits keeps all and says nothing.
    await store.put(entry(4, 0, 'https://4/', 3, 4));
    expect((await store.forTab(4))[0]).not.toHaveProperty('kept');
  });

  it('when the area is full, the oldest other tabs give up their figures first, and say so', async () => {
    const store = createTabResultsStore(limitedArea(250_000), { entryBudget: 100_000 });
    for (const tab of [1, 2, 3]) await store.put(entry(tab, 0, `https://${tab}/`, 1_500, tab));
    const all = await store.all();
    expect(all.map((e) => [e.tabId, e.result.records.length > 0])).toEqual([[1, false], [2, true], [3, true]]);
    expect(all[0]!.kept).toEqual({ records: 0, of: 1_500 });
  });
});

