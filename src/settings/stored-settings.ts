/** The stored settings object as it is, from whichever of the synced and local copies was saved last. */

export const SETTINGS_KEY = 'settings';

/** The part of a storage area the settings code uses (browser.storage.sync/local, or a test double). */
export interface Area {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

async function readOne(area: Area | undefined): Promise<{ value: unknown; savedAt: number } | null> {
  if (!area) return null;
  try {
    const got = await area.get(SETTINGS_KEY);
    if (!(SETTINGS_KEY in got)) return null;
    const value = got[SETTINGS_KEY];
    const savedAt = (value as { savedAt?: unknown } | null)?.savedAt;
    return { value, savedAt: typeof savedAt === 'number' && Number.isFinite(savedAt) ? savedAt : 0 };
  } catch {
    return null; // sync disabled by policy, or unavailable in this context
  }
}

/** undefined when nothing is stored. */
export async function readRaw(areas: { sync?: Area; local: Area }): Promise<unknown> {
  const [synced, local] = await Promise.all([readOne(areas.sync), readOne(areas.local)]);
  if (synced && local) return synced.savedAt >= local.savedAt ? synced.value : local.value;
  return (synced ?? local)?.value;
}
