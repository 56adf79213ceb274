/**
 * A bare closure rate where arbitration has just been named: the arbitration closure rate. 罗湖区劳动人事争议仲裁院…
 * 在全市最先完成结案率95%的考核任务. (A court's or a petition office's closure rate, with no 仲裁 near, is another.)
 */
import { CLAUSE_BREAK, type Rule } from './candidate';

const RATE_BEFORE = /结案率(?:达到?|为|是)?$/;
const RATE_GAP = 6;
/** What names arbitration: the same paragraph within CONTEXT_REACH characters, or the page's first line. */
const ARBITRATION = /仲裁/;
const CONTEXT_REACH = 300;

export const closureRateInContext: Rule = ({ text, sentence, quantities, index }) => {
  const q = quantities[index]!;
  if (q.unit !== '%') return null;
  const near = text.slice(Math.max(sentence.start, q.start - RATE_GAP), q.start);
  const rate = RATE_BEFORE.exec(near);
  if (!rate || CLAUSE_BREAK.test(near.slice(rate.index))) return null;
  const start = q.start - near.length + rate.index;
  let context = text.slice(Math.max(0, start - CONTEXT_REACH), start);
  const paragraph = context.lastIndexOf('\n');
  if (paragraph >= 0) context = context.slice(paragraph + 1);
  const firstLine = text.slice(0, Math.min(text.length, 120)).split('\n', 1)[0] ?? '';
  if (!ARBITRATION.test(context) && !ARBITRATION.test(firstLine)) return null;
  return { indicator: 'arbitration_closure_rate', label: rate[0], unit: '%', quantity: q, start, end: q.end, gapStart: q.start };
};
