/**
 * Settings storage: `storage.sync` so a user's settings follow them between machines, with `storage.local` as the
 * fallback when sync is missing or refuses the write (quota, policy). Both copies carry `savedAt`; the newer wins.
 */
import { normalizeSettings } from './normalize';
import type { Settings } from './types';

export const SETTINGS_KEY = 'settings';

/** The part of a storage area the store uses (browser.storage.sync/local, or a test double). */
export interface Area {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

type ChangeListener = (changes: Record<string, unknown>, areaName: string) => void;

export interface SettingsAreas {
  sync?: Area;
  local: Area;
  onChanged?: { addListener(l: ChangeListener): void; removeListener(l: ChangeListener): void };
}

async function read(area: Area | undefined): Promise<Settings | null> {
  if (!area) return null;
  try {
    const got = await area.get(SETTINGS_KEY);
    return SETTINGS_KEY in got ? normalizeSettings(got[SETTINGS_KEY]) : null;
  } catch {
    return null; // sync disabled by policy, or unavailable in this context
  }
}

export interface SettingsStore {
  load(): Promise<Settings>;
  /** Validates (normalizes) and saves; resolves with what was stored and where. */
  save(next: Settings, now?: number): Promise<{ settings: Settings; area: 'sync' | 'local' }>;
  /** Calls back with the new settings whenever either copy changes; returns the unsubscribe function. */
  watch(callback: (settings: Settings) => void, signal?: AbortSignal): () => void;
}

export function createSettingsStore(areas: SettingsAreas): SettingsStore {
  const load = async () => {
    const [synced, local] = await Promise.all([read(areas.sync), read(areas.local)]);
    if (synced && local) return synced.savedAt >= local.savedAt ? synced : local;
    return synced ?? local ?? normalizeSettings(undefined);
  };
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
      const listener = (changes: Record<string, unknown>) => {
        if (SETTINGS_KEY in changes) void load().then(callback);
      };
      areas.onChanged?.addListener(listener);
      const stop = () => areas.onChanged?.removeListener(listener);
      signal?.addEventListener('abort', stop, { once: true });
      return stop;
    },
  };
}
