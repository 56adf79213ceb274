/**
 * A figure's comparator: what the scanner read after the number (以上, 以内, 左右, 余, a range) wins; otherwise a
 * prefix written between the label and the number (超过, 不低于, 约, 近); otherwise a plain '='.
 */
import type { Comparator } from '../types';
import { COMPARATOR_PREFIXES, CONTROL_PLAN, PLAN_OWNER } from '../lexicon/cues';
import { literalAlternation } from '../text/alternation';
import type { Candidate } from '../rules/candidate';

const PREFIX_REACH = 3;
const PLAN_OWNER_AT_END = new RegExp(`${PLAN_OWNER}$`);
// (…5%的控制线: a line is a ceiling by its name; 控制在4.7%的全年计划以内, a plan's.)
const CEILING_AFTER = new RegExp(`^的?(?:全年|年度|年底|年)?(?:${CONTROL_PLAN}?(?:目标任务|目标|指标|计划)(?:范围|线)?(?:以内|内|之内)|${CONTROL_PLAN}线)`);
const CAP_AFTER = /^(?:为|作为)(?:高限|上限|最高限)/;
const PREFIX_AT_END = new RegExp(`(?:${literalAlternation(Object.keys(COMPARATOR_PREFIXES))})$`);

/**
 * The members after a figure in its 、/和 series, up to a bound the last one carries for all (分别控制在4.2%、3%、2.5‰
 * 以内, 分别达到3000人、1500人以上). 余/多 belong to one number and are not shared.
 */
const SHARED_BOUND = /^(?:\s*[、和及与]\s*[\d.]+(?:万|亿)?(?:%|％|‰|人次|人|个|户|元|名|张|项|家)?){1,8}?\s*(以内|以下|以上|左右)/;
const SHARED: Record<string, Comparator> = { 以内: '<=', 以下: '<=', 以上: '>=', 左右: '~' };
const SERIES_REACH = 80;

export function refineComparator(text: string, c: Candidate): Comparator {
  if (c.quantity.comparator) return c.quantity.comparator;
  const q = c.quantity;
  const shared = SHARED_BOUND.exec(text.slice(q.end, q.end + SERIES_REACH));
  if (shared) return SHARED[shared[1]!]!;
  // 5.5%的年度目标范围以内, 的控制目标内: a ceiling stated after the plan it belongs to.
  if (CEILING_AFTER.test(text.slice(q.end, q.end + 14))) return '<=';
  // (…月人均基本养老金的5%为高限: the most a rise may be.)
  if (CAP_AFTER.test(text.slice(q.end, q.end + 6))) return '<=';
  // A label after the figure (超70万人次接受培训, 近3000名…实现就业): the word just before the number still counts.
  const from = c.gapStart < q.start ? c.gapStart : Math.max(0, q.start - PREFIX_REACH);
  const window = text.slice(from, q.start);
  // 低于年初确定4.3%的目标: words naming whose plan it is stand between the comparison and the number.
  const gap = window.slice(window.search(/[^，,。；;：:、（(\s]*$/)).replace(PLAN_OWNER_AT_END, '');
  const m = PREFIX_AT_END.exec(gap);
  const comparator = m ? (COMPARATOR_PREFIXES[m[0]] ?? '=') : '=';
  // 已接近年初下达的15万人的目标任务: the outcome is near the plan, the plan itself is exact.
  return c.plan && comparator === '~' ? '=' : comparator;
}

/** 完成目标任务的逾73%: a share stated as a bound right before its number (a share's own words say nothing else of it). */
const SHARE_BOUND_BEFORE = /(?:逾|超过|近|约)$/;

export function refineShareComparator(text: string, c: Candidate): Comparator {
  if (c.quantity.comparator) return c.quantity.comparator;
  const m = SHARE_BOUND_BEFORE.exec(text.slice(Math.max(0, c.quantity.start - 2), c.quantity.start));
  return m ? (COMPARATOR_PREFIXES[m[0]] ?? '=') : '=';
}
