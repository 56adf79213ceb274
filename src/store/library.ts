/** The clipped library: IndexedDB through `idb`, de-duplicated, searchable, with delete-and-undo. */
import { openDB, type IDBPDatabase } from 'idb';
import type { ClipEntry } from '../model';
import { rowKeyOf } from '../compare/row-order';
import { libraryKey, searchText } from './library-key';
import { ENTRIES, LIBRARY_DB_NAME, LIBRARY_DB_VERSION, MIGRATIONS, type LibrarySchema } from './library-schema';
import type { LibraryEntry, LibraryQuery } from './library-types';

/** How long a deleted entry stays restorable. */
export const UNDO_WINDOW_MS = 10 * 60 * 1000;
const PURGE_EVERY_MS = 60 * 1000;

export interface ImportEntry extends ClipEntry {
  clippedAt: number;
}

export interface Library {
  add(entries: readonly ClipEntry[]): Promise<{ added: number; duplicates: number }>;
  /** Live entries matching the query, newest clip first. */
  list(query?: LibraryQuery): Promise<LibraryEntry[]>;
  count(): Promise<number>;
  setNote(key: string, note: string): Promise<boolean>;
  /** Soft delete; `restore` with the same keys undoes it within UNDO_WINDOW_MS. */
  remove(keys: readonly string[]): Promise<{ removed: number }>;
  restore(keys: readonly string[]): Promise<{ restored: number }>;
  /** Adds already validated entries in one transaction: all of them or, on any failure, none. */
  importEntries(entries: readonly ImportEntry[]): Promise<{ added: number; duplicates: number }>;
  close(): void;
}

export async function openLibraryDb(
  name = LIBRARY_DB_NAME,
  version = LIBRARY_DB_VERSION,
): Promise<IDBPDatabase<LibrarySchema>> {
  return openDB<LibrarySchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // Each step awaits only IndexedDB requests, so the versionchange transaction stays open throughout.
      const steps = MIGRATIONS.slice(oldVersion, newVersion ?? version);
      void steps.reduce<Promise<void>>((prev, step) => prev.then(() => step(db, tx)), Promise.resolve());
    },
  });
}

function matches(entry: LibraryEntry, q: LibraryQuery): boolean {
  const r = entry.record;
  if (q.indicator && r.indicator !== q.indicator && rowKeyOf(r) !== q.indicator) return false;
  if (q.region && r.region !== q.region) return false;
  if (q.period && r.period !== q.period) return false;
  if (q.url && entry.source.url !== q.url) return false;
  if (q.text) {
    const words = q.text.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.every((w) => entry.search.includes(w))) return false;
  }
  return true;
}

function newEntry(clip: ClipEntry, clippedAt: number): LibraryEntry {
  const note = clip.note ?? '';
  return {
    key: libraryKey(clip.record, clip.source),
    record: clip.record,
    source: clip.source,
    note,
    clippedAt,
    updatedAt: clippedAt,
    deletedAt: null,
    search: searchText({ record: clip.record, source: clip.source, note }),
  };
}

export async function openLibrary(
  options: { name?: string; now?: () => number } = {},
): Promise<Library> {
  const db = await openLibraryDb(options.name);
  const now = options.now ?? Date.now;
  // Live entries, newest first, kept between reads: every popup open lists the library. This connection is the
  // only writer (extension pages go through the background), so each write below simply drops it.
  let live: Promise<LibraryEntry[]> | null = null;
  /**
   * Callers at the same time share one read: the library view lists the whole library twice at once (all entries,
   * and those matching its search), and two reads of 150,000 entries side by side could exhaust the worker's memory.
   */
  function liveEntries(): Promise<LibraryEntry[]> {
    if (!live) {
      const load = db
        .getAllFromIndex(ENTRIES, 'clippedAt')
        .then((all) => all.filter((e) => e.deletedAt === null).sort((a, b) => b.clippedAt - a.clippedAt));
      live = load;
      load.catch(() => {
        if (live === load) live = null; // not kept: the next caller reads again
      });
    }
    return live;
  }

  // Writes below put every request of a transaction in flight at once and await only its end: awaiting each
  // request in turn costs a round trip apiece, which made a 100,000-entry import take minutes.
  async function putAll(entries: readonly LibraryEntry[]) {
    live = null;
    const tx = db.transaction(ENTRIES, 'readwrite');
    const existing = await Promise.all(entries.map((entry) => tx.store.get(entry.key)));
    const seen = new Set<string>();
    let added = 0;
    let duplicates = 0;
    entries.forEach((entry, i) => {
      const stored = existing[i];
      if (seen.has(entry.key) || (stored && stored.deletedAt === null)) {
        duplicates += 1;
        return;
      }
      seen.add(entry.key);
      // Clipping again what was deleted brings it back.
      tx.store.put(entry).catch(() => undefined); // a failed put aborts the transaction: tx.done says so
      added += 1;
    });
    await tx.done;
    return { added, duplicates };
  }

  let lastPurge = -Infinity;
  async function purgeExpired() {
    const t = now();
    // It reads every entry, and deleting a big library sends many messages in a row: once a minute is enough.
    if (t - lastPurge < PURGE_EVERY_MS) return;
    lastPurge = t;
    const limit = t - UNDO_WINDOW_MS;
    const tx = db.transaction(ENTRIES, 'readwrite');
    for (const entry of await tx.store.getAll()) {
      if (entry.deletedAt !== null && entry.deletedAt < limit) tx.store.delete(entry.key).catch(() => undefined);
    }
    await tx.done;
  }

  async function setDeleted(keys: readonly string[], deletedAt: number | null) {
    live = null;
    const tx = db.transaction(ENTRIES, 'readwrite');
    const entries = await Promise.all([...new Set(keys)].map((key) => tx.store.get(key)));
    const at = now();
    let changed = 0;
    for (const entry of entries) {
      if (!entry || (entry.deletedAt === null) === (deletedAt === null)) continue;
      tx.store.put({ ...entry, deletedAt, updatedAt: at }).catch(() => undefined);
      changed += 1;
    }
    await tx.done;
    return changed;
  }

  return {
    add(clips) {
      const t = now();
      return putAll(clips.map((c) => newEntry(c, t)));
    },
    async list(query = {}) {
      const entries = await liveEntries();
      return Object.values(query).some(Boolean) ? entries.filter((e) => matches(e, query)) : [...entries];
    },
    async count() {
      return (await liveEntries()).length;
    },
    async setNote(key, note) {
      live = null;
      const tx = db.transaction(ENTRIES, 'readwrite');
      const entry = await tx.store.get(key);
      if (!entry || entry.deletedAt !== null) {
        await tx.done;
        return false;
      }
      const next = { ...entry, note, updatedAt: now() };
      await tx.store.put({ ...next, search: searchText(next) });
      await tx.done;
      return true;
    },
    async remove(keys) {
      await purgeExpired();
      return { removed: await setDeleted(keys, now()) };
    },
    async restore(keys) {
      return { restored: await setDeleted(keys, null) };
    },
    importEntries(entries) {
      return putAll(entries.map((e) => newEntry(e, e.clippedAt)));
    },
    close() {
      db.close();
    },
  };
}
