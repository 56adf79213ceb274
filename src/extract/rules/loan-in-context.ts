/**
 * A bare loan word before an amount, where 创业 or a guaranteed-loan scheme has just been named: the amount lent for
 * business start-ups. 创业对就业的带动功不可没。全省新增贷款45.89亿元; 通过创业担保贷款扶持创业100.6万人，发放贷款总量突破
 * 1000亿元; 小额担保贷款基金627万元，为566名下岗失业人员…放贷2816万元.
 */
import { CLAUSE_BREAK, type Rule } from './candidate';

const LOAN_BEFORE = /(?:新增贷款|发放贷款(?:总量|总额)?|贷款总量|贷款总额|累计放贷|放贷|贷款)(?:总量|总额)?(?:达到?|突破|超过|为)?$/;
const LOAN_GAP = 8;
/** What names the scheme, just before: in the same paragraph, within CONTEXT_REACH characters. */
const SCHEME_NAMED = /创业|担保贷款|贷免扶补/;
const CONTEXT_REACH = 80;

export const loanInContext: Rule = ({ text, sentence, quantities, index }) => {
  const q = quantities[index]!;
  if (q.unit !== '元') return null;
  const near = text.slice(Math.max(sentence.start, q.start - LOAN_GAP), q.start);
  const loan = LOAN_BEFORE.exec(near);
  if (!loan || CLAUSE_BREAK.test(near.slice(loan.index))) return null;
  const start = q.start - near.length + loan.index;
  // Back to the paragraph's start at most: a scheme named in another paragraph is another topic.
  let context = text.slice(Math.max(0, start - CONTEXT_REACH), start);
  const paragraph = context.lastIndexOf('\n');
  if (paragraph >= 0) context = context.slice(paragraph + 1);
  if (!SCHEME_NAMED.test(context)) return null;
  return { indicator: 'startup_loans', label: loan[0], unit: '元', quantity: q, start, end: q.end, gapStart: q.start };
};
