/**
 * A minimum wage's standards raised, listed after the ones they replace: 月最低工资标准由一类1620元、二类1520元…，依次调整为
 * 1700元、1600元… The figure right after the last old standard, with nothing between but the verb that sets it anew
 * (in order, respectively or alike), is the standard too; the ones after it follow as a series (rules/series.ts).
 */
import type { Rule } from './candidate';

/** Nothing but a comma, an order word and the verb that sets the new standard. */
const SET_ANEW = /^\s*[，,]?\s*(?:分别|依次|相应|均)?(?:调整|提高|上调|提升|增加)(?:为|到|至)\s*$/;

export const wageAdjustedTo: Rule = ({ text, quantities, index, previous }) => {
  if (index === 0) return null;
  const q = quantities[index]!;
  const before = quantities[index - 1]!;
  const last = previous[previous.length - 1];
  if (q.unit !== '元' || !last || last.quantity !== before || last.indicator !== 'minimum_wage') return null;
  const gap = text.slice(before.end, q.start);
  if (!SET_ANEW.test(gap)) return null;
  const start = before.end + gap.search(/[^\s，,]/);
  return { indicator: 'minimum_wage', label: last.label, unit: '元', quantity: q, start, end: q.end, gapStart: start };
};
