/**
 * The same measure a year before, stated beside this year's: 全国城镇登记失业率为4.0%，而去年同期为4.1%; 完成全年目标任务
 * 500万人的81%，而去年同期为78%; …为2.57%，低于去年同期的2.95%. The figure after 去年同期为 measures what the figure before it in the sentence measured
 * — a rate, a share of the plan — and is dated a year before it (三季度末 of this year: the end of last September).
 * Only a bare linking verb may stand between: 比去年同期增加3.2万人 is a change, not a level.
 */
import type { Candidate, Rule } from './candidate';
import type { Quantity } from '../numbers/types';

const SAME_TIME_LAST_YEAR = /[，,；;]\s*(?:而|(?:略|明显)?(?:低于|高于)|上年同期|去年同期)(?:上年同期|去年同期)?(?:为|是|的)$/;
/**
 * …城镇登记失业率3.02%，低于4.5%的控制目标，也低于去年底的3.10%; …为5.1%，比上月的5.0%上升0.1个百分点; …金额达14.77亿元，
 * 较去年同期的0.19亿元大幅增长, 比去年的54.8%上升: the level the figure is compared with, at the date named — a plan in between aside.
 */
const COMPARED_LEVEL = /[，,；;]\s*(?:而|也|并)?(?:略|明显|均)?(?:比|较|低于|高于|好于|优于)(去年同期|上年同期|去年底|去年末|上年底|上年末|上月|上个月|去年|上年|(?:19|20)\d\d年(?:末|底)?)的$/;
/**
 * …年末城镇登记失业率为4.09%。与2013年的4.1%相比，略有降低: the level of a year the comparison names (与去年同期的:
 * the same part of the year before), in the sentence after the figure as often as in its own; 相比 after the level says
 * a comparison, not a list (与2013年的4.1%、…).
 */
const COMPARED_WITH_YEAR = /^[，,；;。]?\s*(?:与|同|和)(?:((?:19|20)\d\d)年|去年|上年)(同期|末|底)?的$/;
const COMPARISON_AFTER = /^\s*(?:相比|相较|比较)/;

export const sameTimeLastYear: Rule = ({ text, sentence, quantities, index, previous, carried }) => {
  const topic = previous[previous.length - 1];
  const q = quantities[index]!;
  const prev = quantities[index - 1];
  if (!prev) return index === 0 && carried ? comparedWithYear(text, q, carried) : null;
  const withYear = topic && topic.quantity === prev ? comparedWithYear(text, q, topic) : null;
  if (withYear) return withYear;
  if (topic && topic.quantity === prev && q.unit === prev.unit) {
    const lead = SAME_TIME_LAST_YEAR.exec(text.slice(prev.end, q.start));
    if (lead && /同期/.test(lead[0])) {
      const start = prev.end + lead.index + lead[0].search(/[^，,；;\s]/);
      if (start < sentence.start) return null;
      return {
        indicator: topic.indicator, label: topic.label, unit: topic.unit, quantity: q, start, end: q.end, gapStart: q.start, yearBefore: topic,
        ...(topic.kind === 'progress' && { kind: 'progress' as const }),
      };
    }
  }
  return comparedLevel(text, sentence.start, q, prev, previous);
};

function comparedLevel(text: string, sentenceStart: number, q: Quantity, prev: Quantity, previous: readonly Candidate[]): Candidate | null {
  const lead = COMPARED_LEVEL.exec(text.slice(prev.end, q.start));
  if (!lead) return null;
  // The measure compared: the sentence's last figure of ours that is neither a plan nor a share, in the same unit —
  // with nothing but a plan's level between it and this one.
  let topic: Candidate | undefined;
  for (let i = previous.length - 1; i >= 0; i--) {
    const c = previous[i]!;
    if (c.plan) continue;
    if (c.kind !== 'progress' && c.indicator !== 'other') topic = c;
    break;
  }
  if (!topic || topic.unit !== q.unit || (q.unit === '' && topic.quantity.unit !== '')) return null;
  const last = previous[previous.length - 1]!;
  if (last.quantity !== prev) return null;
  const when = lead[1]!;
  // (Highlighted from the date: 去年底的3.10%, the comparison's verb left out.)
  const start = prev.end + lead.index + lead[0].lastIndexOf(when);
  if (start < sentenceStart) return null;
  const base = { indicator: topic.indicator, label: topic.label, unit: topic.unit, quantity: q, start, end: q.end, gapStart: q.start, kind: 'actual' as const };
  if (/同期/.test(when)) return { ...base, yearBefore: topic };
  if (/^\d{4}/.test(when)) return { ...base, period: when.slice(0, 4) };
  return { ...base, earlierLevel: { of: topic, at: /月/.test(when) ? 'month' : 'yearEnd' } };
}

function comparedWithYear(text: string, q: Quantity, topic: Candidate): Candidate | null {
  if (topic.plan || topic.kind === 'progress' || topic.indicator === 'other' || topic.unit !== q.unit) return null;
  const lead = COMPARED_WITH_YEAR.exec(text.slice(topic.quantity.end, q.start));
  if (!lead || !COMPARISON_AFTER.test(text.slice(q.end, q.end + 4))) return null;
  const start = topic.quantity.end + lead.index + lead[0].search(/[^，,；;。\s]/);
  const base = { indicator: topic.indicator, label: topic.label, unit: topic.unit, quantity: q, start, end: q.end, gapStart: q.start, kind: 'actual' as const };
  // (The year before, and a named year's same part, are dated by the period refiner's comparedLevel, which reads the same words.)
  return lead[1] && lead[2] !== '同期' ? { ...base, period: lead[1] } : base;
}
