/** Turns tab results and library entries into comparison inputs. */
import type { CompareInput } from '../../compare/types';
import type { ClipEntry, SourceRef, TabResult } from '../../messaging/protocol';
import type { LibraryItem } from '../../store/library-types';
import type { Figure } from '../../compare/types';

/** Records get the page's region and period when they have none, so a clipped figure keeps them. */
export function tabInputs(results: readonly TabResult[]): CompareInput[] {
  return results
    .filter((r) => r.result.records.length > 0)
    .map((r) => ({
      source: { url: r.url, title: r.title, tabId: r.tabId },
      origin: 'tab' as const,
      region: r.result.region,
      period: r.result.period,
      records: r.result.records.map((record) =>
        record.region && record.period
          ? record
          : { ...record, region: record.region || r.result.region, period: record.period || r.result.period },
      ),
    }));
}

/** Library entries grouped by page, keeping each entry's key so a cell can point back at it. */
export function libraryInputs(entries: readonly LibraryItem[]): CompareInput[] {
  const byUrl = new Map<string, CompareInput & { keys: string[] }>();
  for (const e of entries) {
    let input = byUrl.get(e.source.url);
    if (!input) {
      input = { source: { url: e.source.url, title: e.source.title }, origin: 'library', region: null, period: null, records: [], keys: [] };
      byUrl.set(e.source.url, input);
    }
    input.records.push(e.record);
    input.keys.push(e.key);
  }
  return [...byUrl.values()];
}

/** The passage to find again: the library keeps the context; a tab figure has its quote only. */
export function sourceRefOf(figure: Figure, library: ReadonlyMap<string, LibraryItem>): SourceRef {
  const stored = figure.libraryKey === undefined ? undefined : library.get(figure.libraryKey);
  if (stored) return stored.source;
  return { url: figure.source.url, title: figure.source.title, quote: figure.record.text, prefix: '', suffix: '' };
}

export function clipOf(figure: Figure, library: ReadonlyMap<string, LibraryItem>): ClipEntry {
  return { record: figure.record, source: sourceRefOf(figure, library) };
}
