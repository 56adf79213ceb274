/** A settings store over WXT's in-memory fake browser storage, reset for each test. */
import { fakeBrowser } from 'wxt/testing';
import { createSettingsStore, type SettingsStore } from '../../../src/settings/store';

export function fakeSettingsStore(): SettingsStore {
  fakeBrowser.reset();
  return createSettingsStore({
    sync: fakeBrowser.storage.sync,
    local: fakeBrowser.storage.local,
    onChanged: fakeBrowser.storage.onChanged,
  });
}
