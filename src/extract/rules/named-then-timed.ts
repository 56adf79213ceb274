/**
 * A measure named in a clause that states no figure of it, then a clause that gives only a stretch of time and the
 * level reached: 全国城镇新增就业完成情况快于时序进度，1-9月达到1045万人; 全国城镇调查失业率回落至疫情前水平，三季度均值为
 * 5.0%; 从城镇登记失业率来看，二季度末为4.05%; 从城镇调查失业率来看，6月份的数据是5%. The figure is the named measure's,
 * over that time.
 */
import { clauseBeforeFigure, unitFor, type Rule } from './candidate';

/**
 * The figure's clause: a stretch of the year, then only a verb of reaching (and 均值 for a rate's average) — or the
 * whole year and a verb of holding a level (全国城镇调查失业率走势平稳，全年保持在5.0%至5.3%之间).
 */
const TIMED_LEVEL =
  /^\s*(?:(?:(?:今年|本年|(?:19|20)\d\d年)?(?:1[-—至~到](?:1[0-2]|[1-9])月份?|前[三两二]季度|[一二三四]季度(?:末|底)?|上半年|(?:1[0-2]|[1-9])月(?:份|末|底)?)|今年以来)(?:累计)?(?:均值|平均值?)?(?:的数据|的数字)?(?:达到|达|为|是|实现)|(?:全年|各月)均?(?:保持在|稳定在|控制在))$/;
/** How far back in its sentence the measure may be named. */
const NAMED_REACH = 40;

export const namedThenTimed: Rule = ({ text, sentence, quantities, index, matcher }) => {
  const q = quantities[index]!;
  const split = clauseBeforeFigure(text, sentence, quantities, index, NAMED_REACH);
  if (!split || !TIMED_LEVEL.test(split.clause)) return null;
  const label = matcher.labelsIn(text, split.from, split.earlierEnd).pop();
  if (!label) return null;
  const unit = unitFor(q, label.def);
  if (unit === null) return null;
  return { indicator: label.def.id, label: label.text, unit, quantity: q, start: split.clauseStart, end: q.end, gapStart: q.start };
};
