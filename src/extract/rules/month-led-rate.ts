/**
 * A sentence led by a month and a rate alone continues the rate the sentence before it ended on:
 * 一季度全国城镇调查失业率均值为5.5%，处于较低水平。4月份为6.1%，…; and so does the next clause of the same sentence
 * (4月份受疫情影响走高至6.1%，5月份回落至5.9%); and a rate named earlier in its own sentence without a figure
 * (城镇调查失业率持续低于去年同期水平，6月份降至5.0%). Only within a paragraph, only rates, and only when nothing but the
 * month, a short cause (受疫情影响) and a linking verb stands before the figure.
 * (2月份失业率升至全年最高的5.4%，3月份回落至5.2%，…12月份稳定在5.1%; 6月份持平为4.9%: the rate named again after its
 * month, a level held, and the year's high or low it reached; 四季度，12月份为5.1%: the month after its quarter; 四季度为3.9%: or
 * the quarter alone; 上月…维持5.1%，全年失业率5.2%: the whole year's, the rate named again and its figure after it.)
 */
import { clauseBeforeFigure, type Rule } from './candidate';
import type { Span } from '../text/sentences';
import { namedInParagraph } from './word-in-context';
import { UNEMPLOYMENT_RATES } from '../lexicon/indicators';

/** A month, or two joined (5、6月份), with its end: 4月份, 12月末. */
export const MONTHS = '(?:(?:1[0-2]|0?[1-9])(?:月份?)?\\s*[、和]\\s*)?(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:末|底)?';
const MONTH_LEAD = new RegExp(
  `^[\\s　]*(?:其中[，,]?)?(?:(?:19|20)\\d\\d年)?(?:(?:第?[一二三四]季度(?:末|底)?|第[一二三四]季(?![度节末])|上半年|下半年)(?:[，,]?${MONTHS})?|${MONTHS}|全年)[，,]?(?:(?:城镇)?(?:调查)?失业率)?(?:则|也)?(?:(?:受[^，,。\\d]{1,8}影响)?(?:进一步|继续|小幅|逐步|又)?(?:为|是|(?:降|升|回落|回升|上升|下降|走高|走低)(?:至|到|为)|达到?|(?:稳定|保持|维持|持平)(?:在|于|为))(?:全年|年内)?(?:最高|最低)?的?|(?<=失业率))$`,
);
/**
 * The next clause of the same sentence: a comma, then the month — after the trend the last clause ended on, if any
 * (城镇调查失业率从2月份的5.5%逐步回落，7月份为5.1%).
 */
// (全年城镇登记失业率保持在4.1%左右的较低水平，四季度末为4.05%: or after the level the last clause called it; 第二季是5.0%、
// 第三季是5.2%: or after a list's stroke.)
const CLAUSE_THEN_MONTH = /^(?:[^，,；;。！？\d]{0,6}(?:回落|下降|回升|上升|走高|走低|企稳)|(?:以内|以下|左右)?的[^，,；;。！？\d]{0,6}(?:水平|区间))?[，,；;、]/;

export const monthLedRate: Rule = (input) => {
  const { text, sentence, quantities, index, previous, carried } = input;
  const q = quantities[index]!;
  if (q.unit !== '%') return null;
  // The sentence's first figure continues the sentence before; a later one, the rate its own last clause stated.
  const last = previous[previous.length - 1];
  const topic = index === 0 && previous.length === 0 ? carried : last?.quantity === quantities[index - 1] ? last : undefined;
  if (!topic || !UNEMPLOYMENT_RATES.has(topic.indicator)) return namedRate(input);
  const from = index === 0 ? sentence.start : quantities[index - 1]!.end;
  let lead = text.slice(from, q.start);
  if (index > 0) {
    const clause = CLAUSE_THEN_MONTH.exec(lead);
    if (!clause) return namedRate(input);
    lead = lead.slice(clause[0].length);
  }
  if (!MONTH_LEAD.test(lead)) return namedRate(input);
  const start = q.start - lead.length + lead.search(/\S/);
  return { indicator: topic.indicator, label: topic.label, unit: '%', quantity: q, start, end: q.end, gapStart: q.start };
};

const BARE_RATE = /(?<![登记调查青年])失业率/;
const SURVEYED_RATE = /调查失业率/;
const PARAGRAPH_REACH = 400;
/** How far back in its sentence a rate named without a figure may stand. */
const NAMED_REACH = 40;

/** 城镇调查失业率持续低于去年同期水平，6月份降至5.0%: the rate named in the sentence's earlier clause, then a month's level. */
function namedRate({ text, sentence, quantities, index, matcher }: Parameters<Rule>[0]): ReturnType<Rule> {
  const q = quantities[index]!;
  const split = clauseBeforeFigure(text, sentence, quantities, index, NAMED_REACH) ?? sentenceBefore(text, sentence, index, q.start);
  if (!split || !MONTH_LEAD.test(split.clause)) return null;
  const { from, earlierEnd, clauseStart: start } = split;
  const earlier = text.slice(from, earlierEnd);
  const label = matcher.labelsIn(text, from, earlierEnd).filter((l) => UNEMPLOYMENT_RATES.has(l.def.id)).pop();
  if (label) return { indicator: label.def.id, label: label.text, unit: '%', quantity: q, start, end: q.end, gapStart: q.start };
  // …失业率开始回落，4月份降至5.0%: a bare 失业率 in a paragraph about the surveyed rate is that rate — named before the
  // month's clause or in it (…因素影响，2月份失业率升至全年最高的5.4%).
  if (!(BARE_RATE.test(earlier) || BARE_RATE.test(split.clause)) || !namedInParagraph(text, earlierEnd, SURVEYED_RATE, PARAGRAPH_REACH + earlierEnd - from)) return null;
  return { indicator: 'surveyed_unemployment_rate', label: '失业率', unit: '%', quantity: q, start, end: q.end, gapStart: q.start };
}

/**
 * 调查失业率连续下降。4月降为5.1%，…: a sentence led by a month and its level, right after a sentence of the same
 * paragraph that named the rate with no figure — the rate named there.
 */
function sentenceBefore(text: string, sentence: Span, index: number, at: number): { from: number; earlierEnd: number; clauseStart: number; clause: string } | null {
  if (index !== 0) return null;
  const from = Math.max(0, sentence.start - NAMED_REACH, text.lastIndexOf('\n', sentence.start - 1) + 1);
  if (/[\d０-９]/.test(text.slice(from, sentence.start))) return null;
  const clauseStart = sentence.start + text.slice(sentence.start, at).search(/\S|$/);
  return { from, earlierEnd: sentence.start, clauseStart, clause: text.slice(sentence.start, at) };
}
