/**
 * What a hostile page can make our content script send (or what a compromised content script could send) must
 * not crash the background, run the engine on garbage, or touch the library beyond one clip.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { registerAnnotateHandlers } from '../../../src/background/annotate-handlers';
import { registerLibraryHandlers } from '../../../src/background/library-handlers';
import { senderProblem } from '../../../src/messaging/senders';
import { createRouter, type Router, type Sender } from '../../../src/messaging/router';
import type { Reply } from '../../../src/messaging/send';
import { MAX_EXTRACT_TEXT } from '../../../src/messaging/validate';
import { createSettingsEngine } from '../../../src/settings/settings-engine';
import { defaultSettings } from '../../../src/settings/types';
import { openLibrary, type Library } from '../../../src/store/library';
import { createTabResultsStore, type TabResultsStore } from '../../../src/store/tab-results';

const ORIGIN = 'chrome-extension://lens/';
const page: Sender = { id: 'lens', tab: { id: 7, url: 'https://evil.example/' } as never, frameId: 0, url: 'https://evil.example/' };
const popup: Sender = { id: 'lens', url: `${ORIGIN}popup.html` };

const record = {
  indicator: 'urban_new_jobs', label: '城镇新增就业', value: 400000, unit: '人', comparator: '>=', kind: 'target',
  masked: false, region: '陕西省', period: '2022', text: '城镇新增就业40万人以上', start: 0, end: 12,
};
const source = { url: 'https://evil.example/', title: 't', quote: '城镇新增就业40万人以上', prefix: '', suffix: '' };

let router: Router;
let library: Library;
let store: TabResultsStore;
let engineRuns = 0;
let n = 0;

beforeEach(async () => {
  fakeBrowser.reset();
  engineRuns = 0;
  router = createRouter({ checkSender: (type, sender) => senderProblem(type, sender, (s: Sender) => typeof s.url === 'string' && s.url.startsWith(ORIGIN)) });
  library = await openLibrary({ name: `safety-${++n}-${Date.now()}` });
  store = createTabResultsStore(fakeBrowser.storage.session);
  const engine = createSettingsEngine({ store: { load: async () => defaultSettings() }, options: () => ({ segmentation: false }) });
  registerAnnotateHandlers(router, {
    engine: {
      get: async () => {
        engineRuns++;
        return engine.get();
      },
    },
    store,
    badge: { setBadgeText: () => undefined },
    tabs: fakeBrowser.tabs as never,
    mayAnnotate: async () => true,
    injectAnnotator: async () => undefined,
  });
  registerLibraryHandlers(router, {
    library: async () => library,
    isExtensionPage: (s) => typeof s.url === 'string' && s.url.startsWith(ORIGIN),
    tabs: { get: async () => ({}) as never, create: async () => ({ id: 1 }) as never, update: async () => ({}) as never },
    reveal: async () => ({ found: false }),
    retry: { delayMs: 0, attempts: 1 },
  });
});

const send = (message: unknown, sender: Sender = page) => router.dispatch(message, sender) as Promise<Reply<unknown>> | undefined;

async function refused(message: unknown, sender: Sender = page): Promise<string> {
  const reply = await send(message, sender);
  expect(reply, JSON.stringify(message)?.slice(0, 200)).toBeDefined();
  expect(reply!.ok).toBe(false);
  return reply!.ok ? '' : reply!.error;
}

describe('background message safety', () => {
  it('ignores anything that is not an envelope for a known type', () => {
    for (const m of [null, undefined, 42, 'extract', [], { type: 5 }, { type: 'nope', payload: {} }, { type: 'settings:changed', payload: {} }]) {
      expect(send(m)).toBeUndefined();
    }
  });

  it('refuses malformed extract payloads without running the engine or storing a result', async () => {
    await refused({ type: 'extract', payload: null });
    await refused({ type: 'extract', payload: { text: 42, page: {} } });
    await refused({ type: 'extract', payload: { text: 'x', page: [] } });
    await refused({ type: 'extract', payload: { text: 'x', page: { url: 5 } } });
    await refused({ type: 'extract', payload: { text: 'x', page: { title: 'a'.repeat(10_000) } } });
    expect(await refused({ type: 'extract', payload: { text: 'a'.repeat(MAX_EXTRACT_TEXT + 1), page: {} } })).toMatch(/longer/);
    expect(engineRuns).toBe(0);
    expect(await store.all()).toEqual([]);
  });

  it('survives hostile text and a prototype-polluting payload', async () => {
    const polluted = JSON.parse('{"text":"城镇新增就业40万人","page":{"__proto__":{"polluted":true}}}');
    const reply = await send({ type: 'extract', payload: polluted });
    expect(reply?.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const junk = '\uD800\u0000*'.repeat(50_000) + '4'.repeat(100_000);
    expect((await send({ type: 'extract', payload: { text: junk, page: {} } }))?.ok).toBe(true);
  });

  it('a web page context cannot read, change, delete, import into the library or open tabs', async () => {
    expect((await send({ type: 'library:add', payload: { entries: [{ record, source }] } }))?.ok).toBe(true);
    const [stored] = await library.list({});
    const key = stored!.key;
    const forged = [
      { type: 'library:list', payload: {} },
      { type: 'library:note', payload: { key, note: 'pwned' } },
      { type: 'library:delete', payload: { keys: [key] } },
      { type: 'library:restore', payload: { keys: [key] } },
      { type: 'library:import', payload: { json: '{"format":"indicator-lens-library","version":1,"entries":[]}' } },
      { type: 'source:open', payload: { source } },
    ];
    for (const m of forged) expect(await refused(m), m.type).toMatch(/only extension pages/);
    const after = await library.list({});
    expect(after).toHaveLength(1);
    expect(after[0]!.note ?? '').toBe('');
    // The same requests from the extension's own pages work.
    expect((await send({ type: 'library:delete', payload: { keys: [key] } }, popup))?.ok).toBe(true);
  });

  it('even the extension\'s own pages open only web pages as sources (a data: or javascript: source is refused)', async () => {
    for (const url of ['data:text/html,<script>alert(1)</script>', 'javascript:alert(1)', 'file:///etc/passwd']) {
      expect(await refused({ type: 'source:open', payload: { source: { ...source, url } } }, popup)).toMatch(/not a web page/);
    }
    expect((await send({ type: 'source:open', payload: { source } }, popup))?.ok).toBe(true);
  });

  it('refuses malformed clips and stores nothing', async () => {
    const bad = [
      { entries: 'all' },
      { entries: [{ record }] },
      { entries: [{ record: { ...record, value: 'many' }, source }] },
      { entries: [{ record: { ...record, kind: 'rumour' }, source }] },
      { entries: [{ record, source: { ...source, url: 42 } }] },
      { entries: [{ record: { ...record, label: 'x'.repeat(200_000) }, source }] },
    ];
    for (const payload of bad) await refused({ type: 'library:add', payload });
    expect(await library.list({})).toEqual([]);
  });

  it('a content script clips one figure at a time; bulk adds come only from extension pages', async () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ record: { ...record, start: i, end: i + 12 }, source }));
    expect(await refused({ type: 'library:add', payload: { entries: many } })).toMatch(/one entry/);
    expect(await library.list({})).toEqual([]);
    const fromPopup = await send({ type: 'library:add', payload: { entries: many } }, popup);
    expect(fromPopup?.ok).toBe(true);
  });
});
