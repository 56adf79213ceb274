/** What a rule proposes for one figure; refiners then settle comparator, kind, region and period. */
import type { IndicatorId, Kind } from '../types';
import type { Quantity } from '../numbers/types';
import type { IndicatorMatcher } from '../lexicon/matcher';
import type { Span } from '../text/sentences';
import type { TaggedWord } from '../../segment/types';

export interface Candidate {
  indicator: IndicatorId;
  label: string;
  unit: string;
  quantity: Quantity;
  /** Highlighted span: label (when written before the figure) through the figure. */
  start: number;
  end: number;
  /** Text between the label and the figure (年均超过, 控制在), where prefix comparators live. */
  gapStart: number;
  /** Set by rules that know it (progress shares, plans). */
  kind?: Kind;
  /** The plan another figure of the sentence is measured against (完成年目标任务12500人的98.5%). */
  plan?: boolean;
  /** For a plan: the figure measured against it (a five-year total's plan is the five years'). */
  planOf?: Candidate;
  /** A share of a plan qualifies this figure: it is what was done, unless its own clause says it is a goal. */
  measured?: boolean;
  /** The area the figure is stated for, when its own place says so (a table's column heading). */
  region?: string;
  /** The year the figure is stated for, when its own place says so (a table's column headed 2021). */
  period?: string;
  /** For a bare member of a series (…分别为4.2%、4.3%和4.2%): the figure that heads it, whose measure it shares. */
  seriesOf?: Candidate;
  /** For a share of a plan: the figure it qualifies, whose period it shares (完成全年目标任务的62.6% is of 上半年). */
  share?: Candidate;
  /** For the same measure a year before (…，低于去年同期的2.95%): the figure it is set beside, a year later than it. */
  yearBefore?: Candidate;
  /** The level at an earlier date the figure is compared with: the year's end before (去年底的3.10%), the month before (上月的5.0%). */
  earlierLevel?: { of: Candidate; at: 'yearEnd' | 'month' };
  /** For a part of a figure broken down by area after 其中 (…2.5万人，其中，正定县3000人): the whole, whose measure, kind and period it shares. */
  partOf?: Candidate;
}

export interface RuleInput {
  text: string;
  sentence: Span;
  quantities: readonly Quantity[];
  /** Index of the figure in `quantities`. */
  index: number;
  matcher: IndicatorMatcher;
  /** Records already made from earlier figures of the same sentence. */
  previous: readonly Candidate[];
  /** The last record of the sentence before, when it stands in the same paragraph (a topic a new sentence may continue). */
  carried?: Candidate;
  /** The page is about labour and social security throughout (a 人社 page), not only in places. */
  labourPage: boolean;
  /** Part-of-speech tagging (jieba) when segmentation is on. */
  tag?: (s: string) => TaggedWord[];
}

export type Rule = (input: RuleInput) => Candidate | null;

/** The figure's unit as the indicator counts it (培训…人 → 人次; 505万 → the default unit), or null if foreign. */
export function unitFor(
  q: Quantity,
  def: { units: string[]; defaultUnit: string; unitAliases?: Record<string, string> },
): string | null {
  // (养老金9673.4万: a figure written with a multiplier is a count or an amount, never a rate or a share.)
  if (q.unit === '' && def.defaultUnit === '%' && MULTIPLIER.test(q.rawUnit)) return null;
  const unit = q.unit === '' ? def.defaultUnit : (def.unitAliases?.[q.unit] ?? q.unit);
  return def.units.includes(unit) ? unit : null;
}
const MULTIPLIER = /[万亿萬億千]/;

/** The per-month or per-hour tail a figure may carry (1320元/月, 18元/小时). */
export const PER_UNIT = '[/／](?:月|小时)';

/** Counts of cases or firms (8093笔, 909户) written beside an amount or a measure's label, in units no indicator takes. */
export const CASE_COUNT_UNITS: readonly string[] = ['笔', '户', '家', '项'];

const CLAUSE_BREAK_CHARS = '，,。；;：:、！？!?\n（）()【】';
export const CLAUSE_BREAK = new RegExp(`[${CLAUSE_BREAK_CHARS}]`);
const CLAUSE_BREAK_CODES = new Uint8Array(0x10000);
for (const ch of CLAUSE_BREAK_CHARS) CLAUSE_BREAK_CODES[ch.charCodeAt(0)] = 1;
/** CLAUSE_BREAK for one character, by its code: the test loops that walk a clause a character at a time make. */
export const isClauseBreakAt = (text: string, i: number): boolean => CLAUSE_BREAK_CODES[text.charCodeAt(i)] === 1;

/** The figure's own clause, after the sentence's last comma before it, and the clauses before that one. */
export interface ClauseSplit {
  /** Where the earlier clauses start (the sentence's start, the previous figure's end, or `reach` back). */
  from: number;
  /** Where the earlier clauses end (at the comma). */
  earlierEnd: number;
  /** Where the figure's own clause starts (after its comma). */
  clauseStart: number;
  /** The figure's own clause, up to the number. */
  clause: string;
}

/** 全国城镇新增就业完成情况快于时序进度，|1-9月达到1045万人: a clause that leads to the figure, and what came before it. */
export function clauseBeforeFigure(text: string, sentence: Span, quantities: readonly Quantity[], index: number, reach: number): ClauseSplit | null {
  const q = quantities[index]!;
  const prev = quantities[index - 1];
  const from = Math.max(sentence.start, prev && prev.end > sentence.start ? prev.end : sentence.start, q.start - reach);
  const before = text.slice(from, q.start);
  const cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','));
  if (cut < 0) return null;
  const clause = before.slice(cut + 1);
  return { from, earlierEnd: from + cut, clauseStart: from + cut + 1 + clause.search(/\S/), clause };
}
