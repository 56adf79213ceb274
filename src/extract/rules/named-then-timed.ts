/**
 * A measure named in a clause that states no figure of it, then a clause that gives only a stretch of time and the
 * level reached: 全国城镇新增就业完成情况快于时序进度，1-9月达到1045万人; 全国城镇调查失业率回落至疫情前水平，三季度均值为
 * 5.0%. The figure is the named measure's, over that time.
 */
import { unitFor, type Rule } from './candidate';

/** The figure's clause: a part of the year, then only a verb of reaching (and 均值 for a rate's average). */
const TIMED_LEVEL =
  /^\s*(?:1[-—至~到](?:1[0-2]|[1-9])月份?|前[三两二]季度|[一二三四]季度|上半年|今年以来)(?:累计)?(?:均值|平均值?)?(?:达到|达|为|是|实现)$/;
/** How far back in its sentence the measure may be named. */
const NAMED_REACH = 40;

export const namedThenTimed: Rule = ({ text, sentence, quantities, index, matcher }) => {
  const q = quantities[index]!;
  const prev = quantities[index - 1];
  const from = Math.max(sentence.start, prev && prev.end > sentence.start ? prev.end : sentence.start, q.start - NAMED_REACH);
  const before = text.slice(from, q.start);
  const cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','));
  if (cut < 0 || !TIMED_LEVEL.test(before.slice(cut + 1))) return null;
  const label = matcher.labelsIn(text, from, from + cut).pop();
  if (!label) return null;
  const unit = unitFor(q, label.def);
  if (unit === null) return null;
  const start = from + cut + 1 + before.slice(cut + 1).search(/\S/);
  return { indicator: label.def.id, label: label.text, unit, quantity: q, start, end: q.end, gapStart: q.start };
};
