/**
 * A figure's period: the last time expression before it in its sentence (2021年…, 截至5月底, 上半年, “十四五”时期),
 * else its paragraph's part of the year, else its section's, else the page's — and what overrides that: the month or
 * year of a 分别 series member, a level reached over a span (its end), a plan (its whole year).
 */
import { lastBefore, lastTimeBefore, type SentenceCues } from '../context/sentence-cues';
import { findPlaces } from '../context/gazetteer';
import { findTimes, isMonthPeriod, isPartOfYear, type TimeMention, type TimeOptions } from '../context/time';
import { lastMonthList, lastTimeList, listedPeriod } from '../context/time-list';
import type { Candidate } from '../rules/candidate';
import type { Line, Span } from '../text/sentences';
import type { IndicatorRecord, Kind } from '../types';

/** A figure as the period refiners of its words see it. */
export interface FigureInContext {
  text: string;
  candidate: Candidate;
  /** The line (paragraph) the figure stands in. */
  line: Span;
  docYear: number | null;
  /** Target or actual, as refineKind settled it. */
  kind?: Kind;
}

/**
 * What a figure's own words say of the period it measures, given the period its context gave it (a total over a span,
 * a level at a span's end, a change's ends…). Every one returns the period unchanged when its words are not there;
 * pipeline.ts lists them in the order they apply.
 */
export type PeriodRefiner = (figure: FigureInContext, period: string | null) => string | null;

/** Two single months of one year (2017-04, 2017-09). */
const bothMonths = (a: string, b: string): boolean => isMonthPeriod(a) && isMonthPeriod(b) && a.slice(0, 4) === b.slice(0, 4);

export function refinePeriod(
  text: string,
  around: SentenceCues,
  figureStart: number,
  sectionPeriod: string | null,
  pagePeriod: string | null,
  /** The part of the year an earlier sentence of the same paragraph named (一季度，…。…；实现…3.95万人). */
  paragraphPeriod: string | null = null,
): string | null {
  let time = lastTimeBefore(text, around.times, 0, figureStart);
  // 截至十月底，今年广东城镇新增就业达到…: 今年 after a date of the same year is that date's year, the date the more precise.
  if (time && time.span === 'point' && !time.wholeYear && time.year !== null) {
    const dated = around.times.filter((t) => t.end <= time!.start && t.span === 'elapsed' && t.year === time!.year && t.period !== null && !t.clauseOnly).pop();
    // (截至6月底，市政府2013年十件惠民利民实事中…，全市城镇新增就业41815人: a year naming the plan the figure is measured
    // against is no time of the figure's own.)
    if (dated && (THIS_YEAR_WORD.test(text.slice(time.start, time.end)) || PLAN_NAMED_AFTER.test(text.slice(time.end, time.end + 16)))) time = dated;
  }
  // A paragraph's part of the year refines a section or page that names a whole year at most — or another month, named
  // by a paragraph before (今年4月，省委提出… ⏎ 截至9月底，全省…。全省城镇登记失业率2.81%): the nearer one.
  // (临沂市2025年…民生实事一季度推进情况 ⏎ 今年以来，…: a section dated only by its year, on a page whose title names a part
  // of that year, is of that part.)
  const outer = sectionPeriod !== null && pagePeriod !== null && /^\d{4}$/.test(sectionPeriod) && PART_OF_YEAR.test(pagePeriod) && pagePeriod.startsWith(sectionPeriod) ? pagePeriod : (sectionPeriod ?? pagePeriod);
  const context = paragraphPeriod !== null && (outer === null || /^\d{4}$/.test(outer) || bothMonths(outer, paragraphPeriod)) ? paragraphPeriod : outer;
  // “十四五”以来，截至今年8月底，城镇新增就业累计达…: a total run up over the span, to that date — the span's figure.
  const span = around.times.filter((t) => t.end <= figureStart && t.span === 'past' && t.period !== null && SPAN.test(t.period)).pop();
  const totalled = time !== undefined && text.slice(time.end, figureStart).includes('累计');
  if (span && time && time !== span && time.start > span.start && totalled) time = span;
  // “十四五”期间，就业局势总体稳定。截至8月底，城镇新增就业累计达到5921万人: the span named by the sentence before, likewise.
  else if (!span && totalled && time?.span === 'elapsed' && context !== null && SPAN.test(context) && /^(?:截至|截止)/.test(text.slice(time.start, time.end))) return context;
  // (今年 in a plan's span — “十一五”期间…。今年力争… — on a page of no known year: which of the span's years is unknown.)
  if (time?.wholeYear && time.period === null) return context === null || SPAN.test(context) ? null : context.slice(0, 4);
  // A month in a span's context (“十四五”时期…8月份) is of the span's last year.
  if (time?.month && time.period === null) return context === null ? null : `${SPAN.test(context) ? context.slice(-4) : context.slice(0, 4)}-${time.month}`;
  if (time?.quarterEnd) return context === null ? null : endMonthOf(context);
  // 截至2025年6月末，…。上半年，全市城镇新增就业3.6万人 on a page of no known year: the half of the year its context names.
  if (time?.part && time.period === null) return context === null ? null : `${SPAN.test(context) ? context.slice(-4) : context.slice(0, 4)}${time.part}`;
  // “十四五”期间…。城镇调查失业率前四年均值为5.3%: the first years of the span its context is in. (Outside a span,
  // 由前三年分别上升… is no plan's years: the figure is dated as if it were not there.)
  if (time?.firstYears && time.period === null) {
    if (context === null || !SPAN.test(context)) {
      const without = around.times.filter((t) => t !== time);
      return refinePeriod(text, { ...around, times: without }, figureStart, sectionPeriod, pagePeriod, paragraphPeriod);
    }
    const from = Number(context.slice(0, 4));
    return `${from}-${from + time.firstYears - 1}`;
  }
  if (time?.years && time.period === null) {
    // 城镇新增就业连续4年超1300万 over …2016年至2019年，城镇新增就业每年保持在1300万人以上: the run the story spells out.
    const run = namedRun(text, figureStart, time.years);
    if (run !== null) return run;
    const end = context === null ? NaN : Number(context.slice(-4));
    return Number.isNaN(end) ? null : `${end - time.years + 1}-${end}`;
  }
  // 2025年，全国城镇调查失业率平均值为5.2%。分季度看，一季度…: a part of the year its own sentence gives no year for is of
  // the year gone by an earlier sentence of its paragraph named, not of the page's.
  // (…一季度…。二季度…: or of the year the part an earlier sentence named is of.)
  if (time?.pageYear && time.period !== null && paragraphPeriod !== null && /^\d{4}(?!-\d{4})/.test(paragraphPeriod)) return paragraphPeriod.slice(0, 4) + time.period.slice(4);
  return time?.period ?? context;
}

/** How far after a run of N years (连续4年) its years may be spelled out. */
const RUN_NAMED_WITHIN = 600;

/**
 * The years of a run of `n` years that the text around it spells out, the nearest first: a range (2016年至2019年) or a list
 * (2012年、2013年、2014年、2015年) of exactly that many years.
 */
function namedRun(text: string, at: number, n: number): string | null {
  const after = text.slice(at, at + RUN_NAMED_WITHIN);
  const range = RUN_RANGE.exec(after);
  const list = RUN_LIST.exec(after);
  const candidates: Array<[number, string]> = [];
  if (range && Number(range[2]) - Number(range[1]) + 1 === n) candidates.push([range.index, `${range[1]}-${range[2]}`]);
  if (list) {
    const years = list[0].match(/(?:19|20)\d\d/g)!.map(Number);
    if (years.length === n && years.every((y, k) => k === 0 || y === years[k - 1]! + 1)) candidates.push([list.index, `${years[0]}-${years[n - 1]}`]);
  }
  candidates.sort((a, b) => a[0] - b[0]);
  return candidates[0]?.[1] ?? null;
}
const RUN_RANGE = /((?:19|20)\d\d)年?\s*(?:到|至|—|-|～|~)\s*((?:19|20)\d\d)年/;
const RUN_LIST = /(?:19|20)\d\d年?(?:[、,，和及与](?:19|20)\d\d年?)+/;

const THIS_YEAR_WORD = /^(?:今年|本年度?)$/;
const PLAN_NAMED_AFTER = /^[^，,。；;！？\d]{0,12}(?:实事|目标任务|工作目标|民生工程)/;

/** The last month of a part of a year (2014Q1 → 2014-03, 2016Q1-Q3 → 2016-09, 2022H1 → 2022-06); a year or span as is. */
function endMonthOf(period: string): string {
  const m = /^(\d{4})(?:Q(?:[1-4]-Q)?([1-4])|H([12]))$/.exec(period);
  if (!m) return period;
  const month = m[2] ? 3 * Number(m[2]) : 6 * Number(m[3]);
  return `${m[1]}-${String(month).padStart(2, '0')}`;
}

const PART_OF_YEAR = /^\d{4}(?:H[12]|Q[1-4](?:-Q[1-4])?|-\d\d)$/;

/** A plan is for the whole year, even when the figure measured against it, or the news about it, covers part of it. */
export function wholeYearOf(period: string | null): string | null {
  return period !== null && PART_OF_YEAR.test(period) ? period.slice(0, 4) : period;
}

/** How far back in its paragraph a sentence looks for the part of the year it continues. */
const PARAGRAPH_REACH = 300;
/** How much of a paragraph is read for its times (bounded: a page without line breaks is one paragraph). */
const PARAGRAPH_SCAN = 20_000;

/**
 * The part of the year (一季度, 上半年, 1-9月, 截至6月底) the last earlier sentence of the same paragraph named: news
 * paragraphs state it once and go on. Years and spans are left to the section.
 */
export function paragraphPeriod(
  text: string,
  line: Span,
  sentenceStart: number,
  docYear: number | null,
  cache: Map<number, TimeMention[]>,
  review: TimeOptions = {},
  /** The paragraph before, whose part of the year a paragraph of its places' parts continues. */
  previous?: Span,
): string | null {
  if (sentenceStart <= line.start) {
    // 拉萨市转移就业3.6万人，…；日喀则市转移就业6.6万人…: a paragraph of the places' parts, opening on a place, continues
    // the part of the year the paragraph before gave their whole (截至5月7日，全区农牧民转移就业19.7万人).
    if (!previous || !opensOnPlace(text, line.start)) return null;
    const last = paragraphTimes(text, previous, docYear, cache, review).findLast((t) => !t.sentenceOnly && !t.clauseOnly);
    return last?.span === 'elapsed' && last.period !== null && isPartOfYear(last.period) ? last.period : null;
  }
  const times = paragraphTimes(text, line, docYear, cache, review);
  /** A clause opening on the whole year stands between (面对一季度…的困难局面，…，全年实现GDP增长1.7%。城镇调查失业率…). */
  let wholeYearAfter = false;
  for (let i = times.length - 1; i >= 0; i--) {
    const t = times[i]!;
    if (t.end > sentenceStart) continue;
    if (t.start < sentenceStart - PARAGRAPH_REACH) break;
    if (t.sentenceOnly) continue;
    // (2008年第3季度开始出现农民工返乡现象: the part of the year something started in is no part the paragraph reports.)
    if (STARTED_IN.test(text.slice(t.end, t.end + 2))) continue;
    // (…the paragraph has moved on from the part of the year to the whole; 完成全年目标任务的25% has not.)
    if (t.wholeYear && text.slice(t.start, t.end) === '全年' && OPENS_CLAUSE.test(text.slice(Math.max(line.start, t.start - 1), t.start))) {
      wholeYearAfter = true;
      continue;
    }
    if (t.span === 'elapsed' && !t.clauseOnly && t.period !== null && !wholeYearAfter) return t.period;
    // 去年受…影响，…。…经过共同努力，全国城镇新增就业达到1269万人: the year just gone that the paragraph opened on.
    if (t.span === 'point' && !t.clauseOnly && t.period !== null && text.slice(t.start, t.end) === '去年' && LEADS_PARAGRAPH.test(text.slice(line.start, t.start))) return t.period;
    // …。2021年发放失业保险费返还资金437万元…。开发公益性岗位450个: a year gone by that opened a sentence of the paragraph.
    if (t.span === 'point' && !t.clauseOnly && t.year !== null && docYear !== null && t.year < docYear && /^\d{4}$/.test(t.period ?? '') && OPENS_SENTENCE.test(text.slice(Math.max(line.start, t.start - 1), t.start))) return t.period;
  }
  return null;
}

const STARTED_IN = /^(?:开始|起)/;

/** The nearest line before `index` with text on it: the paragraph before, across blank lines. */
export function paragraphBefore(text: string, lines: readonly Span[], index: number): Span | undefined {
  for (let i = index - 1; i >= 0 && i >= index - BLANK_LINES_MAX; i--) {
    const l = lines[i]!;
    if (text.slice(l.start, l.end).trim() !== '') return l;
  }
  return undefined;
}
const BLANK_LINES_MAX = 3;

/** The paragraph's times, found once for all its sentences. */
function paragraphTimes(text: string, line: Span, docYear: number | null, cache: Map<number, TimeMention[]>, review: TimeOptions): TimeMention[] {
  let times = cache.get(line.start);
  if (!times) {
    const end = Math.min(line.end, line.start + PARAGRAPH_SCAN);
    cache.set(line.start, (times = findTimes(text.slice(line.start, end), docYear, review).map((t) => ({ ...t, start: t.start + line.start, end: t.end + line.start }))));
  }
  return times;
}

/** A paragraph that opens on a place's name (拉萨市转移就业…), an area's part of a whole. */
function opensOnPlace(text: string, start: number): boolean {
  const head = text.slice(start, start + PLACE_HEAD);
  const lead = head.length - head.trimStart().length;
  return findPlaces(head, lead).some((p) => p.start === lead && !p.place.short);
}
const PLACE_HEAD = 16;

/** What stands right before a sentence's first word: the paragraph's start or the stop that ended the sentence before. */
const OPENS_SENTENCE = /^(?:[。！？；\s]?)$/;
const OPENS_CLAUSE = /^(?:[，,。！？；;\s]?)$/;

/** What may stand before a paragraph's opening 去年: a speaker (向东表示，), nothing of the year's own. */
const LEADS_PARAGRAPH = /^[^。！？\d]{0,24}$/;

const MONTH_LIST_REACH = 80;

/**
 * 1-3月，全市城镇调查失业率分别为5.5%、5.6%和5.3%; 一季度各月…分别为…: the months of a span, one each — when one measure is
 * listed over them (城镇新增就业、再就业分别为… lists measures, not months).
 */
const MONTH_SPAN = /(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*(?:-|—|－|~|～|至|到)\s*(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(?:各月)?([^。；;]*)$/;
const EACH_MONTH_OF: Record<string, [number, number]> = {
  一季度: [1, 3], 二季度: [4, 6], 三季度: [7, 9], 四季度: [10, 12], 上半年: [1, 6], 下半年: [7, 12], 前三季度: [1, 9],
};
const EACH_MONTH = /(前三季度|[一二三四]季度|上半年|下半年)各月([^。；;]*)$/;
const MONTH_WORD = (w: string): number => (/^\d+$/.test(w) ? Number(w) : w.startsWith('十') ? 10 + ('一二'.indexOf(w[1] ?? '') + 1) : '一二三四五六七八九'.indexOf(w) + 1);

function monthsOfSpan(lead: string): number[] | null {
  const span = MONTH_SPAN.exec(lead);
  const each = span ? null : EACH_MONTH.exec(lead);
  const [from, to, rest] = span ? [MONTH_WORD(span[1]!), MONTH_WORD(span[2]!), span[3]!] : each ? [...EACH_MONTH_OF[each[1]!]!, each[2]!] : [0, 0, ''];
  if (from < 1 || to <= from || /[、和及与\d]/.test(rest)) return null;
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

/** Years written one by one (2012年、2013年、2014年和2015年). */
const YEAR_LIST = /(?:19|20)\d\d年?(?:[、,，和及与](?:19|20)\d\d年?)+/;
const YEAR_RANGE = /((?:19|20)\d\d)年?\s*(?:到|至|—|-|～|~)\s*((?:19|20)\d\d)年/;
/** Counts of people or cards insured: a level at a date, not a flow over a span. */
const STOCKS = new Set(['pension_insured', 'unemployment_insurance_insured', 'work_injury_insurance_insured', 'social_security_cards']);
const LEVEL_REACHED = /达到|达|覆盖|突破|增至|增加到|提高到|升至|总数|总量/;
const SPAN = /^(\d{4})-(\d{4})$/;

/**
 * A level reached over a span is the level at its end: 五年来…基本养老保险参保人数达到2669万人 is the count of 2025, where
 * 城镇新增就业603.7万人 over the same five years is the span's total.
 */
export const levelAtEnd: PeriodRefiner = ({ text, candidate: c }, period) => {
  const span = period === null ? null : SPAN.exec(period);
  if (!span || !STOCKS.has(c.indicator)) return period;
  return LEVEL_REACHED.test(text.slice(c.start, c.quantity.start)) ? span[2]! : period;
};

const RATES = new Set(['registered_unemployment_rate', 'surveyed_unemployment_rate']);
/** Words that make a rate over a span hold for each of its years (均控制在, 始终保持, 年均, 前4年均值). */
const EACH_YEAR = /均|平均|每年|始终|一直|历年|各年|保持|稳定在|连续|前[一二三四五六七八九\d]年|期间/;
const RATE_CLAUSE_REACH = 40;

/**
 * An unemployment rate is a level, measured at a date: reported once over a span (“十一五”末…城镇登记失业率4.14%; 到2005年，
 * 城镇登记失业率为5.7%) it is the span's last year's — unless its clause says it held each year (均…, 始终…) or under a
 * line (控制在4%以内), which the corpus dates by the span, as it does a plan's.
 */
export const rateAtEnd: PeriodRefiner = ({ text, candidate: c, kind }, period) => {
  const span = period === null ? null : SPAN.exec(period);
  if (!span || !RATES.has(c.indicator) || kind !== 'actual') return period;
  const before = text.slice(Math.max(0, c.start - RATE_CLAUSE_REACH), c.quantity.start);
  const clause = before.slice(before.search(/[^，,。；;\n]*$/));
  const after = text.slice(c.quantity.end, c.quantity.end + 4);
  return EACH_YEAR.test(clause) || EACH_YEAR.test(after) || HELD_UNDER.test(clause) || BOUND_AFTER.test(after) ? period : span[2]!;
};
/** A rate kept under a line over the years (控制在4%以内, 维持在3.8%左右): the span's, as a plan's ceiling is. */
const HELD_UNDER = /控制|维持|调控|低于|不超过/;
const BOUND_AFTER = /^(?:以内|以下|之内|内|左右)/;

/**
 * The registered unemployment rate and the numbers insured are counts taken at a quarter's end: reported for 一季度 or
 * 前三季度 they stand at March's or September's end (NOTES: 一季度末 → 2023-03), where a flow over the same months
 * (新增就业) covers them all. (A half year's, 上半年, stays the half: the corpus writes it so.)
 */
export const levelAtQuarterEnd: PeriodRefiner = ({ candidate: c }, period) => {
  if (period === null || !/Q/.test(period)) return period;
  return c.indicator === 'registered_unemployment_rate' || STOCKS.has(c.indicator) ? endMonthOf(period) : period;
};

/** The month a member of a 分别 series over a month list stands for (7、8、9三个月…分别为5.1%、5.1%和4.9%). */
export function seriesMonth(text: string, c: Candidate, sentenceStart: number, docYear: number | null): string | null {
  let head = c;
  let position = 0;
  while (head.seriesOf) {
    head = head.seriesOf;
    position++;
  }
  // Bounded: a page without punctuation is one endless sentence.
  const lead = text.slice(Math.max(sentenceStart, head.quantity.start - MONTH_LIST_REACH), head.quantity.start);
  // Only a series that 分别 introduces in the head's own clause.
  if (!/分别[^，,；;]{0,8}$/.test(lead)) return null;
  // 2013年到2017年，…分别为1310万人、1322万人…: one year each.
  const years = YEAR_RANGE.exec(lead);
  if (years && Number(years[2]) - Number(years[1]) >= position) return String(Number(years[1]) + position);
  // 2012年、2013年、2014年、2015年，…分别为1266万人、1310万人…: the years listed, one each.
  const listed = YEAR_LIST.exec(lead);
  if (listed) {
    const each = listed[0].match(/(?:19|20)\d\d/g)!;
    if (each.length > position) return each[position]!;
  }
  // 2024年一季度、二季度…分别为, 上半年和前三季度…分别为: the parts of years listed, one each.
  const times = lastTimeList(lead);
  if (times) return times.length > position ? listedPeriod(times[position]!, docYear) : null;
  const months = lastMonthList(lead) ?? monthsOfSpan(lead);
  if (!months || months.length <= position) return null;
  if (docYear === null) return null;
  return `${docYear}-${String(months[position]).padStart(2, '0')}`;
}

/** In a five-year plan, a target restated in the review of the plan before (“十三五”以来…) is still the plan's own. */
export function planSectionPeriod(sectionPeriod: string | null, planSpan: string | null): string | null {
  return planSpan !== null && sectionPeriod !== null && SPAN.test(sectionPeriod) ? planSpan : sectionPeriod;
}

/** How far back in its paragraph a cumulative figure looks for the span it totals. */
const CUMULATIVE_REACH = 200;

/** The paragraph's text before a figure, as far back as a cumulative figure looks for what it totals. */
const cumulativeLead = (text: string, line: Span, c: Candidate): string => text.slice(Math.max(line.start, c.quantity.start - CUMULATIVE_REACH), c.quantity.start);

/**
 * A total run up to a month's end in a paragraph about a five-year span (显示了“十四五”时期…的成果。截至8月底，城镇新增就业
 * 累计达到5921万人) is the span's total to date, not the month's.
 */
export const cumulativeOverSpan: PeriodRefiner = ({ text, line, candidate: c, docYear }, period) => {
  if (period === null || !isMonthPeriod(period)) return period;
  const lead = cumulativeLead(text, line, c);
  if (!/累计[^，,。；;]{0,6}$/.test(lead)) return period;
  const span = findTimes(lead, docYear).filter((t) => t.span === 'past' && t.period !== null && SPAN.test(t.period)).pop();
  return span?.period ?? period;
};

/**
 * 今年1—9月，全市新转移农村劳动力4.02万人，累计转移农村劳动力28.3万人: beside the labour moved in part of a year, the
 * total moved so far is the stock at that part's end — its last month's.
 */
export const transferredSoFar: PeriodRefiner = ({ text, line, candidate: c }, period) => {
  if (period === null || c.indicator !== 'rural_labor_transfer' || !PART_OF_YEAR_ONLY.test(period)) return period;
  if (!/累计[^，,。；;]{0,8}$/.test(cumulativeLead(text, line, c))) return period;
  const sentence = text.slice(line.start, c.start);
  return NEWLY_MOVED.test(sentence.slice(sentence.search(/[^。；;！？]*$/))) ? endMonthOf(period) : period;
};
const PART_OF_YEAR_ONLY = /^\d{4}(?:H[12]|Q[1-4](?:-Q[1-4])?)$/;
const NEWLY_MOVED = /新(?:增)?转移/;

/** The same part of the year before (2016-09 → 2015-09, 2016Q1-Q3 → 2015Q1-Q3); a span is left alone. */
export function yearEarlier(period: string | null): string | null {
  const m = period === null ? null : /^(\d{4})((?:H[12]|Q[1-4](?:-Q[1-4])?|-\d\d)?)$/.exec(period);
  return m ? `${Number(m[1]) - 1}${m[2]}` : null;
}

/** 去年底的3.10% beside a figure of 2015H1 → 2014; 上月的5.0% beside one of 2021-12 → 2021-11. */
export function earlierLevelPeriod(period: string | null, at: 'yearEnd' | 'month'): string | null {
  if (period === null || !/^\d{4}/.test(period)) return null;
  const year = Number(period.slice(0, 4));
  if (at === 'yearEnd') return String(year - 1);
  const month = /^\d{4}-(\d\d)$/.exec(period);
  if (!month) return null;
  const m = Number(month[1]);
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

/** 从10.9%降至3.47%: the level a change starts from, and the one it comes to. */
const CHANGE_FROM = /从$/;
const CHANGE_TO = /(?:降|升|增|提高|下降|上升|增加|减少|降低|调整)(?:至|到|为)$/;

/**
 * Over a span of years (1978年到2018年，…城镇登记失业率从10.9%降至3.47%), the level a change starts from is the span's
 * first year's, and the level it comes to the last year's — not the span's, which neither figure measures.
 */
export const changeEnds: PeriodRefiner = ({ text, candidate: c }, period) => {
  const span = period === null ? null : SPAN.exec(period);
  if (!span) return period;
  const before = text.slice(Math.max(0, c.quantity.start - 4), c.quantity.start);
  if (CHANGE_FROM.test(before)) return span[1]!;
  return CHANGE_TO.test(before) && /从[^，。；]*$/.test(text.slice(Math.max(0, c.quantity.start - 30), c.quantity.start)) ? span[2]! : period;
};

/**
 * 参保人数从2012年的756万人上升到2021年的1330万人，工伤保险参保人数从541万人上升到984万人: a change in a series that names
 * no years of its own starts where the change before it in the sentence did.
 */
const YEARS_OF_CHANGE = /从((?:19|20)\d\d)年(?:底|末)?的?[^，。；;]{0,24}?(?:到|至)(?:19|20)\d\d年/g;
const SERIES_REACH = 200;

export const changeFromLikeBefore: PeriodRefiner = ({ text, candidate: c, line }, period) => {
  if (!CHANGE_FROM.test(text.slice(Math.max(0, c.quantity.start - 1), c.quantity.start))) return period;
  const before = text.slice(Math.max(line.start, c.quantity.start - SERIES_REACH), c.quantity.start);
  const sentence = before.slice(before.lastIndexOf('。') + 1);
  let from: string | undefined;
  for (const m of sentence.matchAll(YEARS_OF_CHANGE)) from = m[1];
  return from ?? period;
};

/** 由2005年的4.4%下降到目前的3.7%左右: the level a change comes to now is the page's year's, not the year it came from. */
const TO_NOW = /(?:到|至|为)(?:目前|现在|当前)的?$/;

export const levelNow: PeriodRefiner = ({ text, candidate: c, docYear }, period) => {
  return docYear !== null && TO_NOW.test(text.slice(Math.max(0, c.quantity.start - 6), c.quantity.start)) ? String(docYear) : period;
};

/**
 * 与2012年度全市城镇登记失业率4.01%相比, 比2012年末的4.09%: the level a comparison is made with is its own year's — the
 * 与…相比 around the figure, or 比…的 right before it (比2012年增长15% is a change, and keeps its period).
 */
const COMPARED_WITH = /(?:与|和|同)((?:19|20)\d\d)年度?(?:底|末)?的?[^，,。；;\d]{0,16}$/;
const COMPARED_BY = /(?:比|较)((?:19|20)\d\d)年度?(?:底|末)?的$/;
const COMPARISON_CLOSE = /^\s*(?:相比|相较|比较)/;
/** 同去年调解成功率54.8%相比: the comparison's year is the one before the figure's sentence (去年同期: its same part). */
const COMPARED_WITH_LAST_YEAR = /(?:与|和|同)(?:去年|上年)(同期)?度?的?[^，,。；;\d]{0,16}$/;

export const comparedLevel: PeriodRefiner = ({ text, candidate: c }, period) => {
  const before = text.slice(Math.max(0, c.quantity.start - 30), c.quantity.start);
  const by = COMPARED_BY.exec(before);
  if (by) return by[1]!;
  if (!COMPARISON_CLOSE.test(text.slice(c.quantity.end, c.quantity.end + 4))) return period;
  const withYear = COMPARED_WITH.exec(before);
  if (withYear) return withYear[1]!;
  const lastYear = COMPARED_WITH_LAST_YEAR.exec(before);
  if (!lastYear || period === null || !/^\d{4}/.test(period)) return period;
  return lastYear[1] ? yearEarlier(period) ?? period : String(Number(period.slice(0, 4)) - 1);
};

/** An average over the years: 平均每年, 年均, 每年. */
// (2024年均值5.5%: a named year's average, no average over years.)
const AVERAGE_WORD = '平均每年|(?<![\\d０-９] ?)年均';
const YEARLY_AVERAGE = new RegExp(`${AVERAGE_WORD}|每年`);

/** A change between two named years earlier in the sentence: 由2012年的37287万人增加到2021年的46773万人. */
const CHANGE_BETWEEN_YEARS = /(?:由|从)((?:19|20)\d\d)年(?:底|末)?的?[^，。；;]{0,24}?(?:到|至)((?:19|20)\d\d)年/g;
/** The average's word just before its figure, in the figure's clause (城镇新增就业年均超过1300万人). */
const AVERAGE_IN_CLAUSE = new RegExp(`(?:${AVERAGE_WORD})[^，,。；;]{0,8}$`);

/**
 * 城镇就业人数由2012年的37287万人增加到2021年的46773万人，城镇新增就业年均超过1300万人: an average over the years after a
 * change between two named years is over those years, not the last one's that the change's end gave it.
 */
export const averageOverChange: PeriodRefiner = ({ text, candidate: c, line }, period) => {
  if (period === null || !/^\d{4}$/.test(period)) return period;
  const before = text.slice(Math.max(line.start, c.quantity.start - SERIES_REACH), c.quantity.start);
  if (!AVERAGE_IN_CLAUSE.test(before)) return period;
  const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？')) + 1);
  let span: string | undefined;
  for (const m of sentence.matchAll(CHANGE_BETWEEN_YEARS)) if (m[2] === period && m[1]! < m[2]!) span = `${m[1]}-${m[2]}`;
  return span ?? period;
};

/**
 * A figure under a horizon still ahead (到2025年…), found once for both readings of it:
 * - an average a plan sets for every year up to it (到2025年，全县平均每年实现城镇新增就业2800人以上) is the span's, from
 *   the page's year to the horizon — not the page's year alone (counts only: a rate is not averaged over years);
 * - a goal set for that later year (到2015年，…参保人数达到780万人以上 on a page of 2012) is the horizon's, where nothing
 *   nearer to the figure dated it otherwise (its period is still the page's year) — or, a total run up or a level held
 *   over the years to it (将累计新增城镇就业138万人, 保持在5.5%左右), the span's.
 */
export function towardHorizon(
  text: string, around: SentenceCues, c: Candidate, docYear: number | null, target: boolean, period: string | null,
): string | null {
  const figureStart = c.quantity.start;
  const horizon = lastBefore(around.horizons, 0, figureStart);
  // (到2015年，城镇新增就业36万人 on a page that names no year of its own: the goal is the horizon's year.)
  if (horizon && docYear === null && target && period === null) return String(horizon.year);
  if (!horizon || docYear === null || horizon.year <= docYear) return period;
  const span = `${docYear}-${horizon.year}`;
  const between = text.slice(horizon.end, figureStart);
  if (c.unit !== '%' && YEARLY_AVERAGE.test(between)) return span;
  if (!target || period !== String(docYear)) return period;
  const clause = between.slice(between.search(/[^，,；;]*$/));
  // (…三年共开展培训180万人次以上，其中2019年培训58万人次以上: the page's year, written in the figure's own clause, dates it.)
  if (clause.includes(`${docYear}年`)) return period;
  return OVER_THE_YEARS.test(clause) ? span : String(horizon.year);
}
const OVER_THE_YEARS = /累计|保持在|稳定在|始终/;

/**
 * The plan a figure is held up to is of the figure's time: the plan a total over years beat (城镇新增就业累计达到5921万人，
 * 超额完成5500万人的目标任务) is the years' plan, the total's span as its record carries it; the year's plan a figure met
 * (城镇新增就业7826人，完成年度目标任务7200人的108.7%; 1-9月…，完成全年目标6万人的83%) is of the figure's year, wherever
 * the page's own plans for a later year point — unless the plan names its own time (控制在“十五”计划确定的5%的目标之内).
 */
export function planOfFigure(text: string, figure: Candidate, plan: Candidate, figurePeriod: string | null, docYear: number | null): string | null {
  if (figurePeriod === null || findTimes(text.slice(figure.end, plan.end), docYear).length > 0) return null;
  if (SPAN.test(figurePeriod)) return TOTAL_WORD.test(text.slice(figure.start, figure.end)) ? figurePeriod : null;
  return figurePeriod.slice(0, 4);
}
const TOTAL_WORD = /累计|总量|合计/;

/** The headline's figure is the story's, or the story's rounded as the headline writes it (1417万人 for 1417.04万人). */
export function sameFigure(headline: IndicatorRecord, story: IndicatorRecord): boolean {
  if (headline.value === story.value) return true;
  if (headline.value === null || story.value === null) return false;
  const step = writtenStep(headline.text);
  return step !== null && Math.abs(story.value - headline.value) < step / 2 + 1e-9;
}

/** A floor (超40万个) the exact figure (40.97万个) is above, below the floor's next step. */
function flooredFigure(floor: IndicatorRecord, story: IndicatorRecord): boolean {
  if (floor.value === null || story.value === null) return false;
  const step = writtenStep(floor.text);
  // (Not the floor itself: 完成…40万个公益性岗位开发任务 under 超40万个 is the plan the heading went past.)
  return step !== null && story.value > floor.value && story.value < floor.value + step - 1e-9;
}

/** What the last figure written in `text` counts in its last digit (21.9万 → 1000), or null. */
function writtenStep(text: string): number | null {
  const written = WRITTEN_FIGURE.exec(text);
  if (!written) return null;
  const power = written[2] === '亿' || written[2] === '億' ? 8 : written[2] ? 4 : 0;
  return 10 ** (power - (written[1]!.split('.')[1]?.length ?? 0));
}
/** The last figure written in digits, with its multiplier (1417万, 21.9万, 5.5). */
const WRITTEN_FIGURE = /(\d+(?:\.\d+)?)\s*(万|萬|亿|億)?[^\d]*$/;

/** A figure with no words of its own: a table's cell. */
const BARE_CELL = /^[\d.,%％]+$/;

/** How far below its headline the story restates a figure. */
export const RESTATED_WITHIN = 3000;
/** Words of intent or of a result a headline may use of its own figures. */
const SAYS_ITS_KIND = /将|要|力争|确保|预计|计划|目标|任务|完成|实现|达到|超过|已/;

/**
 * A headline restates a figure of its story without the story's time (陕城镇新增就业21.92万人 over 上半年…全省城镇新增就业
 * 21.92万人; 关注点二：城镇新增就业人数完成全年目标任务95.0% over 前三季度…完成全年目标的95.0%): a figure in the first line or
 * a heading line that names no time takes the period, and the kind, of the same figure further down — the story says
 * what the headline leaves out.
 */
export function datedLikeTheBody(text: string, lines: readonly Line[], records: IndicatorRecord[], docYear: number | null): void {
  if (records.length < 2) return;
  // Found top-down, settled bottom-up: a headline restated by a lower headline (原标题:…) takes what the lower one
  // takes from the story.
  const headlines: Array<{ inLine: IndicatorRecord[]; before: number; after: number; start: number; end: number; kindOnly: boolean; thisYear: boolean }> = [];
  let r = 0;
  for (let l = 0; l < lines.length && r < records.length; l++) {
    const line = lines[l]!;
    // Headlines and in-text headings, not one-sentence paragraphs (…控制在***%。) or a table's cells (440个 |).
    if (l > 0 && (!line.heading || /[。；;|]\s*$/.test(text.slice(line.start, line.end)))) continue;
    while (r < records.length && records[r]!.start < line.start) r++;
    const inLine: IndicatorRecord[] = [];
    for (let k = r; k < records.length && records[k]!.start < line.end; k++) inLine.push(records[k]!);
    // 全年 in a headline names the plan (已完成全年新增就业目标), not the time of its figure.
    if (inLine.length === 0) continue;
    const times = findTimes(text.slice(line.start, line.end), docYear).filter((t) => !t.wholeYear);
    // (荆门实施职业技能提升行动 今年培训3.5万人次 over …计划…其中2019年培训3.5万人次: a headline naming only the page's own
    // year still restates the story's figure — its kind, at least, is the story's.)
    // (…今年我省将实现…, …这是今年中国政府的一部分工作目标: a line that says itself what its figures are keeps its own.)
    const ownYearOnly =
      times.length > 0 && times.every((t) => t.span === 'point' && t.year !== null && t.year === docYear) && !SAYS_ITS_KIND.test(text.slice(line.start, line.end));
    if (times.length > 0 && !ownYearOnly) continue;
    // (…of 今年, not of 2021年全年: a year named in full may be the year's average the story's month only happens to equal.)
    const thisYear = ownYearOnly && times.every((t) => text.slice(line.start + t.start, line.start + t.end) === '今年');
    headlines.push({ inLine, before: r - 1, after: r + inLine.length, start: line.start, end: line.end, kindOnly: ownYearOnly, thisYear });
  }
  // (全省已开发城乡公益性岗位超40万个 over …共开发城乡公益性岗位40.97万个: a floor the heading rounds the figure down to —
  // not a floor set as a goal, 2025年主要目标： ⏎ 城镇新增就业4万人以上 over 2024年成绩单： ⏎ 城镇新增就业4.2万人.)
  const same = (h: IndicatorRecord, o: IndicatorRecord) =>
    o.indicator === h.indicator && o.unit === h.unit &&
    (o.comparator === h.comparator ? sameFigure(h, o) : h.comparator === '>=' && o.comparator === '=' && h.kind !== 'target' && flooredFigure(h, o));
  for (const { inLine, before, after, start, end, kindOnly, thisYear } of headlines.reverse()) {
    // (A masked figure, ****人, equals nothing but itself.)
    // (A table's bare cell, 2022 61.0 3.3 on a row of years, restates nothing: its row dates it.)
    for (const h of inLine.filter((r) => !r.masked && !BARE_CELL.test(r.text))) {
      // Bounded: the story restates it soon after, and a page of headings stays linear.
      let o: IndicatorRecord | undefined;
      for (let k = after; k < records.length && records[k]!.start < end + RESTATED_WITHIN && !o; k++) if (same(h, records[k]!)) o = records[k];
      // …or a heading inside the story restates what its lead said above it (…截至10月底，全省城镇新增就业43.33万人。
      // 山西新增城镇就业43.33万人).
      for (let k = before; k >= 0 && records[k]!.start > start - RESTATED_WITHIN && !o; k--) if (same(h, records[k]!)) o = records[k];
      if (!o) continue;
      // (全疆城镇今年新增就业44.5万人 over 截至到9月底，全疆城镇新增就业44.5万人: the year a headline names, the story
      // dates within it.)
      if (!kindOnly || (thisYear && docYear !== null && o.period !== null && o.period.startsWith(`${docYear}`) && !SPAN.test(o.period))) h.period = o.period;
      h.kind = o.kind;
    }
  }
}

/** 按照2022年退休人员月人均基本养老金的3.8%: the year whose average pension a rise is a share of. */
const BASE_YEAR_BEFORE = /((?:19|20)\d\d)年度?[^，,。；;\d]{0,16}?月人均(?:基本)?养老金(?:水平)?的?$/;
const BASE_REACH = 40;

/**
 * A pension rise is a share of the year before's average pension (调整水平为按2013年企业退休人员月人均基本养老金的10%):
 * the year it names is the base, and the rise is the next year's — not the base's, which its sentence named last.
 */
export const pensionRiseOverBase: PeriodRefiner = ({ text, candidate: c }, period) => {
  if (c.indicator !== 'pension_increase' || period === null) return period;
  const base = BASE_YEAR_BEFORE.exec(text.slice(Math.max(0, c.quantity.start - BASE_REACH), c.quantity.start));
  if (base) return period === base[1] ? String(Number(base[1]) + 1) : period;
  // (分别按上年度全省企业退休人员和机关事业单位退休人员月人均基本养老金5.7%和4%的水平执行: the base called the year before,
  // which dated the rise — the rise is the year after it.)
  const relative = /^\d{4}$/.test(period) && RELATIVE_BASE_BEFORE.test(text.slice(Math.max(0, c.quantity.start - RELATIVE_BASE_REACH), c.quantity.start));
  return relative ? String(Number(period) + 1) : period;
};
/** 上年度…月人均基本养老金 right before the rise, or before the list of rises it heads (…养老金5.7%和4%), no year between. */
const RELATIVE_BASE_BEFORE = /(?:上年度|上一年度|上年)[^，,。；;\d年]{0,24}?月人均(?:基本)?养老金(?:水平)?的?(?:\d+(?:\.\d+)?[%％][和、及])*$/;
const RELATIVE_BASE_REACH = 60;
