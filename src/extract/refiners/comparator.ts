/**
 * A figure's comparator: what the scanner read after the number (以上, 以内, 左右, 余, a range) wins; otherwise a
 * prefix written between the label and the number (超过, 不低于, 约, 近); otherwise a plain '='.
 */
import type { Comparator } from '../types';
import { COMPARATOR_PREFIXES } from '../lexicon/cues';
import { literalAlternation } from '../text/alternation';
import type { Candidate } from '../rules/candidate';

const PREFIX_AT_END = new RegExp(`(?:${literalAlternation(Object.keys(COMPARATOR_PREFIXES))})$`);

export function refineComparator(text: string, c: Candidate): Comparator {
  if (c.quantity.comparator) return c.quantity.comparator;
  const gap = text.slice(c.gapStart, c.quantity.start);
  const m = PREFIX_AT_END.exec(gap);
  return m ? (COMPARATOR_PREFIXES[m[0]] ?? '=') : '=';
}
