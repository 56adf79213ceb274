/**
 * A minimum wage's standards by the month, listed after the standard is named with no tier or area before each:
 *   月最低工资标准将分三个档次:每月340元(每日16.25元)、每月400元(每日19.12元)、每月450元(每日21.51元)
 * Each figure written by the month (每月340元 before it, 340元/月 after it) is a monthly standard — where the monthly
 * standard is named earlier in the sentence, and nothing between names another measure: no hourly standard, no other
 * wage or sum.
 */
import type { Rule } from './candidate';
import { BRACKETED_ASIDE, lastStandardEnd, PER_HOUR_AFTER, PER_MONTH_AFTER, PER_MONTH_BEFORE } from './wage-tier';
import { lineStartNear } from '../text/paragraph';

/** How far back in the sentence the standard may be named: three tiers, each with its daily figure in brackets. */
const STANDARD_REACH = 120;
/** Between the standard and the figure: no sentence break, and no other measure — the hourly standard, another wage, a sum. */
const SENTENCE_BREAK = /[。！？!?]/;
// (失业保险金标准为最低工资标准的90%(七区每人每月1980元: a share of the standard, then a sum of another measure.)
const OTHER_MEASURE = /^的|%|小时|工资|收入|补贴|补助|津贴|养老|保险|费|增加|提高了|涨了|上调了/;
/** …每人每月325元的生活补助: the figure is the measure named after it. */
const MEASURE_AFTER = /^\s*的(?!标准)/;

export const wagePerMonth: Rule = ({ text, sentence, quantities, index }) => {
  const q = quantities[index]!;
  if (q.unit !== '元' || PER_HOUR_AFTER.test(text.slice(q.end, q.end + 4))) return null;
  const lead = text.slice(Math.max(sentence.start, q.start - 8), q.start);
  const monthBefore = PER_MONTH_BEFORE.exec(lead);
  if (!monthBefore && !PER_MONTH_AFTER.test(text.slice(q.end, q.end + 4))) return null;
  // (…标准分为三档；每月340元；…: a sentence cut at ； still belongs to its line's standard.)
  const lineStart = lineStartNear(text, q.start, STANDARD_REACH);
  const cutAtSemicolon = /[；;]\s*$/.test(text.slice(Math.max(0, sentence.start - 2), sentence.start));
  const scopeStart = Math.max(cutAtSemicolon ? lineStart : sentence.start, q.start - STANDARD_REACH);
  const before = text.slice(scopeStart, q.start);
  const standardEnd = lastStandardEnd(before);
  if (standardEnd < 0) return null;
  // (Asides in brackets, 每日16.25元, are the same standard by the day: they name nothing else.)
  const between = before.slice(standardEnd).replace(BRACKETED_ASIDE, '');
  if (SENTENCE_BREAK.test(between) || OTHER_MEASURE.test(between) || MEASURE_AFTER.test(text.slice(q.end, q.end + 3))) return null;
  const start = monthBefore ? q.start - monthBefore[0].length : q.start;
  return { indicator: 'minimum_wage', label: '月最低工资标准', unit: '元', quantity: q, start, end: q.end, gapStart: start };
};
