/**
 * Figures in a series joined by 、/和: 最低工资标准分别为2200元、2000元、1800元 — a figure with nothing but a separator
 * before it measures the same thing as the figure before it, when it is in the same unit.
 */
import type { Quantity } from '../numbers/types';
import { PER_UNIT, type Rule } from './candidate';

// (1850元/月、1730元/月和1610元/月: each figure's per-month or per-hour tail before the next.)
export const SERIES_SEPARATOR = new RegExp(`^(?:\\s*${PER_UNIT})?\\s*[、和及与]\\s*$`);
/** A list longer than this is a table flattened into text, not a series of figures of one measure. */
export const MAX_SERIES = 40;

/** Index of the first figure of the 、-series that contains quantities[index]. */
export function seriesStart(text: string, quantities: readonly Quantity[], index: number): number {
  let first = index;
  while (first > 0 && index - first < MAX_SERIES && SERIES_SEPARATOR.test(text.slice(quantities[first - 1]!.end, quantities[first]!.start))) first--;
  return first;
}

/** Number of figures in the series starting at `first`. */
export function seriesLength(text: string, quantities: readonly Quantity[], first: number): number {
  let n = 1;
  while (n < MAX_SERIES && first + n < quantities.length && SERIES_SEPARATOR.test(text.slice(quantities[first + n - 1]!.end, quantities[first + n]!.start))) n++;
  return n;
}

export const seriesMember: Rule = ({ text, quantities, index, previous }) => {
  if (index === 0) return null;
  const q = quantities[index]!;
  const before = quantities[index - 1]!;
  if (!SERIES_SEPARATOR.test(text.slice(before.end, q.start))) return null;
  const head = previous[previous.length - 1];
  if (!head || head.quantity !== before || head.kind === 'progress' || head.indicator === 'other') return null;
  if (head.unit !== q.unit && !(q.unit === '' && head.quantity.unit === '')) return null;
  return { indicator: head.indicator, label: head.label, unit: head.unit, quantity: q, start: q.start, end: q.end, gapStart: q.start, seriesOf: head };
};
