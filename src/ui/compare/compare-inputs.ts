/** Turns tab results and library entries into comparison inputs. */
import type { CompareInput } from '../../compare/types';
import type { ClipEntry, SourceRef, TabResult } from '../../messaging/protocol';
import type { LibraryItem } from '../../store/library-types';
import type { Figure } from '../../compare/types';
import type { IndicatorRecord } from '../../extract/types';
import { CONTEXT_CHARS, sentenceAround } from '../../annotate/quote';

/** Records get the page's region and period when they have none, so a clipped figure keeps them. */
export function tabInputs(results: readonly TabResult[]): CompareInput[] {
  return results
    .filter((r) => r.result.records.length > 0)
    .map((r) => ({
      source: { url: r.url, title: r.title, tabId: r.tabId, readAt: r.updatedAt },
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

/** The sentence the background kept with an open tab's figure (src/background/annotate-handlers.ts). */
export function keptSentence(record: IndicatorRecord): string {
  const s = (record as IndicatorRecord & { sentence?: unknown }).sentence;
  return typeof s === 'string' ? s : '';
}

/** The record as the spec has it, without the sentence kept beside it: exports and clips hold the spec's fields. */
export function specRecord(record: IndicatorRecord): IndicatorRecord {
  const { sentence: _sentence, ...plain } = record as IndicatorRecord & { sentence?: unknown };
  return plain;
}

/** The passage to find again: the library keeps the context; a tab figure has its quote and kept sentence. */
export function sourceRefOf(figure: Figure, library: ReadonlyMap<string, LibraryItem>): SourceRef {
  const stored = figure.libraryKey === undefined ? undefined : library.get(figure.libraryKey);
  if (stored) return stored.source;
  const quote = figure.record.text;
  const sentence = keptSentence(figure.record);
  const at = sentence.indexOf(quote);
  const [prefix, suffix] = at < 0 ? ['', ''] : [sentence.slice(Math.max(0, at - CONTEXT_CHARS), at), sentence.slice(at + quote.length, at + quote.length + CONTEXT_CHARS)];
  return { url: figure.source.url, title: figure.source.title, quote, prefix, suffix };
}

/** The sentence of a figure: kept with an open tab's, rebuilt from a clip's quote and context. */
export function sentenceOf(figure: Figure, library: ReadonlyMap<string, LibraryItem>): string {
  const kept = keptSentence(figure.record);
  if (kept) return kept;
  return sourceSentence(sourceRefOf(figure, library));
}

/** A clip's sentence, rebuilt from its quote and the context kept either side of it. */
export function sourceSentence({ prefix, quote, suffix }: Pick<SourceRef, 'prefix' | 'quote' | 'suffix'>): string {
  return sentenceAround(prefix + quote + suffix, prefix.length, prefix.length + quote.length);
}

/** When the figure was read: its tab's extraction, or the moment it was clipped. */
export function readAtOf(figure: Figure, library: ReadonlyMap<string, LibraryItem>): number | undefined {
  if (figure.source.readAt !== undefined) return figure.source.readAt;
  return figure.libraryKey === undefined ? undefined : library.get(figure.libraryKey)?.clippedAt;
}

export function clipOf(figure: Figure, library: ReadonlyMap<string, LibraryItem>): ClipEntry {
  return { record: specRecord(figure.record), source: sourceRefOf(figure, library) };
}
