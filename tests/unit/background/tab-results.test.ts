import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createMirroredArea, createTabResultsStore, type TabResultEntry } from '../../../src/store/tab-results';
import type { IndicatorRecord } from '../../../src/extract/types';

const record = (text: string): IndicatorRecord => ({
  indicator: 'urban_new_jobs', label: '城镇新增就业', value: 400000, unit: '人', comparator: '>=', kind: 'target',
  masked: false, region: null, period: null, text, start: 0, end: text.length,
});

const entry = (tabId: number, frameId: number, topUrl: string, n = 1): TabResultEntry => ({
  tabId, frameId, url: topUrl, title: 't', topUrl, updatedAt: 1,
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
});
