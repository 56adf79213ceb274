/**
 * The label of an `other` figure: the words before it in its clause, without the time, subject and adverbs that
 * lead in (2021年, 全县, 共, 其中) or the verbs that lead up to the number (达到, 稳定在); when nothing is left but a
 * verb (获得5万元研发费用, 目前5人入闱考察政审) the words after the figure name it instead.
 *
 * Word lists trim the lead-in. With a segmenter (jieba), parts of speech decide whether what is left is only a verb
 * (any verb, not just the listed ones), and a label cut to length starts at a whole word.
 */
import type { TaggedWord } from '../../segment/types';
import { COMPARATOR_PREFIXES } from '../lexicon/cues';
import { literalAlternation } from '../text/alternation';

export interface LabelSpan {
  start: number;
  end: number;
}

const MAX_LABEL = 20;
const SUBJECTS = '全县|全州|全省|全市|全区|全旗|全国|我县|我市|我州|我省|我区|该县|该市|本县|本市';
// (2019年末全省就业人员: the year-end's 末, whether or not the year was cut off before it.)
const TIMES = '(?:19|20)\\d\\d年(?:度)?(?:末|底)?(?:上半年|下半年|以来)?|年末|年底|末|上半年|下半年|今年|去年|全年|目前|当前|年内|今年以来|近年来';
// (…but not the first character of a word: 从业人员, 在岗职工, 在校生, 和谐劳动关系.)
const ADVERBS = '其中|同时|并且|并|共计|共|累计|合计|已经|已|还|又|均|含|包括|从(?!业)|在(?![岗职校读建])|通过|将|以及|及|和(?!谐)';
const LEADING = new RegExp(`^(?:${SUBJECTS}|${TIMES}|${ADVERBS}|[，,、；;：:“”"'（）()\\s])+`);
const TRAILING = new RegExp(
  `(?:${literalAlternation(Object.keys(COMPARATOR_PREFIXES))}|稳定在|保持在|保持|达到|达|为|共|共计|累计|合计|分别|均|年均|已|已达|总计|有|是|了|提高到|增加到|下降到|增长|提高|下降|[\\s“”"])+$`,
);
/** Verbs that only lead up to a number: nothing is named by them alone. */
const BARE_VERBS = /^(?:获得|完成|协助|帮助|组织|吸引|推荐|选派|实现|达成|拥有|有|获|带动|吸纳|涌现|评选|认定)$/;
const POST_PHRASE = /^[^，,。；;：:、！？!?\n（）()\d０-９*＊]{1,16}/;

export function otherLabelSpan(
  text: string,
  clauseStart: number,
  figureStart: number,
  figureEnd: number,
  clauseEnd: number,
  tag?: (s: string) => TaggedWord[],
): LabelSpan | null {
  let start = clauseStart;
  let end = figureStart;
  const trailing = TRAILING.exec(text.slice(start, end));
  if (trailing) end -= trailing[0].length;

  const leading = LEADING.exec(text.slice(start, end));
  if (leading) start += leading[0].length;
  let post = POST_PHRASE.exec(text.slice(figureEnd, clauseEnd))?.[0] ?? '';
  if (tag && post.length === 16) post = wholeWords(tag(text.slice(figureEnd, clauseEnd)), 16) || post;
  if (tag && (post.length >= 2 || end - start > MAX_LABEL)) {
    // Parts of speech tell a lone verb before the figure (获得5万元研发费用, 协助…完成15名…人员聘用) from a name
    // (调解26起), and where words start when a long label is cut. Tagging costs: only when either can matter.
    const words = tag(text.slice(start, end));
    const lastNoun = words.findLastIndex((w) => w.tag.startsWith('n') || w.tag === 'vn' || w.tag === 'j');
    const endsInVerb = words.length > 0 && words[words.length - 1]!.tag === 'v' && lastNoun < words.length - 1;
    if (endsInVerb && post.length >= 2 && tag(post)[0]?.tag !== 'v') start = end;
    else if (end - start > MAX_LABEL) start = wordBoundaryAfter(words, end - MAX_LABEL, start);
  } else if (!tag) {
    if (BARE_VERBS.test(text.slice(start, end)) && post.length >= 2) start = end;
    if (end - start > MAX_LABEL) start = end - MAX_LABEL;
  }
  const strip = /^[“”"'（）()、，,\s]+/.exec(text.slice(start, end));
  if (strip) start += strip[0].length;
  // 其中“4050”人员再就业: a quoted name opening the label keeps its opening mark, so the card shows it whole.
  if (text[start - 1] === '“' && text.slice(start, end).includes('”') && !text.slice(start, end).includes('“')) start--;
  if (end - start >= 2) return { start, end };

  return post ? { start: figureEnd, end: figureEnd + post.length } : null;
}

/** The longest run of whole words from the start that fits in `max` characters. */
function wholeWords(words: readonly TaggedWord[], max: number): string {
  let out = '';
  for (const w of words) {
    if (out.length + w.word.length > max) break;
    out += w.word;
  }
  return out;
}

/** The first word start at or after `min`, counting words from `origin`. */
function wordBoundaryAfter(words: readonly TaggedWord[], min: number, origin: number): number {
  let at = origin;
  for (const w of words) {
    if (at >= min) return at;
    at += w.word.length;
  }
  return min;
}
