/**
 * Passages referred to by quote and context: building the SourceRef when a figure is clipped, and finding the
 * passage again on the live page later (the page may have changed around it, so context decides between repeats).
 */
import type { IndicatorRecord } from '../extract/types';
import type { SourceRef } from '../messaging/protocol';

export const CONTEXT_CHARS = 32;

export function sourceRefFor(
  text: string,
  record: Pick<IndicatorRecord, 'start' | 'end' | 'text'>,
  page: { url: string; title: string },
): SourceRef {
  return {
    url: page.url,
    title: page.title,
    quote: text.slice(record.start, record.end) || record.text,
    prefix: text.slice(Math.max(0, record.start - CONTEXT_CHARS), record.start),
    suffix: text.slice(record.end, record.end + CONTEXT_CHARS),
  };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Offsets of the occurrence of `source.quote` in `text` whose surroundings best match the stored prefix and
 * suffix; null when the quote no longer occurs.
 */
export function findQuote(text: string, source: Pick<SourceRef, 'quote' | 'prefix' | 'suffix'>): { start: number; end: number } | null {
  const { quote, prefix, suffix } = source;
  if (!quote) return null;
  let best: { start: number; end: number } | null = null;
  let bestScore = -1;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    const end = at + quote.length;
    const score =
      commonSuffixLength(text.slice(Math.max(0, at - prefix.length), at), prefix) +
      commonPrefixLength(text.slice(end, end + suffix.length), suffix);
    if (score > bestScore) {
      bestScore = score;
      best = { start: at, end };
    }
  }
  return best;
}

const SENTENCE_END = /[。！？!?；;\n]/;

/** The sentence around [start, end), cut to `max` characters around the figure when it runs long. */
export function sentenceAround(text: string, start: number, end: number, max = 160): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  if (to < text.length) to++; // keep the full stop
  from = Math.max(from, start - Math.floor(max / 2));
  to = Math.min(to, Math.max(end, from + max));
  const head = from > 0 && !SENTENCE_END.test(text[from - 1]!) ? '…' : '';
  const tail = to < text.length && !SENTENCE_END.test(text[to - 1]!) ? '…' : '';
  return head + text.slice(from, to).trim() + tail;
}
