// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createSettingsStore, type SettingsStore } from '../../../src/settings/store';
import { defaultSettings } from '../../../src/settings/types';
import { SiteSwitch } from '../../../src/ui/options/SiteSwitch';

let store: SettingsStore;
beforeEach(() => {
  fakeBrowser.reset();
  store = createSettingsStore({ sync: fakeBrowser.storage.sync, local: fakeBrowser.storage.local });
});
afterEach(cleanup);

describe('popup site switch', () => {
  it('switches the extension off on the current site and back on', async () => {
    let opened = 0;
    render(<SiteSwitch store={store} activeUrl={async () => 'https://rsj.xa.gov.cn/a.html'} openOptions={() => opened++} />);
    const off = await screen.findByRole('button', { name: '在此网站停用' });
    expect(off.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(off);
    await waitFor(async () => expect((await store.load()).disabledHosts).toEqual(['rsj.xa.gov.cn']));
    expect((await screen.findByRole('status')).textContent).toBe('已在 rsj.xa.gov.cn 停用。');
    fireEvent.click(await screen.findByRole('button', { name: '在此网站重新启用' }));
    await waitFor(async () => expect((await store.load()).disabledHosts).toEqual([]));
    fireEvent.click(screen.getByRole('button', { name: '设置' }));
    expect(opened).toBe(1);
  });

  it('re-enabling removes the parent domain that switched this site off', async () => {
    await store.save({ ...defaultSettings(), disabledHosts: ['gov.cn', 'other.cn'] }, 1);
    render(<SiteSwitch store={store} activeUrl={async () => 'https://www.gov.cn/'} openOptions={() => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: '在此网站重新启用' }));
    await waitFor(async () => expect((await store.load()).disabledHosts).toEqual(['other.cn']));
  });

  it('offers no site switch on extension pages, only the settings button', async () => {
    render(<SiteSwitch store={store} activeUrl={async () => 'chrome-extension://abc/popup.html'} openOptions={() => undefined} />);
    await screen.findByRole('button', { name: '设置' });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('button', { name: '在此网站停用' })).toBeNull();
  });
});
