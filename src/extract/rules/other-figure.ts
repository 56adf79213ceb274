/**
 * Any other labour figure (好评率96%以上, 挽回社保基金损失3.87万元, 劳动争议案件37起): an `other` record labelled by
 * the words before it in its clause or, when those name nothing, the words after it (****名被征地农民).
 */
import { isClauseBreakAt, type Rule } from './candidate';
import { LABOUR_CLAUSE_TERMS } from '../lexicon/labour-terms';
import { literalRegex } from '../text/alternation';
import { otherLabelSpan } from '../refiners/other-label';

const LABOUR_CLAUSE = literalRegex(LABOUR_CLAUSE_TERMS, '');
const OPENING_QUOTE = /[“「『《‘"]/;
/** How far a clause is read past its figure: bounded so a page without punctuation stays linear. */
const CLAUSE_REACH = 120;
/** Units that count things people do or get; bare numbers and lengths/weights are not labour figures. */
const LABOUR_UNITS = new Set(['人', '人次', '%', '元', '个', '张', '户', '件', '起', '场', '份', '笔', '条', '家', '次', '批', '所', '项', '期', '岗', '百分点']);
/**
 * 31个大城市城镇调查失业率为5.0%, 36个大中城市: the survey's sample of cities, named by its size — the rate that follows
 * is the figure, the count is part of its name.
 */
const SAMPLE_OF_CITIES = /^(?:大城市|大中城市|重点城市)/;

/** 十件重点民生实事, 10项民生工程: the government's projects counted by name — the items are the figures, not their count. */
const PROJECTS_COUNTED = /^(?:重点|重大)?(?:民生)?(?:实事|好事|工程|项目)/;

export const otherFigure: Rule = ({ text, sentence, quantities, index, labourPage, tag }) => {
  const q = quantities[index]!;
  if (q.unit === '' || !LABOUR_UNITS.has(q.unit)) return null;
  // “十条”, 「八个一」: a number opening a quoted name is part of a slogan, not a figure.
  if (OPENING_QUOTE.test(text[q.start - 1] ?? '')) return null;
  if (q.unit === '个' && SAMPLE_OF_CITIES.test(text.slice(q.end, q.end + 4))) return null;
  if ((q.unit === '件' || q.unit === '项') && PROJECTS_COUNTED.test(text.slice(q.end, q.end + 8))) return null;
  const prev = quantities[index - 1];
  let clauseStart = Math.max(sentence.start, prev ? prev.end : 0, q.start - CLAUSE_REACH);
  for (let i = q.start - 1; i >= clauseStart; i--) {
    if (isClauseBreakAt(text, i)) {
      clauseStart = i + 1;
      break;
    }
  }
  let clauseEnd = q.end;
  const clauseLimit = Math.min(sentence.end, q.end + CLAUSE_REACH);
  while (clauseEnd < clauseLimit && !isClauseBreakAt(text, clauseEnd)) clauseEnd++;
  if (!labourPage && !LABOUR_CLAUSE.test(text.slice(clauseStart, clauseEnd))) return null;

  const span = otherLabelSpan(text, clauseStart, q.start, q.end, clauseEnd, tag);
  if (!span) return null;
  const before = span.end <= q.start;
  return {
    indicator: 'other',
    label: text.slice(span.start, span.end),
    unit: q.unit,
    quantity: q,
    start: before ? span.start : q.start,
    end: before ? q.end : span.end,
    gapStart: before ? span.end : q.start,
  };
};
