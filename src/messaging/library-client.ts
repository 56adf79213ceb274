/**
 * The library as an extension page asks for it: in pages and chunks, so a library of any size (150,000 entries, a
 * 70 MB import file) is listed, imported and deleted without one message past the browser's 64 MiB limit.
 */
import { readLibraryFile } from '../export/import';
import type { LibraryItem, LibraryQuery } from '../store/library-types';
import { LIBRARY_PAGE, type ResponseOf, type Send } from './protocol';

/** Keys per delete or restore message. */
const KEYS_PER_MESSAGE = 10_000;

/** Every entry matching the query, newest first, a page at a time. */
export async function listAllEntries(send: Send, query?: LibraryQuery): Promise<LibraryItem[]> {
  const out: LibraryItem[] = [];
  for (;;) {
    const { entries, total } = await send('library:list', { ...(query && { query }), page: { offset: out.length, limit: LIBRARY_PAGE } });
    for (const e of entries) out.push(e);
    // (A short page is the last, whatever the total says.)
    if (entries.length < LIBRARY_PAGE || !(out.length < total)) return out;
  }
}

/**
 * An exported library file, checked whole here first — a malformed file changes nothing — then stored a chunk at a
 * time. (Each chunk is stored whole or not at all; a storage failure after the first chunk leaves the chunks before it,
 * and the error says so.)
 */
export async function importLibraryFile(send: Send, json: string): Promise<ResponseOf<'library:import'>> {
  const file = readLibraryFile(json);
  if (!file.ok) return file;
  const { raw } = file;
  let added = 0;
  let duplicates = 0;
  for (let i = 0; i < raw.length; i += LIBRARY_PAGE) {
    const reply = await send('library:import-entries', { entries: raw.slice(i, i + LIBRARY_PAGE) });
    if (!reply.ok) return { ok: false, error: i === 0 ? reply.error : `${reply.error} (after ${added + duplicates} entries were stored)` };
    added += reply.added;
    duplicates += reply.duplicates;
  }
  return { ok: true, added, duplicates };
}

/** Deletes (or restores) any number of entries, a message per KEYS_PER_MESSAGE keys. */
export async function inChunks(keys: readonly string[], each: (chunk: string[]) => Promise<number>): Promise<number> {
  let n = 0;
  for (let i = 0; i < keys.length; i += KEYS_PER_MESSAGE) n += await each(keys.slice(i, i + KEYS_PER_MESSAGE));
  return n;
}
