/**
 * A sentence led by a month and a rate alone continues the rate the sentence before it ended on:
 * 一季度全国城镇调查失业率均值为5.5%，处于较低水平。4月份为6.1%，…. Only within a paragraph, only rates, and only
 * when nothing but the month and a linking verb stands before the figure.
 */
import type { Rule } from './candidate';
import { UNEMPLOYMENT_RATES } from '../lexicon/indicators';

const MONTH_LEAD =
  /^[\s　]*(?:其中[，,]?)?(?:(?:19|20)\d\d年)?(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:末|底)?[，,]?(?:为|是|降至|升至|回落至|回落到|上升至|下降至|达到?)$/;

export const monthLedRate: Rule = ({ text, sentence, quantities, index, previous, carried }) => {
  if (index !== 0 || previous.length > 0 || !carried || !UNEMPLOYMENT_RATES.has(carried.indicator)) return null;
  const q = quantities[0]!;
  if (q.unit !== '%') return null;
  const lead = text.slice(sentence.start, q.start);
  if (!MONTH_LEAD.test(lead)) return null;
  const start = sentence.start + lead.search(/\S/);
  return { indicator: carried.indicator, label: carried.label, unit: '%', quantity: q, start, end: q.end, gapStart: q.start };
};
