import { scanQuantities } from '../../../../src/extract/numbers';
import type { Quantity } from '../../../../src/extract/numbers/types';

/** A quantity with its span shown as text, which is what a reader of a failing test wants to see. */
export type Seen = Omit<Quantity, 'start' | 'end'> & { text: string };

export function scan(text: string): Seen[] {
  return scanQuantities(text).map(({ start, end, ...rest }) => ({ text: text.slice(start, end), ...rest }));
}

export function spans(text: string): string[] {
  return scan(text).map((q) => q.text);
}
