/**
 * Any other labour figure (好评率96%以上, 挽回社保基金损失3.87万元, 劳动争议案件37起): an `other` record whose label
 * is the phrase before the figure in its clause, or, failing that, the noun after it (****名被征地农民).
 */
import { CLAUSE_BREAK, type Rule } from './candidate';
import { LABOUR_CLAUSE_TERMS } from '../lexicon/labour-terms';
import { COMPARATOR_PREFIXES } from '../lexicon/cues';
import { literalAlternation, literalRegex } from '../text/alternation';

const LABOUR_CLAUSE = literalRegex(LABOUR_CLAUSE_TERMS, '');
const MAX_LABEL = 20;
/** Units that count things people do or get; bare numbers and lengths/weights are not labour figures. */
const LABOUR_UNITS = new Set(['人', '人次', '%', '元', '个', '张', '户', '件', '起', '场', '份', '笔', '条', '家', '次', '批', '所', '项', '期', '岗', '名', '百分点']);
const LEADING_FILLER = /^(?:全年|今年|去年|其中|同时|并|共|累计|全县|全州|全省|全市|全区|我县|我市|我州|我省|全国|以上|通过|为|对|向|从|在|将|已|已经|实现|完成|开展|组织|帮助|推动|新增|达到)+/;
const TRAILING_FILLER = new RegExp(`(?:${literalAlternation(Object.keys(COMPARATOR_PREFIXES))}|达到|达|为|共|共计|累计|合计|分别|均|年均|已|已达|总计|有|是|了|提高到|增加到|下降到|增长|提高|下降)+$`);
const NOUN_AFTER = /^[^，,。；;：:、！？!?\n（）()\d０-９*＊]{1,10}/;

export const otherFigure: Rule = ({ text, sentence, quantities, index, labourPage }) => {
  const q = quantities[index]!;
  if (q.unit === '' || !LABOUR_UNITS.has(q.unit)) return null;
  const prev = quantities[index - 1];
  let clauseStart = Math.max(sentence.start, prev ? prev.end : 0);
  const before = text.slice(clauseStart, q.start);
  const cut = lastBreak(before);
  clauseStart += cut;
  let clauseEnd = q.end;
  while (clauseEnd < sentence.end && !CLAUSE_BREAK.test(text[clauseEnd]!)) clauseEnd++;
  if (!labourPage && !LABOUR_CLAUSE.test(text.slice(clauseStart, clauseEnd))) return null;

  const raw = text.slice(clauseStart, q.start);
  const trimmedEnd = raw.replace(TRAILING_FILLER, '');
  let label = trimmedEnd.replace(LEADING_FILLER, '');
  let labelStart = clauseStart + (trimmedEnd.length - label.length);
  if (label.length > MAX_LABEL) {
    labelStart += label.length - MAX_LABEL;
    label = label.slice(-MAX_LABEL);
  }
  if (label.trim().length >= 2) {
    return { indicator: 'other', label: label.trim(), unit: q.unit, quantity: q, start: labelStart, end: q.end, gapStart: labelStart + label.length };
  }
  const after = NOUN_AFTER.exec(text.slice(q.end, clauseEnd));
  if (!after) return null;
  return { indicator: 'other', label: after[0], unit: q.unit, quantity: q, start: q.start, end: q.end + after[0].length, gapStart: q.start };
};

function lastBreak(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (CLAUSE_BREAK.test(s[i]!)) return i + 1;
  return 0;
}
