/**
 * The library's IndexedDB schema and its migrations. MIGRATIONS[i] takes the database from version i to i+1;
 * a new schema version is a new function appended here, never an edit of an old one.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { LibraryEntry } from './library-types';
import { searchText } from './library-key';

export const LIBRARY_DB_NAME = 'indicator-lens-library';
export const ENTRIES = 'entries';

export interface LibrarySchema extends DBSchema {
  entries: {
    key: string;
    value: LibraryEntry;
    indexes: { indicator: string; url: string; clippedAt: number };
  };
}

type UpgradeTx = IDBPTransaction<LibrarySchema, 'entries'[], 'versionchange'>;
type Migration = (db: IDBPDatabase<LibrarySchema>, tx: UpgradeTx) => Promise<void> | void;

/** v1 entries: no soft delete, no search text, hard-deleted immediately. */
type V1Entry = Omit<LibraryEntry, 'deletedAt' | 'search'> & Partial<Pick<LibraryEntry, 'deletedAt' | 'search'>>;

export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: one store keyed by the dedupe key, indexed by indicator.
  (db) => {
    const store = db.createObjectStore(ENTRIES, { keyPath: 'key' });
    store.createIndex('indicator', 'record.indicator');
  },
  // 1 → 2: delete with undo (deletedAt), precomputed search text, indexes by source page and clip time.
  async (_db, tx) => {
    const store = tx.objectStore(ENTRIES);
    store.createIndex('url', 'source.url');
    store.createIndex('clippedAt', 'clippedAt');
    let cursor = await store.openCursor();
    while (cursor) {
      const old = cursor.value as V1Entry;
      await cursor.update({ ...old, deletedAt: old.deletedAt ?? null, search: searchText(old) });
      cursor = await cursor.continue();
    }
  },
];

export const LIBRARY_DB_VERSION = MIGRATIONS.length;
