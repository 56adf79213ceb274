/**
 * Settings storage: `storage.sync` so a user's settings follow them between machines, with `storage.local` as the
 * fallback when sync is missing or refuses the write (quota, policy). Both copies carry `savedAt`; the newer wins.
 */
import { normalizeSettings } from './normalize';
import { readRaw, SETTINGS_KEY, type Area } from './stored-settings';
import type { Settings } from './types';

type ChangeListener = (changes: Record<string, unknown>, areaName: string) => void;

export interface SettingsAreas {
  sync?: Area;
  local: Area;
  onChanged?: { addListener(l: ChangeListener): void; removeListener(l: ChangeListener): void };
}

export { SETTINGS_KEY, type Area };

export interface SettingsStore {
  load(): Promise<Settings>;
  /** Validates (normalizes) and saves; resolves with what was stored and where. */
  save(next: Settings, now?: number): Promise<{ settings: Settings; area: 'sync' | 'local' }>;
  /** Calls back with the new settings whenever either copy changes; returns the unsubscribe function. */
  watch(callback: (settings: Settings) => void, signal?: AbortSignal): () => void;
}

export function createSettingsStore(areas: SettingsAreas): SettingsStore {
  const load = async () => normalizeSettings(await readRaw(areas));
  return {
    load,
    async save(next, now = Date.now()) {
      const settings = normalizeSettings({ ...next, savedAt: now });
      if (areas.sync) {
        try {
          await areas.sync.set({ [SETTINGS_KEY]: settings });
          // An older local copy (from a failed sync write) must not win later.
          await areas.local.remove(SETTINGS_KEY);
          return { settings, area: 'sync' };
        } catch {
          // fall through to local
        }
      }
      await areas.local.set({ [SETTINGS_KEY]: settings });
      return { settings, area: 'local' };
    },
    watch(callback, signal) {
      let last = '';
      const listener = (changes: Record<string, unknown>, areaName: string) => {
        if (!(SETTINGS_KEY in changes) || (areaName !== 'sync' && areaName !== 'local')) return;
        // One save touches both areas (write one, clear the other); report each distinct state once.
        void load().then((settings) => {
          const json = JSON.stringify(settings);
          if (json === last) return;
          last = json;
          callback(settings);
        });
      };
      areas.onChanged?.addListener(listener);
      const stop = () => areas.onChanged?.removeListener(listener);
      signal?.addEventListener('abort', stop, { once: true });
      return stop;
    },
  };
}
