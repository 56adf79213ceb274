/**
 * The same measure a year before, stated beside this year's: 全国城镇登记失业率为4.0%，而去年同期为4.1%; 完成全年目标任务
 * 500万人的81%，而去年同期为78%; …为2.57%，低于去年同期的2.95%. The figure after 去年同期为 measures what the figure before it in the sentence measured
 * — a rate, a share of the plan — and is dated a year before it (三季度末 of this year: the end of last September).
 * Only a bare linking verb may stand between: 比去年同期增加3.2万人 is a change, not a level.
 */
import type { Rule } from './candidate';

const SAME_TIME_LAST_YEAR = /[，,；;]\s*(?:而|(?:略|明显)?(?:低于|高于)|上年同期|去年同期)(?:上年同期|去年同期)?(?:为|是|的)$/;

export const sameTimeLastYear: Rule = ({ text, sentence, quantities, index, previous }) => {
  const topic = previous[previous.length - 1];
  const q = quantities[index]!;
  const prev = quantities[index - 1];
  if (!topic || !prev || topic.quantity !== prev || q.unit !== prev.unit) return null;
  const between = text.slice(prev.end, q.start);
  const lead = SAME_TIME_LAST_YEAR.exec(between);
  if (!lead || !/同期/.test(lead[0])) return null;
  const start = prev.end + lead.index + lead[0].search(/[^，,；;\s]/);
  if (start < sentence.start) return null;
  return {
    indicator: topic.indicator, label: topic.label, unit: topic.unit, quantity: q, start, end: q.end, gapStart: q.start, yearBefore: topic,
    ...(topic.kind === 'progress' && { kind: 'progress' as const }),
  };
};
