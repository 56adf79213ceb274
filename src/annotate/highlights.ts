/** Registers figure ranges in the CSS Custom Highlight registry: the page's DOM and text stay untouched. */
import type { IndicatorRecord } from '../extract/types';
import { highlightName, type HighlightName } from './styles';

const PAINTED: HighlightName[] = ['target', 'actual', 'progress', 'masked'];

export const highlightApiAvailable = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export function kindOf(record: Pick<IndicatorRecord, 'kind' | 'masked'>): HighlightName {
  return record.masked ? 'masked' : record.kind;
}

export function paintHighlights(items: ReadonlyArray<{ record: IndicatorRecord; range: AbstractRange }>): void {
  if (!highlightApiAvailable()) return;
  const groups = new Map<HighlightName, AbstractRange[]>(PAINTED.map((k) => [k, []]));
  for (const { record, range } of items) groups.get(kindOf(record))!.push(range);
  for (const [kind, ranges] of groups) {
    if (ranges.length) CSS.highlights.set(highlightName(kind), new Highlight(...ranges));
    else CSS.highlights.delete(highlightName(kind));
  }
}

export function clearHighlights(): void {
  if (!highlightApiAvailable()) return;
  for (const kind of [...PAINTED, 'focus', 'flash'] as HighlightName[]) CSS.highlights.delete(highlightName(kind));
}

/** Marks the figure whose card is open (null clears). */
export function setFocusHighlight(range: AbstractRange | null): void {
  if (!highlightApiAvailable()) return;
  if (range) CSS.highlights.set(highlightName('focus'), new Highlight(range));
  else CSS.highlights.delete(highlightName('focus'));
}

/** A short-lived highlight that draws the eye to a passage just scrolled to. */
export function flashHighlight(range: AbstractRange, signal: AbortSignal, ms = 1600): void {
  if (!highlightApiAvailable()) return;
  const name = highlightName('flash');
  const highlight = new Highlight(range);
  CSS.highlights.set(name, highlight);
  const timer = setTimeout(clear, ms);
  signal.addEventListener('abort', clear, { once: true });
  function clear() {
    clearTimeout(timer);
    if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
  }
}
