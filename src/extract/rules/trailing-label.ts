/** A figure followed by its label: 505万下岗失业人员实现再就业, 40万个公益性岗位开发、上岗任务. */
import { unitFor, type Rule } from './candidate';

export const trailingLabel: Rule = ({ text, quantities, index, matcher }) => {
  const q = quantities[index]!;
  const label = matcher.trailingAt(text, q.end);
  if (!label) return null;
  const unit = unitFor(q, label.def);
  if (unit === null) return null;
  return { indicator: label.def.id, label: label.text, unit, quantity: q, start: q.start, end: label.end, gapStart: q.start };
};
