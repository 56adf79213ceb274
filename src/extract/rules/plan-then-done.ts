/**
 * A plan stated in one sentence and what was done of it in the next, led only by a time: 城镇新增就业人数全年计划25万人。
 * 上半年完成22.4万人，…; 目标任务1.2万人。截至6月底已完成0.8万人. The done figure continues the plan's measure.
 * Only the sentence's first figure, only right after a plan's figure in the same paragraph.
 */
import type { Rule } from './candidate';
import { unitFor } from './candidate';
import { INDICATOR_BY_ID } from '../lexicon/indicators';

/** The carried figure was a plan: its own label says so (全年计划, 目标任务, 年度任务). */
const PLAN_WORDS = /计划|目标|任务/;

/** Nothing but a time of the year and a verb of what was done before the figure. */
const TIME_THEN_DONE = new RegExp(
  '^[\\s　]*(?:(?:(?:19|20)\\d\\d年)?(?:上半年|前三季度|[一二三]季度|第[一二三]季度|1[-—至~到](?:1[0-2]|[1-9])月份?|前(?:1[01]|[2-9]|[二三四五六七八九十]|十一)个月|' +
    '(?:截至|截止|到)(?:1[0-2]|0?[1-9])月(?:底|末)|今年以来|全年)[，,]?\\s*)' +
    '(?:全[省市县区])?(?:实际|累计|已经?|共)?完成了?$',
);

export const planThenDone: Rule = ({ text, sentence, quantities, index, previous, carried }) => {
  if (index !== 0 || previous.length > 0 || !carried || carried.kind === 'progress' || carried.indicator === 'other') return null;
  if (!PLAN_WORDS.test(text.slice(carried.start, carried.quantity.start))) return null;
  const q = quantities[0]!;
  const lead = text.slice(sentence.start, q.start);
  if (!TIME_THEN_DONE.test(lead)) return null;
  const def = INDICATOR_BY_ID.get(carried.indicator);
  const unit = def ? unitFor(q, def) : null;
  if (unit === null || unit !== carried.unit) return null;
  const start = sentence.start + lead.search(/\S/);
  return { indicator: carried.indicator, label: carried.label, unit, quantity: q, start, end: q.end, gapStart: q.start, kind: 'actual' };
};
