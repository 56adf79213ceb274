/** A figure followed by its label: 505万下岗失业人员实现再就业, 40万个公益性岗位开发、上岗任务. */
import { unitFor, type Rule } from './candidate';

/** 零就业家庭至少1人实现再就业: a floor per household, not a count of people. */
const PER_HOUSEHOLD = /(?:至少|每户|户均)$/;

export const trailingLabel: Rule = ({ text, quantities, index, matcher }) => {
  const q = quantities[index]!;
  if (PER_HOUSEHOLD.test(text.slice(Math.max(0, q.start - 2), q.start))) return null;
  const label = matcher.trailingAt(text, q.end);
  if (!label) return null;
  const unit = unitFor(q, label.def);
  if (unit === null) return null;
  return { indicator: label.def.id, label: label.text, unit, quantity: q, start: q.start, end: label.end, gapStart: q.start };
};
