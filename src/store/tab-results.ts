/**
 * Extraction results per tab and frame, held by the background. A Chrome MV3 service worker is stopped when idle,
 * so results live in `storage.session` (memory-only, cleared with the browser session); where that area does not
 * exist (Firefox MV2) they live in memory with a `storage.local` copy that is cleared at startup.
 *
 * `storage.session` holds 10 MB for the whole extension. So that dense pages cannot crowd the others out unseen, one
 * tab's entry keeps at most ENTRY_BUDGET bytes of records, and when the area is full anyway the oldest entries of other
 * tabs give up their records; either way the entry says how many of its figures it kept (`kept`), for the popup to say.
 */
import type { IndicatorRecord, TabResult } from '../model';

const KEY_PREFIX = 'tab-results:v1:';

/** The part of a `storage` area used here (chrome and polyfill typings both fit it). */
export interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface TabResultEntry extends TabResult {
  /** The tab's top-level URL when the result was stored; a navigation away from it drops the entry. */
  topUrl: string;
}

export interface TabResultsStore {
  /**
   * Keeps an entry. The write begins in a later task: handing a large result to the storage area costs the
   * worker tens of milliseconds, which should not delay the reply that the page is waiting for. Operations still
   * apply in the order they were called.
   */
  put(entry: TabResultEntry): Promise<void>;
  forTab(tabId: number): Promise<TabResultEntry[]>;
  all(): Promise<TabResultEntry[]>;
  dropTab(tabId: number): Promise<void>;
  /** Drops the tab's entries recorded under another top-level URL; returns whether anything was dropped. */
  dropUnlessUrl(tabId: number, topUrl: string): Promise<boolean>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Bytes of records one tab's entry keeps: a fifth of `storage.session`'s 10 MB, so five dense tabs fit whole. */
export const ENTRY_BUDGET = 2 * 1024 * 1024;

const encoder = new TextEncoder();
/** What the area counts: the JSON of a value, in UTF-8 bytes. */
const bytesOf = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;

/** The entry with as many of its records, in page order, as fit the budget; `kept` says so when some did not. */
export function withinBudget(entry: TabResultEntry, budget = ENTRY_BUDGET): TabResultEntry {
  const records = entry.result.records;
  if (bytesOf(entry) <= budget) return entry;
  let used = bytesOf({ ...entry, result: { ...entry.result, records: [] }, kept: { records: records.length, of: records.length } });
  let k = 0;
  for (; k < records.length; k++) {
    const size = bytesOf(records[k]) + 1; // (+1: the comma between records)
    if (used + size > budget) break;
    used += size;
  }
  return keeping(entry, records.slice(0, k));
}

/** The entry with only `records` of its figures, saying how many of how many it kept. */
function keeping(entry: TabResultEntry, records: IndicatorRecord[]): TabResultEntry {
  return { ...entry, result: { ...entry.result, records }, kept: { records: records.length, of: entry.kept?.of ?? entry.result.records.length } };
}

/** An entry whose figures gave way to newer ones: it still names its page, and says it kept none. */
const emptied = (entry: TabResultEntry): TabResultEntry => keeping(entry, []);

const keyOf = (tabId: number, frameId: number) => `${KEY_PREFIX}${tabId}:${frameId}`;

/** The fragment never changes the document, so it does not count as navigating away. */
export function sameDocumentUrl(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

export function createTabResultsStore(area: StorageArea, options: { entryBudget?: number } = {}): TabResultsStore {
  // Serialise writes: put/drop of the same tab race when a page re-annotates while navigating.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  };

  async function all(): Promise<TabResultEntry[]> {
    const items = await area.get(null);
    return Object.entries(items)
      .filter(([k]) => k.startsWith(KEY_PREFIX))
      .map(([, v]) => v as TabResultEntry)
      .sort((a, b) => a.tabId - b.tabId || a.frameId - b.frameId);
  }

  const forTab = async (tabId: number) => (await all()).filter((e) => e.tabId === tabId);

  return {
    put: (entry) =>
      serial(async () => {
        await nextTask();
        const kept = withinBudget(entry, options.entryBudget);
        const key = keyOf(entry.tabId, entry.frameId);
        // Full: the oldest other entries give up their records, one at a time, until this one fits.
        for (;;) {
          try {
            await area.set({ [key]: kept });
            return;
          } catch (err) {
            const oldest = (await all())
              .filter((e) => keyOf(e.tabId, e.frameId) !== key && e.result.records.length > 0)
              .sort((a, b) => a.updatedAt - b.updatedAt)[0];
            if (!oldest) {
              // Nothing left to make room with: the tab is still listed, without its figures.
              await area.set({ [key]: emptied(kept) }).catch(() => undefined);
              throw err;
            }
            await area.set({ [keyOf(oldest.tabId, oldest.frameId)]: emptied(oldest) });
          }
        }
      }),
    forTab,
    all,
    dropTab: (tabId) =>
      serial(async () => {
        const keys = (await forTab(tabId)).map((e) => keyOf(e.tabId, e.frameId));
        if (keys.length) await area.remove(keys);
      }),
    dropUnlessUrl: (tabId, topUrl) =>
      serial(async () => {
        const stale = (await forTab(tabId)).filter((e) => !sameDocumentUrl(e.topUrl, topUrl));
        if (stale.length) await area.remove(stale.map((e) => keyOf(e.tabId, e.frameId)));
        return stale.length > 0;
      }),
  };
}

/** A storage area in memory, mirrored to `storage.local` so a reloaded Firefox event page finds it again. */
export function createMirroredArea(local: StorageArea): StorageArea {
  let memory: Record<string, unknown> | null = null;
  const load = async () => {
    if (memory) return memory;
    const items = await local.get(null);
    memory = Object.fromEntries(Object.entries(items).filter(([k]) => k.startsWith(KEY_PREFIX)));
    return memory;
  };
  return {
    async get() {
      return { ...(await load()) };
    },
    async set(items) {
      Object.assign(await load(), items);
      await local.set(items);
    },
    async remove(keys) {
      const mem = await load();
      for (const k of Array.isArray(keys) ? keys : [keys]) delete mem[k];
      await local.remove(keys);
    },
  };
}

/** Clears entries a previous browser session left in `storage.local` (tab ids are not stable across sessions). */
export async function clearStaleMirror(local: StorageArea): Promise<void> {
  const items = await local.get(null);
  const keys = Object.keys(items).filter((k) => k.startsWith(KEY_PREFIX));
  if (keys.length) await local.remove(keys);
}
