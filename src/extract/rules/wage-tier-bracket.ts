/**
 * A minimum wage's tier named in brackets after its areas, on a page about the minimum wage:
 *   崆峒区、平凉工业园区(二类地区):1570元/月(小时最低工资:16.5元);
 * The figure is the tier's monthly standard. A figure per hour after the tier (…(一类地区)18元/小时) is the hourly one,
 * another measure, as is any tier under a standard named hourly.
 */
import type { Rule } from './candidate';
import { NAMED_REACH, namesTheStandard, PER_HOUR_AFTER } from './wage-tier-line';

/** The tier in brackets right before the figure, a colon between at most. */
const TIER_IN_BRACKETS = /[(（]第?[一二三四五六七八1-8](?:档次?|类(?:地区|区域|区)?)[)）]\s*[：:]?\s*$/;

export const wageTierBracket: Rule = ({ text, quantities, index }) => {
  const q = quantities[index]!;
  if (q.unit !== '元' || PER_HOUR_AFTER.test(text.slice(q.end, q.end + 4))) return null;
  const tier = TIER_IN_BRACKETS.exec(text.slice(Math.max(0, q.start - 16), q.start));
  if (!tier) return null;
  if (!namesTheStandard(text, text.slice(Math.max(0, q.start - NAMED_REACH), q.start))) return null;
  // The record quotes from the tier: the areas before it are the places the figure is shared by (region.ts).
  const tierStart = q.start - tier[0].length;
  return { indicator: 'minimum_wage', label: '最低工资标准', unit: '元', quantity: q, start: tierStart, end: q.end, gapStart: tierStart };
};
