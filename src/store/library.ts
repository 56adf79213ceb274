/** The clipped library: IndexedDB through `idb`, de-duplicated, searchable, with delete-and-undo. */
import { openDB, type IDBPDatabase } from 'idb';
import type { ClipEntry } from '../model';
import { rowKeyOf } from '../compare/row-order';
import { libraryKey, searchText } from './library-key';
import { ENTRIES, LIBRARY_DB_NAME, LIBRARY_DB_VERSION, MIGRATIONS, type LibrarySchema } from './library-schema';
import type { LibraryEntry, LibraryQuery } from './library-types';

/** How long a deleted entry stays restorable. */
export const UNDO_WINDOW_MS = 10 * 60 * 1000;

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
  let live: LibraryEntry[] | null = null;
  async function liveEntries(): Promise<LibraryEntry[]> {
    if (!live) {
      const all = await db.getAllFromIndex(ENTRIES, 'clippedAt');
      live = all.filter((e) => e.deletedAt === null).sort((a, b) => b.clippedAt - a.clippedAt);
    }
    return live;
  }

  async function putAll(entries: readonly LibraryEntry[]) {
    live = null;
    const tx = db.transaction(ENTRIES, 'readwrite');
    let added = 0;
    let duplicates = 0;
    for (const entry of entries) {
      const existing = await tx.store.get(entry.key);
      if (existing && existing.deletedAt === null) {
        duplicates += 1;
        continue;
      }
      // Clipping again what was deleted brings it back.
      await tx.store.put(entry);
      added += 1;
    }
    await tx.done;
    return { added, duplicates };
  }

  async function purgeExpired() {
    const limit = now() - UNDO_WINDOW_MS;
    const tx = db.transaction(ENTRIES, 'readwrite');
    let cursor = await tx.store.openCursor();
    while (cursor) {
      if (cursor.value.deletedAt !== null && cursor.value.deletedAt < limit) await cursor.delete();
      cursor = await cursor.continue();
    }
    await tx.done;
  }

  async function setDeleted(keys: readonly string[], deletedAt: number | null) {
    live = null;
    const tx = db.transaction(ENTRIES, 'readwrite');
    let changed = 0;
    for (const key of keys) {
      const entry = await tx.store.get(key);
      if (!entry || (entry.deletedAt === null) === (deletedAt === null)) continue;
      await tx.store.put({ ...entry, deletedAt, updatedAt: now() });
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
