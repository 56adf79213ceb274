import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createSettingsStore, SETTINGS_KEY } from '../../../src/settings/store';
import { defaultSettings } from '../../../src/settings/types';
import { fakeSettingsStore } from './fake-store';

describe('settings store', () => {
  it('saves to sync and reads it back, normalized', async () => {
    fakeBrowser.reset();
    const store = createSettingsStore({ sync: fakeBrowser.storage.sync, local: fakeBrowser.storage.local });
    const { area, settings } = await store.save({ ...defaultSettings(), disabledHosts: ['Example.ORG'] }, 100);
    expect(area).toBe('sync');
    expect(settings.disabledHosts).toEqual(['example.org']);
    expect(await store.load()).toEqual(settings);
    expect(await fakeBrowser.storage.local.get(SETTINGS_KEY)).toEqual({});
  });

  it('falls back to local when sync refuses the write, and the newer copy wins', async () => {
    fakeBrowser.reset();
    const refusing = {
      ...fakeBrowser.storage.sync,
      get: fakeBrowser.storage.sync.get.bind(fakeBrowser.storage.sync),
      remove: fakeBrowser.storage.sync.remove.bind(fakeBrowser.storage.sync),
      set: () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded')),
    };
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...defaultSettings(), disabledHosts: ['old.cn'], savedAt: 1 } });
    const store = createSettingsStore({ sync: refusing, local: fakeBrowser.storage.local });
    const saved = await store.save({ ...defaultSettings(), disabledHosts: ['new.cn'] }, 50);
    expect(saved.area).toBe('local');
    expect((await store.load()).disabledHosts).toEqual(['new.cn']);
  });

  it('works where there is no sync area at all', async () => {
    fakeBrowser.reset();
    const store = createSettingsStore({ local: fakeBrowser.storage.local });
    expect(await store.load()).toEqual(defaultSettings());
    expect((await store.save(defaultSettings(), 1)).area).toBe('local');
  });

  it('tells watchers about changes until aborted', async () => {
    const store = fakeSettingsStore();
    const seen: string[][] = [];
    const controller = new AbortController();
    store.watch((s) => seen.push(s.disabledHosts), controller.signal);
    await store.save({ ...defaultSettings(), disabledHosts: ['a.cn'] }, 1);
    await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    await store.save({ ...defaultSettings(), disabledHosts: ['b.cn'] }, 2);
    await new Promise((r) => setTimeout(r, 10));
    expect(seen.at(-1)).toEqual(['a.cn']);
    expect(seen.some((h) => h.includes('b.cn'))).toBe(false);
  });
});
