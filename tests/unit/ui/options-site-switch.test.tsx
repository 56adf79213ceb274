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

  it('says why the tab under the popup has no figures: a PDF, or a page closed to extensions', async () => {
    const note = async (url: string | undefined) => {
      cleanup();
      render(<SiteSwitch store={store} activeUrl={async () => url} openOptions={() => undefined} />);
      await screen.findByRole('button', { name: '设置' });
      await new Promise((r) => setTimeout(r, 20));
      return screen.queryByTestId('tab-note')?.textContent ?? null;
    };
    expect(await note('https://rsj.example.gov.cn/files/2024年统计公报.pdf')).toContain('PDF');
    expect(await note('https://rsj.example.gov.cn/a.PDF?download=1#page=2')).toContain('PDF');
    // No `tabs` permission: the popup is not told the address of chrome:// pages or files it cannot read.
    for (const url of [undefined, 'chrome://settings/', 'file:///home/u/a.html', 'https://chromewebstore.google.com/detail/x']) {
      expect(await note(url)).toBe('扩展无法读取当前标签页（浏览器自己的页面、应用商店或本地文件）。');
    }
    expect(await note('https://rsj.example.gov.cn/a.html')).toBeNull();
    expect(await note('https://rsj.example.gov.cn/pdf-viewer/list.html')).toBeNull();
  });
});
