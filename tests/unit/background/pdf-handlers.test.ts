/**
 * The PDF viewer's requests in the background: the text read so far is extracted and kept as the viewer tab's results,
 * one entry per page under the PDF's address with #page=N; a page's figures that went away are emptied; only the
 * extension's own pages may ask; and the popup's "open" of such a figure comes back to the viewer's tab.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { registerPdfHandlers } from '../../../src/background/pdf-handlers';
import { registerLibraryHandlers } from '../../../src/background/library-handlers';
import { senderProblem } from '../../../src/messaging/senders';
import { createRouter, type Router, type Sender } from '../../../src/messaging/router';
import { createSettingsEngine } from '../../../src/settings/settings-engine';
import { defaultSettings } from '../../../src/settings/types';
import { openLibrary } from '../../../src/store/library';
import { createTabResultsStore, type TabResultsStore } from '../../../src/store/tab-results';
import { viewedFile, viewerUrl } from '../../../src/pdf-viewer/viewer-url';

const ORIGIN = 'chrome-extension://lens/';
const FILE = 'https://rsj.example.gov.cn/files/report.pdf';
const VIEWER = viewerUrl(ORIGIN, FILE);
const viewerTab: Sender = { id: 'lens', tab: { id: 9, url: VIEWER } as never, frameId: 0, url: VIEWER };
const webPage: Sender = { id: 'lens', tab: { id: 7, url: 'https://evil.example/' } as never, frameId: 0, url: 'https://evil.example/' };
const isExtensionPage = (s: Sender) => typeof s.url === 'string' && s.url.startsWith(ORIGIN);

const PAGE1 = '今年陕西省城镇新增就业40万人以上\n陕西省人社厅获悉，2022年全省人社系统将全力确保就业局势稳定。';
const PAGE2 = '全面完成城镇新增就业40万人以上、城镇登记失业率4.5%以内、城镇调查失业率5.5%以内的目标任务。';

let router: Router;
let store: TabResultsStore;
let badges: Map<number, string>;

beforeEach(() => {
  fakeBrowser.reset();
  router = createRouter({ checkSender: (type, sender) => senderProblem(type, sender, isExtensionPage) });
  store = createTabResultsStore(fakeBrowser.storage.session);
  badges = new Map();
  registerPdfHandlers(router, {
    engine: createSettingsEngine({ store: { load: async () => defaultSettings() }, options: () => ({ segmentation: false }) }),
    store,
    badge: { setBadgeText: ({ tabId, text }) => void badges.set(tabId, text) },
    pageTitle: (title, page) => `${title}（第 ${page} 页）`,
  });
});

const extract = (text: string, pageStarts: number[], sender = viewerTab) =>
  router.dispatch({ type: 'pdf:extract', payload: { text, page: { title: '陕西就业', url: FILE }, pageStarts } }, sender);

describe('pdf:extract', () => {
  it('keeps the viewer tab’s figures per page, under the PDF’s address with #page=N, and badges them', async () => {
    const text = `${PAGE1}\n\n${PAGE2}`;
    const reply = (await extract(text, [0, PAGE1.length + 2])) as { ok: boolean; value: { records: Array<{ start: number }> } };
    expect(reply.ok).toBe(true);
    const onPage2 = reply.value.records.filter((r) => r.start >= PAGE1.length + 2).length;
    expect(onPage2).toBeGreaterThanOrEqual(3);
    await vi.waitFor(async () => expect((await store.forTab(9)).map((e) => e.url)).toEqual([`${FILE}#page=1`, `${FILE}#page=2`]));
    const entries = await store.forTab(9);
    expect(entries[1]!.result.records.length).toBe(onPage2);
    expect(entries[1]!.title).toBe('陕西就业（第 2 页）');
    expect(entries.every((e) => e.topUrl === VIEWER)).toBe(true);
    await vi.waitFor(() => expect(badges.get(9)).toBe(String(reply.value.records.length)));
  });

  it('a page whose figures went away in a later run is emptied', async () => {
    await extract(`${PAGE1}\n\n${PAGE2}`, [0, PAGE1.length + 2]);
    await vi.waitFor(async () => expect((await store.forTab(9)).length).toBe(2));
    await extract(`${PAGE2}\n\n没有数字的一页。`, [0, PAGE2.length + 2]);
    await vi.waitFor(async () => expect((await store.forTab(9)).find((e) => e.frameId === 2)?.result.records).toEqual([]));
  });

  it('is refused from a web page’s content script, and for an address that is not a web or local file', async () => {
    expect(await extract(PAGE1, [0], webPage)).toMatchObject({ ok: false, error: expect.stringMatching(/extension pages/) });
    const bad = await router.dispatch(
      { type: 'pdf:extract', payload: { text: PAGE1, page: { title: 't', url: 'javascript:alert(1)' }, pageStarts: [0] } },
      viewerTab,
    );
    expect(bad).toMatchObject({ ok: false });
  });
});

describe('opening a PDF figure from the popup', () => {
  it('comes back to the viewer tab showing that PDF and reveals there; a closed one opens the viewer again', async () => {
    const revealed: number[] = [];
    const created: string[] = [];
    registerLibraryHandlers(router, {
      library: () => openLibrary({ name: `pdf-${Date.now()}` }),
      isExtensionPage,
      tabs: {
        get: async (id: number) => ({ id, url: VIEWER, windowId: 1 }) as never,
        create: async ({ url }: { url?: string }) => (created.push(url!), { id: 12 }) as never,
        update: async () => ({}) as never,
      },
      reveal: async (tabId) => (revealed.push(tabId), { found: true }),
      retry: { delayMs: 0, attempts: 1 },
      pdfViewer: { fileOf: (url) => viewedFile(ORIGIN, url), urlFor: (file) => viewerUrl(ORIGIN, file) },
    });
    const source = { url: `${FILE}#page=2`, title: 't', quote: '城镇登记失业率4.5%以内', prefix: '', suffix: '' };
    const popup: Sender = { id: 'lens', url: `${ORIGIN}popup.html` };
    expect(await router.dispatch({ type: 'source:open', payload: { source, tabId: 9 } }, popup)).toEqual({ ok: true, value: { tabId: 9, found: true } });
    expect(created).toEqual([]);
    expect(await router.dispatch({ type: 'source:open', payload: { source } }, popup)).toEqual({ ok: true, value: { tabId: 12, found: true } });
    expect(created).toEqual([VIEWER]);
    expect(revealed).toEqual([9, 12]);
  });
});
