/** A figure followed by its label: 505万下岗失业人员实现再就业, 40万个公益性岗位开发、上岗任务. */
import { unitFor, type Rule } from './candidate';

/** 零就业家庭至少1人实现再就业: a floor per household, not a count of people. */
const PER_HOUSEHOLD = /(?:至少|每户|户均)$/;

/** 享受到吴忠市发放的20万元创业担保贷款, 获得10万元创业担保贷款: one borrower's loan, not an amount lent. */
// (可给予不超过300万元创业担保贷款: the most one may be given.)
const ONE_BORROWER = /(?:(?:的|获得了?|申请了?|申请到|享受到?|拿到了?|贷到了?|领到了?)(?:不超过|最高|最多|不高于)?|给予(?:不超过|最高|最多|不高于))$/;

export const trailingLabel: Rule = ({ text, quantities, index, matcher }) => {
  const q = quantities[index]!;
  if (PER_HOUSEHOLD.test(text.slice(Math.max(0, q.start - 2), q.start))) return null;
  // (全年要使500万以上的下岗职工实现再就业: a bound ending in 以上 takes 的 before the group of people it counts — not
  // before a sum, 1000元以上的创业担保贷款, which is one loan's size.)
  const people = q.unit === '' || q.unit === '人' || q.unit === '名';
  const at = people && q.suffix === '以上' && text[q.end] === '的' ? q.end + 1 : q.end;
  // (…以上的城镇新增就业 is read from 的: the measure ending its clause is named as a noun only after it.)
  const label = (at !== q.end ? matcher.trailingAt(text, q.end) : null) ?? matcher.trailingAt(text, at);
  if (!label) return null;
  if (label.def.id === 'startup_loans' && ONE_BORROWER.test(text.slice(Math.max(0, q.start - 6), q.start))) return null;
  const unit = unitFor(q, label.def);
  if (unit === null) return null;
  return { indicator: label.def.id, label: label.text, unit, quantity: q, start: q.start, end: label.end, gapStart: q.start };
};
