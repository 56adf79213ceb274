/** Settings for the browser: the store over this browser's storage areas, and the pure helpers. */
import { browser } from 'wxt/browser';
import { createSettingsStore, type SettingsStore } from './store';

export * from './types';
export { isHostDisabled, normalizeHost, withHost, withoutHost } from './hosts';
export { normalizeSettings } from './normalize';

let store: SettingsStore | null = null;

export function browserSettings(): SettingsStore {
  store ??= createSettingsStore({
    sync: browser.storage.sync,
    local: browser.storage.local,
    onChanged: browser.storage.onChanged,
  });
  return store;
}
