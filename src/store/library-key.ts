/** The identity of a clipped figure: the same figure from the same passage is stored once. */
import type { IndicatorRecord } from '../extract/types';
import type { SourceRef } from '../model';
import type { LibraryEntry } from './library-types';

/** What the figure says: indicator, value, unit, comparator and kind. */
const statedParts = (r: IndicatorRecord) => [r.indicator, r.value, r.max ?? null, r.unit, r.comparator, r.kind];

export function libraryKey(record: IndicatorRecord, source: Pick<SourceRef, 'url' | 'quote'>): string {
  return JSON.stringify([...statedParts(record), record.region, record.period, source.url, source.quote]);
}

export function searchText(entry: Pick<LibraryEntry, 'record' | 'source' | 'note'>): string {
  const { record, source, note } = entry;
  return [record.label, record.indicator, record.region, record.period, source.title, source.url, source.quote, note]
    .filter((s): s is string => typeof s === 'string' && s !== '')
    .join('\n')
    .toLowerCase();
}

/**
 * Whether two figures are the same clipped figure, looser than libraryKey: a figure clipped from the in-page card keeps
 * the record as found, while the comparison fills in the page's region and period, so those two are left out here.
 */
export function clippedIdentity(record: IndicatorRecord, source: Pick<SourceRef, 'url' | 'quote'>): string {
  return JSON.stringify([...statedParts(record), source.url, source.quote]);
}
