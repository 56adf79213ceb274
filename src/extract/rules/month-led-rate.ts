/**
 * A sentence led by a month and a rate alone continues the rate the sentence before it ended on:
 * 一季度全国城镇调查失业率均值为5.5%，处于较低水平。4月份为6.1%，…; and so does the next clause of the same sentence
 * (4月份受疫情影响走高至6.1%，5月份回落至5.9%). Only within a paragraph, only rates, and only when nothing but the
 * month, a short cause (受疫情影响) and a linking verb stands before the figure.
 */
import type { Rule } from './candidate';
import { UNEMPLOYMENT_RATES } from '../lexicon/indicators';

const MONTH_LEAD =
  /^[\s　]*(?:其中[，,]?)?(?:(?:19|20)\d\d年)?(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:末|底)?[，,]?(?:受[^，,。\d]{1,8}影响)?(?:为|是|降至|升至|回落至|回落到|回升至|上升至|下降至|走高至|走低至|达到?)$/;
/** The next clause of the same sentence: a comma, then the month. */
const CLAUSE_THEN_MONTH = /^[，,；;]/;

export const monthLedRate: Rule = ({ text, sentence, quantities, index, previous, carried }) => {
  const q = quantities[index]!;
  if (q.unit !== '%') return null;
  // The sentence's first figure continues the sentence before; a later one, the rate its own last clause stated.
  const last = previous[previous.length - 1];
  const topic = index === 0 && previous.length === 0 ? carried : last?.quantity === quantities[index - 1] ? last : undefined;
  if (!topic || !UNEMPLOYMENT_RATES.has(topic.indicator)) return null;
  const from = index === 0 ? sentence.start : quantities[index - 1]!.end;
  let lead = text.slice(from, q.start);
  if (index > 0) {
    if (!CLAUSE_THEN_MONTH.test(lead)) return null;
    lead = lead.slice(1);
  }
  if (!MONTH_LEAD.test(lead)) return null;
  const start = q.start - lead.length + lead.search(/\S/);
  return { indicator: topic.indicator, label: topic.label, unit: '%', quantity: q, start, end: q.end, gapStart: q.start };
};
