/**
 * Two measures joined before one figure they share (城镇调查失业率和登记失业率稳定在4.3%左右): the figure a rule gave the
 * second label is the first's as well. Not a rule of its own — it adds a second reading of a figure a rule has read.
 */
import { unitFor, type Candidate } from './candidate';
import type { IndicatorMatcher } from '../lexicon/matcher';
import type { Span } from '../text/sentences';

/** The joining word right before the second label: 和, 与, 及, 以及. */
const JOINED = /(?:和|与|及|以及)$/;
const JOIN_REACH = 24;
/** A 分别 list pairs its measures with figures of their own. */
const RESPECTIVELY = /分别/;

export function sharedFigure(text: string, sentence: Span, c: Candidate, matcher: IndicatorMatcher): Candidate | null {
  if (c.indicator === 'other' || c.kind === 'progress' || c.start <= sentence.start) return null;
  const join = JOINED.exec(text.slice(Math.max(sentence.start, c.start - 2), c.start));
  if (!join) return null;
  const joinStart = c.start - join[0].length;
  if (RESPECTIVELY.test(text.slice(c.start, c.quantity.start))) return null;
  const labels = matcher.labelsIn(text, Math.max(sentence.start, joinStart - JOIN_REACH), joinStart);
  const first = labels[labels.length - 1];
  if (!first || first.end !== joinStart || first.def.id === c.indicator || first.def.id === 'other') return null;
  const unit = unitFor(c.quantity, first.def);
  if (unit === null) return null;
  return { ...c, indicator: first.def.id, label: first.text, unit, start: first.start };
}
