import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { highlightCss } from '../../../src/annotate/styles';
import { followSettings } from '../../../src/settings/background';
import { colourOverrides, loadColourOverrides } from '../../../src/settings/colours';
import { fakeSettingsStore } from './fake-store';
import { defaultSettings, type Settings } from '../../../src/settings/types';

describe('settings reach the engine and the tabs', () => {
  it('each change updates the engine, then notifies tabs, in order', async () => {
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
      notifyTabs: async () => void log.push('tabs'),
    });
    await store.save({ ...defaultSettings(), disabledHosts: ['a.cn'] }, 1);
    await store.save({ ...defaultSettings(), disabledHosts: ['b.cn'] }, 2);
    await new Promise((r) => setTimeout(r, 10));
    await follower.settled();
    expect(log).toEqual(['engine a.cn', 'tabs', 'engine b.cn', 'tabs']);
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
