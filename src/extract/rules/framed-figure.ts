/**
 * A figure framed by its label: the people counted before it, what happened to them after it —
 * 就业困难人员206人实现就业, 城镇登记失业人员826人实现就业, 农村劳动力3.2万人实现转移就业, 新增23.25万城镇就业人员.
 */
import { unitFor, type Rule } from './candidate';

/** What may stand between the subject and the figure: nothing, or a scope word (共, 累计). */
const LEAD = /^(?:共|累计|共计|合计)?$/;

/** Every predicate of a frame starts so: a cheap test on the characters after the figure before any other work. */
// (实现下岗失业人员500余人的再就业: the predicate as a noun after 的.)
// (转移300多万农业富余劳动力: the farm's labour after the verb.)
const PREDICATE_START = /^(?:的)?(?:实现|转移|再就业|就业|城镇就业|农村|农业)/;

export const framedFigure: Rule = ({ text, sentence, quantities, index, matcher }) => {
  const q = quantities[index]!;
  if (!PREDICATE_START.test(text.slice(q.end, q.end + 4))) return null;
  const prev = quantities[index - 1];
  const lead = /(?:共|累计|共计|合计)?$/.exec(text.slice(Math.max(sentence.start, prev?.end ?? 0, q.start - 4), q.start))!;
  if (!LEAD.test(lead[0])) return null;
  const frame = matcher.framingAround(text, q.start - lead[0].length, q.end);
  if (!frame || frame.start < sentence.start) return null;
  const unit = unitFor(q, frame.def);
  if (unit === null) return null;
  return { indicator: frame.def.id, label: frame.text, unit, quantity: q, start: frame.start, end: frame.end, gapStart: q.start };
};
