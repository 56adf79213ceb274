/**
 * Which figures of the comparison are in the library, so each shows ★ instead of ☆: what the library holds for the
 * open tabs' pages (or the whole library, when it is included anyway), kept up to date by the clips and removals made
 * from this view.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Figure } from '../../compare/types';
import type { ClipEntry } from '../../messaging/protocol';
import { clippedIdentity, libraryKey } from '../../store/library-key';
import type { LibraryItem } from '../../store/library-types';
import type { CompareApi } from './api';
import type { ComparisonData } from './use-comparison-data';

/** Identity → the keys of the library entries holding that figure. */
type ClippedIndex = ReadonlyMap<string, readonly string[]>;

function indexOf(items: readonly LibraryItem[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const item of items) {
    const id = clippedIdentity(item.record, item.source);
    const keys = index.get(id);
    if (keys) keys.push(item.key);
    else index.set(id, [item.key]);
  }
  return index;
}

export function figureIdentity(f: Figure, library: ReadonlyMap<string, LibraryItem>): string {
  const stored = f.libraryKey === undefined ? undefined : library.get(f.libraryKey);
  if (stored) return clippedIdentity(stored.record, stored.source);
  return clippedIdentity(f.record, { url: f.source.url, quote: f.record.text });
}

/** The library entries of the open tabs' pages; the whole library when the view loaded it already. */
async function loadFor(api: CompareApi, data: ComparisonData, includeLibrary: boolean): Promise<LibraryItem[]> {
  if (includeLibrary) return data.library;
  const urls = [...new Set(data.tabs.filter((r) => r.result.records.length > 0).map((r) => r.url))];
  return (await Promise.all(urls.map((url) => api.libraryList({ url })))).flat();
}

export function useClipped(
  api: CompareApi,
  data: ComparisonData | null,
  includeLibrary: boolean,
  libraryByKey: ReadonlyMap<string, LibraryItem>,
) {
  const [index, setIndex] = useState<ClippedIndex>(new Map());
  useEffect(() => {
    if (!data) return;
    let live = true;
    // The stars follow the table: a failed look-up leaves ☆, which clipping again answers with "already clipped".
    loadFor(api, data, includeLibrary)
      .then((items) => live && setIndex(indexOf(items)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [api, data, includeLibrary]);

  const keysOf = useCallback(
    (f: Figure): readonly string[] => index.get(figureIdentity(f, libraryByKey)) ?? [],
    [index, libraryByKey],
  );
  return useMemo(
    () => ({
      isClipped: (f: Figure) => keysOf(f).length > 0,
      keysOf,
      /** Entries the library now holds (added or already there). */
      added(entries: readonly ClipEntry[]) {
        setIndex((cur) => {
          const next = new Map(cur);
          for (const e of entries) {
            const id = clippedIdentity(e.record, e.source);
            const key = libraryKey(e.record, e.source);
            const keys = next.get(id) ?? [];
            if (!keys.includes(key)) next.set(id, [...keys, key]);
          }
          return next;
        });
      },
      /** Entries removed from the library. */
      removed(keys: readonly string[]) {
        const gone = new Set(keys);
        setIndex((cur) => {
          const next = new Map<string, readonly string[]>();
          for (const [id, ks] of cur) {
            const left = ks.filter((k) => !gone.has(k));
            if (left.length > 0) next.set(id, left);
          }
          return next;
        });
      },
    }),
    [keysOf],
  );
}

export type ClippedState = ReturnType<typeof useClipped>;
