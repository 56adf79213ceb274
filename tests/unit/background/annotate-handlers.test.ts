import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createRouter } from '../../../src/messaging/router';
import { registerAnnotateHandlers } from '../../../src/background/annotate-handlers';
import { createSettingsEngine } from '../../../src/settings/settings-engine';
import { defaultSettings } from '../../../src/settings/types';
import { createTabResultsStore } from '../../../src/store/tab-results';
import type { BadgeApi } from '../../../src/background/badge';

const ARTICLE =
  '今年陕西省城镇新增就业40万人以上\n陕西省人社厅获悉，2022年全省人社系统将全力确保就业局势稳定。全面完成城镇新增就业40万人以上、城镇登记失业率4.5%以内、' +
  '城镇调查失业率5.5%以内的目标任务。扎实推进各项社保政策落地落细，加快推进失业、工伤保险省级统筹，深入实施全民参保。';

function setup(inject?: () => Promise<void>, maxReadChars?: number, maxRecords?: number) {
  const badges = new Map<number, string>();
  const badge: BadgeApi = { setBadgeText: ({ tabId, text }) => void badges.set(tabId, text) };
  const router = createRouter();
  const store = createTabResultsStore(fakeBrowser.storage.session);
  // The extension's engine, under default settings: the handler's job is to run it and keep its answer per tab.
  const injected: Array<[number, number]> = [];
  registerAnnotateHandlers(router, {
    engine: createSettingsEngine({ store: { load: async () => defaultSettings() }, options: () => ({}) }),
    store,
    badge,
    tabs: fakeBrowser.tabs as never,
    mayAnnotate: async (tabUrl) => !tabUrl?.includes('switched-off.example'),
    injectAnnotator: inject ?? (async (tabId, frameId) => void injected.push([tabId, frameId])),
    ...(maxReadChars !== undefined && { maxReadChars }),
    ...(maxRecords !== undefined && { maxRecords }),
  });
  const sender = (tabId: number, frameId = 0, url = 'https://hrss.example.gov.cn/a.html') =>
    ({ tab: { id: tabId, url }, frameId, url }) as never;
  return { router, store, badges, sender, injected };
}

describe('annotate handlers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs the engine, stores the result for the tab and frame, and badges the total', async () => {
    const { router, store, badges, sender } = setup();
    const reply = await router.dispatch({ type: 'extract', payload: { text: ARTICLE, page: { title: 't' } } }, sender(5));
    expect(reply).toMatchObject({ ok: true });
    const records = (reply as { value: { records: unknown[] } }).value.records;
    expect(records.length).toBeGreaterThanOrEqual(3);
    await router.dispatch({ type: 'extract', payload: { text: ARTICLE, page: {} } }, sender(5, 2));
    // The answer goes out before the result is kept; the store and the badge follow in order.
    await vi.waitFor(() => expect(badges.get(5)).toBe(String(records.length * 2)));
    expect((await store.forTab(5)).map((e) => e.frameId)).toEqual([0, 2]);
    const results = await router.dispatch({ type: 'tabs:results', payload: {} }, sender(1));
    expect((results as { value: Array<{ tabId: number }> }).value.map((r) => r.tabId)).toEqual([5, 5]);
  });

  it('reads a text sent in slices as if it came whole, and refuses the end of a run made stale', async () => {
    const { router, sender } = setup();
    const whole = await router.dispatch({ type: 'extract', payload: { text: ARTICLE, page: {} } }, sender(8));
    const cut = [ARTICLE.slice(0, 40), ARTICLE.slice(40, 90), ARTICLE.slice(90)];
    await router.dispatch({ type: 'extract:part', payload: { run: 'r1', index: 0, text: cut[0] } }, sender(9));
    await router.dispatch({ type: 'extract:part', payload: { run: 'r1', index: 1, text: cut[1] } }, sender(9));
    const sliced = await router.dispatch({ type: 'extract', payload: { text: cut[2], page: {}, run: 'r1', parts: 2 } }, sender(9));
    expect(sliced).toEqual(whole);
    // A newer run from the frame drops the older one's slices.
    await router.dispatch({ type: 'extract:part', payload: { run: 'r2', index: 0, text: cut[0] } }, sender(9));
    await router.dispatch({ type: 'extract:part', payload: { run: 'r3', index: 0, text: cut[0] } }, sender(9));
    const stale = await router.dispatch({ type: 'extract', payload: { text: cut[1], page: {}, run: 'r2', parts: 1 } }, sender(9));
    expect(stale).toMatchObject({ ok: false, error: expect.stringMatching(/superseded/) });
  });

  it('injects the annotator into the frame whose gate asked, and only for a tab', async () => {
    const { router, sender, injected } = setup();
    await expect(router.dispatch({ type: 'annotate:inject', payload: {} }, sender(3, 7))).resolves.toEqual({
      ok: true,
      value: { annotating: true },
    });
    await expect(router.dispatch({ type: 'annotate:inject', payload: {} }, {} as never)).resolves.toEqual({
      ok: true,
      value: { annotating: false },
    });
    expect(injected).toEqual([[3, 7]]);
  });

  it('injects nothing on a site the user switched off', async () => {
    const { router, sender, injected } = setup();
    const reply = await router.dispatch({ type: 'annotate:inject', payload: {} }, sender(6, 0, 'https://switched-off.example/a.html'));
    expect(reply).toEqual({ ok: true, value: { annotating: false } });
    expect(injected).toEqual([]);
  });

  it('answers the gate before the injection is done', async () => {
    let finish = () => undefined as void;
    const slow = new Promise<void>((resolve) => (finish = resolve));
    const { router, sender } = setup(() => slow);
    await expect(router.dispatch({ type: 'annotate:inject', payload: {} }, sender(4))).resolves.toEqual({
      ok: true,
      value: { annotating: true },
    });
    finish();
  });

  it("answers an irrelevant page's extract with no records", async () => {
    const { router, store, badges, sender } = setup();
    const text = '今天天气晴朗，适合出游。全市气温18至25度，景区接待游客12万人次。';
    const reply = (await router.dispatch({ type: 'extract', payload: { text, page: {} } }, sender(2))) as {
      value: { relevant: boolean; records: unknown[] };
    };
    expect(reply.value).toMatchObject({ relevant: false, records: [] });
    await vi.waitFor(() => expect(badges.get(2)).toBe(''));
    expect((await store.forTab(2))[0]?.result.records).toEqual([]);
  });

  it("shows a long page's preview without keeping it for the tab", async () => {
    const { router, store, badges, sender } = setup();
    const reply = (await router.dispatch({ type: 'extract', payload: { text: ARTICLE, page: {}, preview: true } }, sender(7))) as {
      value: { records: unknown[] };
    };
    expect(reply.value.records.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 20));
    expect(await store.all()).toEqual([]);
    expect(badges.has(7)).toBe(false);
  });

  /** A page of labour words and one endless 分别 list: every item a figure, ~0.5 s of engine work. */
  const HOSTILE = `城镇新增就业、失业率、职业技能培训、社会保险。${Array.from({ length: 700 }, () => `城镇新增就业分别为${Array(50).fill('1人').join('、')}。`).join('')}`;

  it("answers other tabs while a page's long text is read, instead of after it", async () => {
    const { router, store, sender } = setup();
    await router.dispatch({ type: 'extract', payload: { text: ARTICLE, page: {} } }, sender(5)); // the engine is loaded
    const order: string[] = [];
    const hostile = router.dispatch({ type: 'extract', payload: { text: HOSTILE, page: {} } }, sender(9))!.then(() => order.push('hostile'));
    const other = router.dispatch({ type: 'extract', payload: { text: ARTICLE, page: {} } }, sender(6))!.then(() => order.push('other tab'));
    const list = router.dispatch({ type: 'tabs:results', payload: {} }, sender(1))!.then(() => order.push('tabs:results'));
    await Promise.all([hostile, other, list]);
    await vi.waitFor(async () => expect((await store.all()).map((e) => e.tabId).sort()).toEqual([5, 6, 9]));
    expect(HOSTILE.length).toBeGreaterThan(100_000);
    expect(order.at(-1)).toBe('hostile');
  });

  it('drops a run made stale by newer text from the same frame, and keeps the newer result', async () => {
    const { router, store, sender } = setup();
    await router.dispatch({ type: 'extract', payload: { text: ARTICLE, page: {} } }, sender(5));
    const stale = router.dispatch({ type: 'extract', payload: { text: HOSTILE, page: {} } }, sender(9));
    const fresh = router.dispatch({ type: 'extract', payload: { text: ARTICLE, page: {} } }, sender(9));
    await expect(stale).resolves.toEqual({ ok: false, error: 'superseded by newer text from the same page' });
    const reply = (await fresh) as { ok: boolean; value: { records: unknown[] } };
    expect(reply.ok).toBe(true);
    await vi.waitFor(async () => expect((await store.forTab(9))[0]?.result.records).toHaveLength(reply.value.records.length));
    // Another frame's, or a preview's, text is no newer version of it.
    const page = router.dispatch({ type: 'extract', payload: { text: ARTICLE, page: {} } }, sender(9, 0));
    const preview = router.dispatch({ type: 'extract', payload: { text: ARTICLE, page: {}, preview: true } }, sender(9, 0));
    const frame = router.dispatch({ type: 'extract', payload: { text: ARTICLE, page: {} } }, sender(9, 3));
    for (const r of await Promise.all([page, preview, frame])) expect(r).toMatchObject({ ok: true });
    await vi.waitFor(async () => expect((await store.forTab(9)).map((e) => e.frameId)).toEqual([0, 3]));
  });

  it('reads a page longer than it reads for one page up to a line break, and says how much it read', async () => {
    const { router, store, sender } = setup(undefined, 1_000);
    const tail = '\n城镇新增就业8万人，城镇登记失业率3.5%。'.repeat(100);
    const text = `${ARTICLE}\n${'全省人社系统扎实推进各项工作。'.repeat(40)}${tail}`;
    const reply = (await router.dispatch({ type: 'extract', payload: { text, page: {} } }, sender(8))) as {
      value: { records: Array<{ end: number }>; partial?: { read: number; total: number } };
    };
    const { partial, records } = reply.value;
    expect(partial).toEqual({ read: text.lastIndexOf('\n', 1_000), total: text.length });
    expect(records.length).toBeGreaterThan(0);
    expect(Math.max(...records.map((r) => r.end))).toBeLessThanOrEqual(partial!.read);
    await vi.waitFor(async () => expect((await store.forTab(8))[0]?.result.partial).toEqual(partial));
    // A page within the limit is read whole, and says nothing.
    const whole = (await router.dispatch({ type: 'extract', payload: { text: ARTICLE, page: {} } }, sender(8))) as { value: object };
    expect(whole.value).not.toHaveProperty('partial');
  });

  it("keeps a page's first figures when it has more than one result carries, and says where they stop", async () => {
    const { router, store, sender } = setup(undefined, undefined, 50);
    const reply = (await router.dispatch({ type: 'extract', payload: { text: HOSTILE, page: {} } }, sender(12))) as {
      value: { records: Array<{ start: number; end: number }>; partial?: { read: number; total: number } };
    };
    const { records, partial } = reply.value;
    expect(records).toHaveLength(50);
    expect(partial).toEqual({ read: records.at(-1)!.end, total: HOSTILE.length });
    expect(records.map((r) => r.start)).toEqual([...records.map((r) => r.start)].sort((a, b) => a - b));
    await vi.waitFor(async () => expect((await store.forTab(12))[0]?.result.records).toHaveLength(50));
  });

  it('refuses a bad payload without running the engine or storing anything', async () => {
    const { router, store } = setup();
    const reply = await router.dispatch({ type: 'extract', payload: { text: ['no'], page: {} } }, {} as never);
    expect(reply).toMatchObject({ ok: false });
    expect(await store.all()).toEqual([]);
  });

  it('forgets a closed tab and a tab that navigated to another page, and clears the badge then', async () => {
    const { router, store, badges, sender } = setup();
    await router.dispatch({ type: 'extract', payload: { text: ARTICLE, page: {} } }, sender(8));
    await router.dispatch({ type: 'extract', payload: { text: ARTICLE, page: {} } }, sender(9));
    await vi.waitFor(() => expect(badges.get(9)).toMatch(/^[1-9]\d*$/));
    await fakeBrowser.tabs.onRemoved.trigger(8, { windowId: 1, isWindowClosing: false });
    await fakeBrowser.tabs.onUpdated.trigger(9, { url: 'https://hrss.example.gov.cn/a.html#top' }, {} as never);
    await new Promise((r) => setTimeout(r, 10));
    expect((await store.all()).map((e) => e.tabId)).toEqual([9]);
    await fakeBrowser.tabs.onUpdated.trigger(9, { url: 'https://other.example/' }, {} as never);
    await new Promise((r) => setTimeout(r, 10));
    expect(await store.all()).toEqual([]);
    expect(badges.get(9)).toBe('');
  });
});
