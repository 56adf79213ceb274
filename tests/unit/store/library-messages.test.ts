import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { registerLibraryHandlers } from '../../../src/background/library-handlers';
import { senderProblem } from '../../../src/messaging/senders';
import { createRouter, type Sender } from '../../../src/messaging/router';
import { openLibrary } from '../../../src/store/library';
import { toLibraryJson } from '../../../src/export';
import { rec } from '../compare/records';

const EXT = 'chrome-extension://abc/';
const page: Sender = { url: `${EXT}compare.html` };
const web: Sender = { url: 'https://evil.example/', tab: { id: 5 } as Sender['tab'] };

let n = 0;
async function setup() {
  const library = await openLibrary({ name: `handlers-${++n}` });
  const router = createRouter({ checkSender: (type, sender) => senderProblem(type, sender, (s: Sender) => s.url?.startsWith(EXT) ?? false) });
  const revealed: number[] = [];
  registerLibraryHandlers(router, {
    library: async () => library,
    isExtensionPage: (s) => s.url?.startsWith(EXT) ?? false,
    tabs: {
      get: async (id: number) => ({ id, url: 'https://a/1', windowId: 1 }) as never,
      create: async () => ({ id: 99 }) as never,
      update: async () => ({}) as never,
    },
    reveal: async (tabId) => {
      revealed.push(tabId);
      return { found: revealed.length >= 2 };
    },
    retry: { delayMs: 1, attempts: 5 },
  });
  const send = (type: string, payload: unknown, sender: Sender = page) => router.dispatch({ type, payload }, sender)!;
  return { library, send, revealed };
}

const clip = {
  record: rec({ indicator: 'urban_new_jobs', label: '城镇新增就业', value: 400000, unit: '人', region: '陕西省', period: '2022' }),
  source: { url: 'https://a/1', title: '陕西', quote: '40万人', prefix: '', suffix: '' },
};

describe('library message handlers', () => {
  it('a malformed import is rejected with its reason and the library stays exactly as it was', async () => {
    const { send, library } = await setup();
    await send('library:add', { entries: [clip] }, web);
    const before = await library.list();
    const file = JSON.parse(toLibraryJson([{ ...clip, record: { ...clip.record, value: 1 } }, { ...clip, record: { ...clip.record, value: 2 } }]));
    file.entries[1].record.kind = 'wish';
    const reply = await send('library:import', { json: JSON.stringify(file) });
    expect(reply).toEqual({ ok: true, value: { ok: false, error: expect.stringMatching(/entries\[1\]\.record\.kind/) } });
    expect(await library.list()).toEqual(before);

    delete file.entries[1].record.kind;
    file.entries[1].record.kind = 'actual';
    expect(await send('library:import', { json: JSON.stringify(file) })).toEqual({ ok: true, value: { ok: true, added: 2, duplicates: 0 } });
    expect(await library.count()).toBe(3);
  });

  it('web pages may clip but not read, change or delete the library', async () => {
    const { send } = await setup();
    expect(await send('library:add', { entries: [clip] }, web)).toEqual({ ok: true, value: { added: 1, duplicates: 0 } });
    expect(await send('library:list', {}, web)).toMatchObject({ ok: false });
    expect(await send('library:delete', { keys: [] }, web)).toMatchObject({ ok: false });
    expect(await send('library:import', { json: '{}' }, web)).toMatchObject({ ok: false });
    expect((await send('library:list', {})) as { value: { entries: unknown[] } }).toMatchObject({ ok: true, value: { entries: [expect.anything()] } });
  });

  it('stores only the spec fields of a clipped record', async () => {
    const { send, library } = await setup();
    await send('library:add', { entries: [{ ...clip, record: { ...clip.record, confidence: 0.9 } }] }, web);
    const [stored] = await library.list();
    expect(Object.keys(stored!.record).sort()).toEqual(Object.keys(clip.record).sort());
  });

  it('refuses malformed clips from a content script', async () => {
    const { send, library } = await setup();
    const bad = { ...clip, record: { ...clip.record, value: 'lots' } };
    expect(await send('library:add', { entries: [bad] }, web)).toMatchObject({ ok: false, error: expect.stringMatching(/value/) });
    expect(await library.count()).toBe(0);
  });

  it('delete then restore through messages', async () => {
    const { send, library } = await setup();
    await send('library:add', { entries: [clip] });
    const [entry] = await library.list();
    expect(await send('library:delete', { keys: [entry!.key] })).toEqual({ ok: true, value: { removed: 1 } });
    expect(await library.count()).toBe(0);
    expect(await send('library:restore', { keys: [entry!.key] })).toEqual({ ok: true, value: { restored: 1 } });
    expect(await send('library:note', { key: entry!.key, note: '看这里' })).toEqual({ ok: true, value: { updated: true } });
    expect((await library.list({ text: '看这里' })).length).toBe(1);
  });

  it('source:open activates the tab still showing the page and retries reveal until it is found', async () => {
    const { send, revealed } = await setup();
    const reply = await send('source:open', { source: clip.source, tabId: 7 });
    expect(reply).toEqual({ ok: true, value: { tabId: 7, found: true } });
    expect(revealed).toEqual([7, 7]);
  });

  it('source:open opens a new tab when the tab has moved to another page', async () => {
    const { send } = await setup();
    const reply = await send('source:open', { source: { ...clip.source, url: 'https://other/' }, tabId: 7 });
    expect(reply).toEqual({ ok: true, value: { tabId: 99, found: true } });
  });
});
