import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { highlightCss } from '../../../src/annotate/styles';
import { appliedSettingsIn, followSettings, mayInject } from '../../../src/settings/follow-settings';
import { colourOverrides, loadColourOverrides } from '../../../src/settings/colours';
import { fakeSettingsStore } from './fake-store';
import { defaultSettings, type Settings } from '../../../src/settings/types';

describe('settings reach the engine and the tabs', () => {
  function follow(tabs: Array<{ id: number; url: string; annotated: boolean }>) {
    const store = fakeSettingsStore();
    const log: string[] = [];
    const follower = followSettings({
      store,
      engine: {
        update: async (s: Settings) => {
          await new Promise((r) => setTimeout(r, s.disabledHosts.includes('a.cn') ? 20 : 0));
          log.push(`engine ${s.disabledHosts.join(',')}`);
        },
      },
      tabs: { query: async () => tabs },
      notify: async (id) => {
        if (!tabs.find((t) => t.id === id)?.annotated) throw new Error('Receiving end does not exist');
        log.push(`notify ${id}`);
      },
      inject: async (id) => void log.push(`inject ${id}`),
    });
    return { store, log, follower };
  }

  it('each change updates the engine, then notifies annotated tabs, in order', async () => {
    const { store, log, follower } = follow([{ id: 1, url: 'https://x.cn/', annotated: true }]);
    await store.save({ ...defaultSettings(), disabledHosts: ['a.cn'] }, 1);
    await store.save({ ...defaultSettings(), disabledHosts: ['b.cn'] }, 2);
    await new Promise((r) => setTimeout(r, 10));
    await follower.settled();
    expect(log).toEqual(['engine a.cn', 'notify 1', 'engine b.cn', 'notify 1']);
  });

  it('switching a site back on brings the annotator to its open tabs that never got one', async () => {
    const { store, log, follower } = follow([
      { id: 1, url: 'https://www.off.cn/a', annotated: false },
      { id: 2, url: 'https://www.off.cn/b', annotated: true },
      { id: 3, url: 'https://elsewhere.cn/', annotated: false },
    ]);
    await store.save({ ...defaultSettings(), disabledHosts: ['off.cn'] }, 1);
    await new Promise((r) => setTimeout(r, 10));
    await follower.settled();
    expect(log.filter((l) => l.startsWith('inject'))).toEqual([]);
    await store.save({ ...defaultSettings(), disabledHosts: [] }, 2);
    await new Promise((r) => setTimeout(r, 10));
    await follower.settled();
    // Tab 2 still had its annotator (it was told); tab 3's site was never off (the gate found it irrelevant).
    expect(log.filter((l) => l.startsWith('inject'))).toEqual(['inject 1']);
  });

  it('switching a site back on reaches its tabs even when the change woke a stopped service worker', async () => {
    const store = fakeSettingsStore();
    const session = fakeBrowser.storage.session;
    const tabs = [{ id: 1, url: 'https://www.off.cn/a' }];
    const log: string[] = [];
    const start = () =>
      followSettings({
        store,
        engine: { update: async () => undefined },
        tabs: { query: async () => tabs },
        notify: async () => {
          throw new Error('Receiving end does not exist');
        },
        inject: async (id) => void log.push(`inject ${id}`),
        applied: appliedSettingsIn(session),
      });
    const stop = new AbortController();
    const first = followSettings(
      {
        store, engine: { update: async () => undefined }, tabs: { query: async () => tabs },
        notify: async () => undefined, inject: async () => undefined, applied: appliedSettingsIn(session),
      },
      stop.signal,
    );
    await store.save({ ...defaultSettings(), disabledHosts: ['off.cn'] }, 1);
    await new Promise((r) => setTimeout(r, 10));
    await first.settled();
    // The worker stops; the user switches the site back on, which wakes a new one that loads the new settings.
    stop.abort();
    const saved = store.save({ ...defaultSettings(), disabledHosts: [] }, 2);
    const woken = start();
    await saved;
    await new Promise((r) => setTimeout(r, 10));
    await woken.settled();
    expect(log).toEqual(['inject 1']);
  });

  it('the gate asking to annotate is refused on a switched-off site', async () => {
    const store = fakeSettingsStore();
    await store.save({ ...defaultSettings(), disabledHosts: ['off.cn'] }, 1);
    expect(await mayInject(store, 'https://www.off.cn/')).toBe(false);
    expect(await mayInject(store, 'https://on.cn/')).toBe(true);
  });
});

describe('highlight colours', () => {
  it('only colours that differ from the defaults override the palette', () => {
    const d = defaultSettings().colours;
    expect(colourOverrides({ colours: { ...d, target: '#AA0000', actual: 'red' } })).toEqual({ target: '#aa0000' });
    expect(colourOverrides(undefined)).toEqual({});
  });

  it('the page stylesheet uses the chosen colour for underline and tint, in light and dark pages', () => {
    const light = highlightCss('light', { target: '#aa0000' });
    expect(light).toMatch(/::highlight\(indicator-lens-target\) \{ background-color: rgba\(170, 0, 0, 0\.18\);[^}]*#aa0000/);
    expect(highlightCss('dark', { target: '#aa0000' })).toContain('rgba(170, 0, 0, 0.3)');
    // Untouched kinds keep the default palette.
    expect(light).toContain(highlightCss('light').split('\n').find((l) => l.includes('indicator-lens-actual'))!);
  });

  it('content scripts read colours from the newest stored copy', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.sync.set({ settings: { colours: { target: '#111111' }, savedAt: 1 } });
    await fakeBrowser.storage.local.set({ settings: { colours: { target: '#222222' }, savedAt: 2 } });
    expect(await loadColourOverrides({ sync: fakeBrowser.storage.sync, local: fakeBrowser.storage.local })).toEqual({
      target: '#222222',
    });
  });
});
