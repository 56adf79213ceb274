/** The identity of a clipped figure: the same figure from the same passage is stored once. */
import type { IndicatorRecord } from '../extract/types';
import type { SourceRef } from '../model';
import type { LibraryEntry } from './library-types';

export function libraryKey(record: IndicatorRecord, source: Pick<SourceRef, 'url' | 'quote'>): string {
  return JSON.stringify([
    record.indicator,
    record.value,
    record.max ?? null,
    record.unit,
    record.comparator,
    record.kind,
    record.region,
    record.period,
    source.url,
    source.quote,
  ]);
}

export function searchText(entry: Pick<LibraryEntry, 'record' | 'source' | 'note'>): string {
  const { record, source, note } = entry;
  return [record.label, record.indicator, record.region, record.period, source.title, source.url, source.quote, note]
    .filter((s): s is string => typeof s === 'string' && s !== '')
    .join('\n')
    .toLowerCase();
}
