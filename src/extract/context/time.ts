/**
 * Time expressions → periods in the spec's notation: 2022, 2023H1, 2023Q1, 2023-05, 2021-2025.
 * Pure functions over a short piece of text and the document's year.
 */
import { blankLines, isSiteChrome } from '../text/breadcrumb';
import { parseChineseInteger } from '../numbers/chinese-numeral';
import { CHANGE_VERBS, FIVE_YEAR_NEXT, FIVE_YEAR_PAST, TEN_YEAR_PAST } from '../lexicon/cues';
import { literalAlternation } from '../text/alternation';
import { DOCUMENT_NUMBER_TAIL } from '../text/document-number';
import { CAPTION } from '../text/caption';
import { firstOwnLine } from '../text/headline';

// 十五 (2001-2005) last: the alternation tries 十五五 first.
const FIVE_YEAR_PLANS: Record<string, number> = { 十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026, 十五: 2001 };
/** A plan's name as pages write it, quoted or not (“十四五”, 十四五), the name its one group: a regular-expression source. */
const quotedPlan = (names: readonly string[] = Object.keys(FIVE_YEAR_PLANS)) => `[“"「『]?(${names.join('|')})[”"」』]?`;

/** Counter words after a numeral (十五场, 十五届, 十五个) and a heading's number (十五、人口和劳动就业) count things. */
const COUNTED = /[场届次个条项日天名岁周年万亿家所人位期号章批、．.]/;

// (2019 年, 9 月末: text taken from a PDF often sets a space between a number and the character after it.)
const year = (name: string) => `(?<${name}>(?:19|20)\\d\\d) ?年(?:度)?`;
const TIME_RE = new RegExp(
  [
    // 2012年至2021年4月份, 2016—2020年: a span of years, ending where the text says.
    `(?<rangeFrom>(?:19|20)\\d\\d) ?年?\\s*(?:至|到|—|－|-|～|~)\\s*(?<rangeTo>(?:19|20)\\d\\d) ?年(?:(?:1[0-2]|0?[1-9])月(?:份|底|末)?)?`,
    `(?<until>截至到|截止到|截至|截止|到)(?:${year('untilYear')})?(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]) ?月(?:份)?(?:底|末|上旬|中旬|下旬|\\d{1,2}日)?`,
    `${year('year')}(?<part>上半年[末底]|上半年|下半年|半年(?=内|来|以来)|第?[一二三四1-4]季度|第[一二三四1-4]季(?![度节末])|前三个?季度?|前3个?季度|首三季度?|首季度?|1月?[-—至~到]\\d{1,2}月|(?:1[0-2]|0?[1-9]) ?月(?:份|末|底)?(?![\\d０-９]{1,2}日)|(?:1[0-2]|0?[1-9])(?=[底末]))?`,
    // (提前两个月完成全年任务: how far ahead of time a plan was met, not the year's first months.)
    // (一至十月, 今年一到十月: the months in Chinese numerals — 一 opening its word, not 统一至十月底.)
    `(?<months>1|元|(?<=^|[^\\u4e00-\\u9fff]|年)一) ?月? ?[-—至~到] ?(?<toMonth>1[0-2]|[1-9]|十[一二]?|[二三四五六七八九]) ?月(?:份)?|(?<!提)(?:前|首)(?<firstMonths>1[0-2]|[1-9]|[一二两三四五六七八九十]|十[一二])个?月`,
    // (今年来， as some write it: not 今年来华, 今年来到.)
    `(?<sinceStart>今年以来|今年来(?=[，,\\s])|年初以来|本年以来)`,
    // 春节期间(1月22日—28日): days within one month, counted together — that month's.
    `(?<dayRangeMonth>1[0-2]|0?[1-9])月\\d{1,2}日\\s*(?:—|－|-|～|~|至|到)\\s*\\d{1,2}日`,
    // 12月份降至5.2%, 3月全市城镇调查失业率为5.5%: a month of the page's year (a date, 7月25日, is not a period).
    // (…，5月进一步降至5%: a month, then the level's move in it.)
    // (13月, a 1—3月 whose dash a copy lost, is no month: a month's number never follows a digit.)
    `(?<![\\d０-９])(?<bareMonth>1[0-2]|0?[1-9]) ?月(?:份|末|底|(?=全[国省市区县州]|城镇|(?:中国|我国)(?:全国)?城镇|(?:城镇)?(?:调查)?失业率|[，,]|的[\\d０-９]|(?:进一步|继续)?(?:降至|降为|升至|回落至|回升至)))(?!前|以前|之前)`,
    // (十一月份是55万, 十二月底: a month in Chinese numerals, written with 份, 末 or 底 — bare, 一月 is too often part of a word.)
    `(?<![\\d０-９一二三四五六七八九十])(?<bareMonthZh>十[一二]?|[一二三四五六七八九])月(?:份|末|底)(?!前|以前|之前)`,
    `(?<half>上半年[末底]|上半年|下半年)`,
    // 二季度末: the quarter's last month (a level or a rate at that date).
    `(?<quarterEnd>第?[一二三四]季度末)`,
    // 季末城镇登记失业率为4.08% in a story of 一季度: the end of its context's quarter.
    `(?<bareQuarterEnd>季末)`,
    // (前三季, 首三季, 首季: as Hong Kong papers write them; 前3季度 with its figure in digits.)
    // (第二季, 第四季: as Taiwan's press writes a quarter.)
    `(?<quarter>第?[一二三四]季度|第[一二三四]季(?![度节末])|前三个?季度?|前3个?季度|首三季度?|首季度?)`,
    `(?<plan>[“"「『]?(?:${Object.keys(FIVE_YEAR_PLANS).join('|')})[”"」』]?(?:时期|期间|以来)?)`,
    `(?<past5>${literalAlternation(FIVE_YEAR_PAST)})`,
    `(?<past10>${literalAlternation(TEN_YEAR_PAST)})`,
    // 近两年, 3年来, 过去三年, 这8年: the years just gone, however many (the lists above name the five and the ten).
    `(?<pastFew>(?:(?:过去的?|最近|近|这)(?<pastYears>[2-9]|[两二三四六七八九])年(?:来|以来|间|里)?|(?<![\\d０-９十百零〇一二三四五六七八九两])(?<sinceYears>[2-9]|[两二三四六七八九])年(?:来|以来)))`,
    `(?<next5>${literalAlternation(FIVE_YEAR_NEXT)})`,
    // 今后3年，全市年均培训各类劳动者25万人次以上: the years after the page's.
    `(?<nextFew>(?:今后|未来)(?<fewYears>[2-4二三四两])年)`,
    // “十四五”期间…城镇调查失业率前四年均值为5.3%: the first years of the plan just named.
    `(?<planFirstYears>(?<![\\d０-９一二三四五六七八九十])前(?<firstYears>[34三四])年(?!前|以前|之前))`,
    `(?<lastYear>去年|上年|上一年)`,
    `(?<nextYear>明年|下一年)`,
    `(?<twoYears>今明两年)`,
    `(?<thisYear>今年|本年度|年内)`,
    // 2017年初，新疆提出…计划，当年开展各类职业培训125.9万人(次): the year just named (相当年轻 is no year).
    `(?<thatYear>(?<![相充适每])当年(?!同期))`,
    // 全年城镇新增就业60万人以上 after 下半年: the whole year, not the half the sentence began with; 年末 likewise.
    `(?<wholeYear>全年|(?<![\\d０-９])年末|(?<![\\d０-９])年底)`,
    // 城镇登记失业率连续5年控制在4.1%以内: the span of years up to its context's.
    `(?<consecutive>连续(?<years>[2-9]|[二三四五六七八九]|十)年)`,
  ].join('|'),
  'g',
);

const SMALL_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
/** A small count as written, in digits or Chinese numerals (3, 三, 两, 十一): months, years. */
export const smallCount = (s: string): number => (/^\d+$/.test(s) ? Number(s) : SMALL_NUMERALS.indexOf(s.replace('两', '二')));

export const QUARTERS: Record<string, string> = { 一: 'Q1', 二: 'Q2', 三: 'Q3', 四: 'Q4', '1': 'Q1', '2': 'Q2', '3': 'Q3', '4': 'Q4' };

function partSuffix(part: string | undefined): string {
  if (!part) return '';
  // (2011年半年内新增就业岗位500个: the half gone by.)
  if (part === '上半年' || part === '半年') return 'H1';
  // 上半年末城镇登记失业率3.0%: a level at the half's end, dated by its month as a quarter's end is.
  if (/^上半年[末底]$/.test(part)) return '-06';
  if (part === '下半年') return 'H2';
  if (/^(?:前三个?|前3个?|首三)季度?$/.test(part)) return 'Q1-Q3';
  if (/^首季度?$/.test(part)) return 'Q1';
  const q = /([一二三四1-4])季度?/.exec(part);
  if (q) return QUARTERS[q[1]!] ?? '';
  // 2023年12月末: the year's end, dated by the year.
  if (/^12月(?:份)?[底末]$/.test(part) || part === '12') return '';
  // 截止2018年11底: the month's end with its 月 dropped.
  if (/^\d{1,2}$/.test(part)) return `-${part.padStart(2, '0')}`;
  const months = /(?:1月?[-—至~到]|^)(\d{1,2})月/.exec(part);
  if (months) return /^1月?[-—至~到]/.test(part) ? monthsToDate(Number(months[1])) : `-${months[1]!.padStart(2, '0')}`;
  return '';
}

/**
 * The months of a year run to the end of month `to` (1-9月, 前三个月): the quarter or half they make up when they end one
 * (1-3月 is the first quarter, 1-9月 the first three, as 前三季度 is), else cumulative to that month (1-5月 → -05).
 */
export function monthsToDate(to: number): string {
  return ({ 3: 'Q1', 6: 'H1', 9: 'Q1-Q3', 12: '' } as Record<number, string>)[to] ?? `-${String(to).padStart(2, '0')}`;
}

export interface TimeMention {
  start: number;
  end: number;
  /** Null when the mention needs the document's year and that is unknown (上半年 on an undated page). */
  period: string | null;
  /** The year the mention names explicitly, if any (for comparing with the document's year). */
  year: number | null;
  /**
   * past: a five-year span behind the document's year; next: one ahead; elapsed: part of a year that has run
   * (截至5月底, 上半年, 1-6月); point: a year, or a plan running through it.
   */
  span: 'past' | 'next' | 'elapsed' | 'point';
  /** Dates only the figure in its own clause (全年城镇新增就业60万人). */
  clauseOnly?: boolean;
  /** Dates its own sentence only, never the paragraph's later ones (an event's days, 3月19日至20日). */
  sentenceOnly?: boolean;
  /** 全年: the whole year of its context; `period` null when the sentence names no year before it. */
  wholeYear?: boolean;
  /** 12月份: a month of its context's year; `period` null when the sentence names no year before it. */
  month?: string;
  /** 连续5年: the run's length in years; `period` null when the sentence names no year before it. */
  years?: number;
  /** 前四年: the first years of its context's five-year plan; `period` null when the text named no plan before it. */
  firstYears?: number;
  /** 季末: the last month of its context's quarter (or half); `period` null. */
  quarterEnd?: boolean;
  /** 上半年, 1-9月 on a page of no known year: the part (H1, Q1-Q3) of its context's year; `period` null. */
  part?: string;
  /** A part of the year (一季度) the text gives no year for, dated by the page's year. */
  pageYear?: boolean;
}

// (逐步回落到6月份的5%: a level falling back, or rising again, to a month's.)
const CHANGED_TO = new RegExp(`(?:${CHANGE_VERBS}|回落|回升|走高|走低)$`);

/** 增加到2022年6月的10.4亿人: a date a level rose or fell to, not a horizon (到2030年). `at` is where 到 or 至 stands. */
function reachedBy(text: string, at: number): boolean {
  return CHANGED_TO.test(text.slice(Math.max(0, at - 2), at));
}

export interface TimeOptions {
  /**
   * The page reviews the five-year plan that closes in its own year (“十四五”…五年来 on a page of 2025): its 五年来 are
   * the plan's years, up to the page's own, not the five before it.
   */
  closingPlan?: boolean;
  /** The page reviews the year before its own (a work report, a story of January): spans since a year end at that one. */
  reviewsLastYear?: boolean;
}

/** How far after a plan's name 前四年 still counts that plan's first years (the same paragraph, or the next). */
const PLAN_FIRST_YEARS_REACH = 400;

/** A period that is a part of a year (2023H1, 2023Q1-Q3, 2023-05), not a whole year or a span of years. */
export const isPartOfYear = (period: string): boolean => /H1|Q|-\d\d$/.test(period);

/** A single month's period (2017-04). */
export const isMonthPeriod = (period: string): boolean => /^\d{4}-\d\d$/.test(period);

/** Whether text[start, end) stands inside a 《title》 of at most a few dozen characters. */
export function inCitedTitle(text: string, start: number, end: number): boolean {
  return CITED_TITLE_BEFORE.test(text.slice(Math.max(0, start - CITED_TITLE_REACH), start)) && CITED_TITLE_AFTER.test(text.slice(end, end + CITED_TITLE_REACH));
}
const CITED_TITLE_REACH = 40;
const CITED_TITLE_BEFORE = /《[^《》\n。]*$/;
const CITED_TITLE_AFTER = /^[^《》\n。]*》/;

/** What closes a span written in a document's title: 《…三年行动(2023—2025年)》. */
const SPAN_IN_TITLE_AFTER = /^[)）]》/;

/** All time expressions in `text`, resolved against the document's year (null when unknown). */
export function findTimes(source: string, docYear: number | null, review: TimeOptions = {}): TimeMention[] {
  const out: TimeMention[] = [];
  const text = digitYears(source);
  // The last single year the text named so far (kept as it goes: a sentence of thousands of dates stays linear).
  let lastPointYear: number | null = null;
  /** The first year of the last five-year plan the text named, and where it was named. */
  let lastPlan: { first: number; end: number } | null = null;
  TIME_RE.lastIndex = 0;
  for (let m = TIME_RE.exec(text); m !== null; m = TIME_RE.exec(text)) {
    const g = m.groups ?? {};
    const at = { start: m.index, end: m.index + m[0].length };
    const year = g.untilYear ?? g.year;
    if (g.rangeFrom) {
      const from = Number(g.rangeFrom);
      const to = Number(g.rangeTo);
      if (to <= from) continue;
      // 《云南省基本公共服务提升三年行动(2023—2025年)》: a span in a document's title names the document, not when a figure
      // of the sentence citing it is of.
      if (SPAN_IN_TITLE_AFTER.test(text.slice(at.end, at.end + 2))) continue;
      const ahead = docYear !== null && from >= docYear;
      out.push({ ...at, period: `${from}-${to}`, year: null, span: ahead ? 'next' : 'past' });
    } else if (g.month) {
      // (截至十月底: the month written in Chinese numerals.)
      const n = smallCount(g.month);
      const y = year ? Number(year) : docYear;
      // 截至12月底, 截至十二月底: the year's end, dated by the year.
      const month = n === 12 && /月(?:份)?(?:底|末)$/.test(m[0]) ? '' : `-${String(n).padStart(2, '0')}`;
      if (g.until !== '到' || reachedBy(text, m.index)) out.push({ ...at, period: y === null ? null : `${y}${month}`, year: y, span: 'elapsed' });
    } else if (year && !g.part && inCitedTitle(text, at.start, at.end)) {
      // 出台《关于做好2025年高校毕业生等青年就业工作的若干措施》: a year in the title of a document the text cites names the
      // document, not when the figures after it are of.
      continue;
    } else if (year) {
      // 到2030年 names a horizon, not the period of a figure in the same clause; 较2019年同期 a comparison.
      // (截止到2015年1-12月 counts up to a date gone by: its 到 names no horizon.)
      // (到2012年末 on a page of 2013: a year's end gone by is the date a level stood at, no horizon.)
      if (
        text.slice(Math.max(0, m.index - 1), m.index) === '到' && !/截[止至]到$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && !reachedBy(text, m.index - 1) &&
        !(docYear !== null && Number(year) < docYear && /^[末底]/.test(g.part ?? text.slice(at.end, at.end + 1)))
      ) continue;
      if (!g.part && isComparisonYear(text, m.index, m.index + m[0].length)) continue;
      // 为2022年底前已按规定办理退休手续…: a deadline, no period (2017年前三季度 is part of the year).
      if (!g.part && DEADLINE_AFTER.test(text.slice(at.end, at.end + 8))) continue;
      // (2016年来累计投入…: 以来 with its 以 dropped; 2016年来自… is a year and a source.)
      // (2021年迄今, 2021年至今: the same span, in other words.)
      // (自2003年建立统计制度以来: the year a run began, however many words before its 以来.)
      const sinceAfterWords = /[自从]$/.test(text.slice(Math.max(0, m.index - 1), m.index)) && /^[^，,。；;！？\n\d]{0,20}以来/.test(text.slice(at.end, at.end + 24));
      if (!g.part && (SINCE_AFTER.test(text.slice(at.end, at.end + 2)) || /^来(?!自|源)/.test(text.slice(at.end, at.end + 2)) || sinceAfterWords)) {
        // 2003年以来 on a page whose own year is unknown: a span to a date the text never gives.
        if (docYear === null) continue;
        // 2019年以来累计开展…培训 on a page of 2024: the years from then to the page's own (2019-2024) — or to the year before,
        // on a page that reviews it (云南提出2006年…目标 of March 2006: 2003年以来…实现再就业 counts 2003-2005).
        const last = review.reviewsLastYear ? docYear - 1 : docYear;
        if (Number(year) < last) {
          out.push({ ...at, period: `${year}-${last}`, year: null, span: 'past' });
          continue;
        }
      }
      // 2023年上半年, 2023年1-6月: a part of a year, which has run when it is named. A single month written against its
      // figure (2020年12月份城镇调查失业率5.2%，…) dates that clause only, as a bare month does.
      const singleMonth = g.part !== undefined && /^(?:1[0-2]|0?[1-9])(?:月|$)/.test(g.part);
      // (截止2018年11底，…: the 底 its 月 was dropped before is still the month's.)
      const opens = /^[底末]?[，,：:]/.test(text.slice(at.end, at.end + 2));
      // 2022年四季度新闻发布会: a quarter's conference reports the year to that quarter's end — the whole year's figures
      // in the fourth, the half's in the second, the first three quarters' in the third.
      const conference = g.part !== undefined && QUARTER_CONFERENCE.test(text.slice(at.end, at.end + 8));
      const quarterReached = conference ? /([一二三四1-4])季度$/.exec(g.part!)?.[1] : undefined;
      const yearsConference = quarterReached === '四' || quarterReached === '4';
      // (…“十四五”时期…，其中2024年高校毕业生区外就业率19.33%；农牧民转移就业累计达…: a year that picks one out of a
      // span's figures dates that clause only.)
      const pickedOut = text.endsWith('其中', at.start);
      out.push({
        ...at, period: `${year}${quarterReached ? YEAR_TO_QUARTER_END[quarterReached] : partSuffix(g.part)}`, year: Number(year), span: g.part && !yearsConference ? 'elapsed' : 'point',
        ...((singleMonth || pickedOut) && !opens ? { clauseOnly: true } : {}),
      });
      if (!g.part) lastPointYear = Number(year);
    } else if (isComparisonYear(text, m.index, m.index + m[0].length)) {
      // 比一季度末减少1万人, 与上月相比: a comparison dates nothing.
      continue;
    } else if (g.dayRangeMonth) {
      // (3月19日至20日，总书记在…考察: an event's days, which date their own sentence and no later one.)
      const y = lastPointYear ?? docYear;
      out.push({ ...at, period: y === null ? null : `${y}-${g.dayRangeMonth.padStart(2, '0')}`, year: null, span: 'elapsed', sentenceOnly: true });
    } else if (g.months || g.firstMonths) {
      const to = smallCount(g.toMonth ?? g.firstMonths!);
      // (2006年全国城镇新增就业人数计划为900万人，1—12月，…: the months of the year the sentence named.)
      const y = lastPointYear ?? docYear;
      const period = y === null ? null : `${y}${monthsToDate(to)}`;
      // (规模以上工业企业利润1-11月增长31.2%: months written inside a measure's clause, before its growth, date that
      // clause alone — not the jobs of the paragraph's next sentence.)
      const inGrowth = !OPENS_BEFORE.test(text[m.index - 1] ?? '') && GROWTH_AFTER.test(text.slice(at.end, at.end + 4));
      out.push({ ...at, period, year: null, span: 'elapsed', ...(y === null && { part: monthsToDate(to) }), ...(inGrowth && { clauseOnly: true }) });
    } else if (g.bareQuarterEnd) {
      // (Checked here, not by a lookbehind in the pattern, which would run at every position of every text.)
      if (!/[一二三四度]/.test(text[m.index - 1] ?? '')) out.push({ ...at, period: null, year: null, span: 'elapsed', quarterEnd: true });
    } else if (g.quarterEnd) {
      const month = String(3 * ' 一二三四'.indexOf(/[一二三四]/.exec(g.quarterEnd)![0])).padStart(2, '0');
      // (2016年12月末，城镇登记失业率由一季度末的3.4%回落至3.17%: the quarter of the year the sentence named, as a bare
      // month's is.)
      // (…2013年全年实现…。全年城镇登记失业率保持在4.1%左右，四季度末为4.05% on a page of 2014: else of the year gone by an
      // earlier sentence of its paragraph named, as a bare quarter is — the period refiner resolves the page's year so marked.)
      const named = [...out].reverse().find((t) => t.year !== null)?.year ?? null;
      const y = named ?? docYear;
      out.push({ ...at, period: y === null ? null : `${y}-${month}`, year: null, span: 'elapsed', ...(named === null && y !== null && { pageYear: true }) });
    } else if (g.half || g.quarter) {
      const part = partSuffix(g.half ?? g.quarter);
      // Of the year written right before it (去年一季度, 今年上半年), else of the last year the text named (2020年，…城镇调查
      // 失业率从一季度6.1%…回落至四季度的5.4%), as a run of months is; else of the page's.
      const before = out[out.length - 1];
      const named = (before && before.end === at.start && before.year !== null ? before.year : null) ?? lastPointYear;
      const y = named ?? docYear;
      out.push({ ...at, period: y === null ? null : `${y}${part}`, year: null, span: 'elapsed', ...(y === null && { part }), ...(named === null && y !== null && { pageYear: true }) });
    } else if (g.bareMonth || g.bareMonthZh) {
      // Of the last year the sentence names, else of its section's or page's year (resolved by the period refiner).
      const named = [...out].reverse().find((t) => t.year !== null)?.year ?? null;
      const month = String(smallCount(g.bareMonth ?? g.bareMonthZh!)).padStart(2, '0');
      // 3月末城镇登记失业率3.74%；实现…: a month written against its figure dates that clause only; one that opens the
      // sentence (9月份，全国城镇调查失业率为4.9%) dates what follows.
      const opens = /^[，,：:]/.test(text.slice(at.end, at.end + 1));
      // 12月底 is the year's end: a level then is the year's, as 年末's is.
      if (month === '12' && YEAR_END.test(m[0])) {
        out.push({ ...at, period: named === null ? null : String(named), year: named, span: 'elapsed', clauseOnly: !opens });
        continue;
      }
      // (延长到明年3月份: a month of a year ahead has not run.)
      const ahead = named !== null && docYear !== null && named > docYear;
      out.push({ ...at, period: named === null ? null : `${named}-${month}`, year: named, span: ahead ? 'next' : 'elapsed', month, clauseOnly: !opens });
    } else if (g.sinceStart) {
      // (截至9月底，…其中今年以来为1万人发放贷款1.7亿元: since the year's start, up to the date its sentence already set.)
      const until = [...out].reverse().find((t) => /(?:截至|截止)(?:今年|本年)?\d/.test(text.slice(Math.max(0, t.start - 4), t.end)));
      if (until?.period && until.year === docYear && /-\d\d$/.test(until.period) && !/[。！？!?\n]/.test(text.slice(until.end, at.start))) {
        out.push({ ...at, period: until.period, year: until.year, span: 'elapsed' });
        continue;
      }
      out.push({ ...at, period: docYear === null ? null : String(docYear), year: docYear, span: 'elapsed' });
    } else if (g.plan) {
      // 第十五场新闻发布会, 十五届, 十五个: a number that counts, not the plan named 十五.
      if (text[m.index - 1] === '第' || (/五$/.test(g.plan) && COUNTED.test(text.slice(at.end, at.end + 1)))) continue;
      const name = /十[一二三四五]五|十五/.exec(g.plan)![0];
      const first = FIVE_YEAR_PLANS[name]!;
      lastPlan = { first, end: at.end };
      // A plan that runs through the document's year (今年是“十二五”收官之年) dates nothing in it — unless the text
      // names its span (“十四五”以来, “十四五”时期): what was done over it.
      const named = /(?:时期|期间|以来)$/.test(g.plan);
      if (docYear !== null && first < docYear && first + 4 >= docYear) {
        // (…or the page reviews it in its last year: “十四五”重庆年均城镇新增就业70万人以上, on a page of 2025.)
        // (…in its first two years, what the plan's span holds is mostly still ahead: 冀政〔2007〕58号's “十一五”期间，全省城镇
        // 新增就业225万人以上.)
        if (named && docYear - first <= 1) out.push({ ...at, period: `${first}-${first + 4}`, year: null, span: 'next' });
        else if (named || (review.closingPlan && first + 4 === docYear)) out.push({ ...at, period: `${first}-${first + 4}`, year: null, span: 'past' });
        continue;
      }
      // (“十四五”以来 on a page whose year is unknown: since the plan began, work done — whatever its year.)
      const span = /以来$/.test(g.plan) && docYear === null ? 'past' : docYear === null || first >= docYear ? 'next' : 'past';
      out.push({ ...at, period: `${first}-${first + 4}`, year: null, span });
    } else if (g.past5) {
      const last = docYear === null ? null : review.closingPlan ? docYear : docYear - 1;
      if (last !== null) out.push({ ...at, period: `${last - 4}-${last}`, year: null, span: 'past' });
    } else if (g.pastFew) {
      const years = g.pastYears ?? g.sinceYears!;
      const n = smallCount(years);
      // (近5年呈持续上升趋势 in a sentence of its own dates that clause; 近两年，… opens what follows, and so does 过去5年
      // alone on its line, heading the lines after it.)
      const opens = /^(?:[，,：:]|[ \t\u3000]*(?:\n|$))/.test(text.slice(at.end, at.end + 3));
      // 两年来 runs up to now, the page's own year with it; 近两年, 过去三年 are whole years gone, and 5年来 is the five
      // before the page's, as 五年来 (a government's term, reviewed in the year after it).
      const last = docYear === null ? null : /来$/.test(m[0]) && n < 5 ? docYear : docYear - 1;
      // (On a page whose year is unknown the years are still gone by: no period, but a report, not a plan.)
      out.push({ ...at, period: last === null ? null : `${last - n + (last === docYear ? 0 : 1)}-${last}`, year: null, span: 'past', clauseOnly: !opens });
    } else if (g.past10) {
      if (docYear !== null) out.push({ ...at, period: `${docYear - 10}-${docYear - 1}`, year: null, span: 'past' });
    } else if (g.next5) {
      if (docYear !== null) out.push({ ...at, period: `${docYear}-${docYear + 4}`, year: null, span: 'next' });
    } else if (g.planFirstYears) {
      // (In a sentence of its own, the plan is its context's: `period` null, read against the section's span.)
      const n = smallCount(g.firstYears!);
      const near = lastPlan !== null && m.index - lastPlan.end <= PLAN_FIRST_YEARS_REACH;
      // (“十四五”前四年，… opens what follows; 失业率前四年均值为5.3% dates its own clause.)
      const opens = /^[，,：:]/.test(text.slice(at.end, at.end + 1));
      out.push({ ...at, period: near ? `${lastPlan!.first}-${lastPlan!.first + n - 1}` : null, year: null, span: 'past', clauseOnly: !opens, firstYears: n });
    } else if (g.nextFew) {
      const n = smallCount(g.fewYears!);
      out.push({ ...at, period: docYear === null ? null : `${docYear + 1}-${docYear + n}`, year: null, span: 'next' });
    } else if (g.lastYear) {
      // 与去年同期相比 compares; it dates nothing.
      if (isComparisonYear(text, m.index, m.index + m[0].length)) continue;
      if (docYear !== null) out.push({ ...at, period: String(docYear - 1), year: docYear - 1, span: 'point' });
    } else if (g.consecutive) {
      const n = smallCount(g.years!);
      // The latest year written before it (2013年到2017年…连续5年 → 2013-2017), horizons included.
      // (1949年城镇就业人数约1500万,近年来,我国城镇新增就业已连续6年超过1300万人: a year told before 近年来 is history, no
      // run's end.)
      const sinceRecent = Math.max(0, ...[...text.slice(0, m.index).matchAll(RECENT_YEARS)].map((r) => r.index + r[0].length));
      const years = [...text.slice(sinceRecent, m.index).matchAll(/((?:19|20)\d\d)年/g)].map((y) => Number(y[1]));
      // With no year written, the run ends in its context's year (the year a review is of), which the period refiner
      // knows: `years` carries the length.
      // (“十三五”期间，全市连续5年…: a span named before it ends the run where the span does.)
      const span = [...out].reverse().find((t) => t.span === 'past' && t.period !== null && /^\d{4}-\d{4}$/.test(t.period));
      const named = years.length > 0 ? Math.max(...years) : span ? Number(span.period!.slice(5)) : null;
      // 从2013年开始，连续三年: the run starts at the year it is said to start from.
      const from = RUN_FROM.exec(text.slice(Math.max(0, m.index - RUN_FROM_REACH), m.index));
      const period = from ? `${from[1]}-${Number(from[1]) + n - 1}` : named === null ? null : `${named - n + 1}-${named}`;
      out.push({ ...at, period, year: null, span: 'past', clauseOnly: true, years: n });
    } else if (g.twoYears) {
      out.push({ ...at, period: docYear === null ? null : `${docYear}-${docYear + 1}`, year: null, span: 'next' });
    } else if (g.wholeYear) {
      // 全年目标任务 names the plan, not the period of what follows.
      // The whole of the year the sentence speaks of: the last year named before it, else its section's (resolved
      // by the period refiner).
      // (全年就业目标 likewise: the plan for the jobs figure; 2月份失业率升至全年最高的5.4%, the year a month's level is
      // ranked in.)
      if (!/^(?:就业)?(?:目标|任务|计划)|^的?(?:最高|最低|新高|新低|高点|低点)/.test(text.slice(at.end, at.end + 4))) {
        const named = [...out].reverse().find((t) => t.year !== null)?.year ?? null;
        out.push({ ...at, period: named === null ? null : String(named), year: named, span: 'point', clauseOnly: true, wholeYear: true });
      }
    } else if (g.nextYear) {
      out.push({ ...at, period: docYear === null ? null : String(docYear + 1), year: docYear === null ? null : docYear + 1, span: 'next' });
    } else if (g.thisYear) {
      if (docYear !== null) out.push({ ...at, period: String(docYear), year: docYear, span: 'point' });
      // (On a page of no known year, 今年 is still the year of its context — and no span's — as 全年 is.)
      else out.push({ ...at, period: null, year: null, span: 'point', wholeYear: true });
    } else if (g.thatYear) {
      if (lastPointYear !== null) out.push({ ...at, period: String(lastPointYear), year: lastPointYear, span: 'point' });
    }
  }
  return out;
}

const DATELINE_RE =
  /(?:^|\n)\s*(?:date|时间|发布时间|日期|发布日期|来源[^\n]{0,20}时间)\s*[:：]\s*((?:19|20)\d\d)[-/年.]/i;
const ANY_YEAR_RE = /((?:19|20)\d\d) ?年/g;
const INTENT_WORDS = /将|要|力争|预计|确保|计划/;
const RUN_FROM = /从((?:19|20)\d\d)年(?:开始|起)[，,]?\s*$/;
const RUN_FROM_REACH = 12;
const LAST_YEAR_TITLE = /去年|上年/;

/** 去年实现城乡就业31.32万人 as a headline naming no year: the page reports the year before its own. */
export function titleReportsLastYear(title: string | undefined): boolean {
  return title !== undefined && LAST_YEAR_TITLE.test(title) && !/(?:19|20)\d\d/.test(title);
}
const RANGE_START_RE = /((?:19|20)\d\d)(?=[-—－～~–至到](?:19|20)\d\d年)/g;
const HEADING_LINE = /^[^\n。；！？]{0,40}$/;

/**
 * A year named only to compare with (较2019年同期增加, 比2019年增长, 与2020年相比, 相对2019年减少, 2019年同期): neither the figure's period
 * nor the page's year.
 */
export function isComparisonYear(text: string, start: number, end: number): boolean {
  // (2010年不变价, 2015年价格: a price base, no time either.)
  // (年底登记失业人数相对2019年减少的城市: 相对, 相对于 and 相较于 compare too.)
  // (全省就业人员3623万人，是1978年的1.7倍: a multiple of an earlier year's level.)
  // (比此前2015年市区月最低工资标准上调了120元: the earlier year a standard is compared with.)
  return /(?:比|较|与|和|同|对比|相比|相对|相对于|较于)(?:此前|之前)?$/.test(text.slice(Math.max(0, start - 5), start)) || /^(?:同期|相比|比较|不变价|可比价|价格|为基期|的[\d.]+倍)/.test(text.slice(end, end + 8)) || PENSION_BASE.test(text.slice(end, end + 24));
}
/** What may stand before a time that opens its clause. */
const OPENS_BEFORE = /^$|[，,。；;：:、\s（(]/;
/** A growth or fall right after a time: the time is inside a measure's clause. */
const GROWTH_AFTER = /^(?:同比)?(?:增长|下降|增加|减少|回落|上升)/;
/** 前 that opens a part of the year (前三季度, 前3季度, 前5个月), not a deadline. */
export const PART_AFTER_QIAN = '[一二三两3]个?季度|[一二三四五六七八九十\\d]{1,2}个?月';
/** After a year: 底前, 末前, 前 — a deadline (not 前三季度, 前5个月). */
// (在2022年年底前办理退休手续的: the year's end said 年底 too.)
const DEADLINE_AFTER = new RegExp(`^(?:年?(?:底|末))?前(?!${PART_AFTER_QIAN})`);
/** After a year named in the text: not the year a figure speaks of (2020年前, 远景, 左右, 2022年版). */
const NOT_THE_YEAR_AFTER = new RegExp(`^(?:远景|前(?!${PART_AFTER_QIAN})|左右|版)`);
/**
 * 总体调整水平为2022年退休人员月人均基本养老金的3.8%, 按2012年海南省企业退休人员月人均基本养老金的10%确定: the year of
 * the level a pension rise is a share of (its area may be named between).
 */
// (今年按照去年平均养老金水平的10%…增加: the level named by its average alone.)
const PENSION_BASE = /^(?:[\u4e00-\u9fff]{2,6}?(?:省|市|自治区|县|区))?(?:企业|全国)?(?:退休人员(?:月人均)?基本|(?:退休人员)?(?:月人均|月平均|人均|平均))养老金(?:水平)?的/;

/** Years the text names as its own, skipping horizons (到2030年, 锚定2035年, 2035年远景目标) and comparisons. */
const HORIZON_BEFORE = /到((?:19|20)\d\d)年[^。！？\n]*$/;
const HORIZON_REACH = 200;

/** The year a chart's caption runs to (2017-2021年…收入 → 2021), if the line is a caption. */
function captionEndYear(line: string): number[] {
  if (!CAPTION.test(line)) return [];
  const span = /((?:19|20)\d\d)\s*年?\s*[-—–~～至]\s*((?:19|20)\d\d)\s*年/.exec(line);
  const single = /((?:19|20)\d\d)\s*年/.exec(line);
  return span ? [Number(span[2])] : single ? [Number(single[1])] : [];
}

function ownYears(text: string): number[] {
  const out: number[] = [];
  // 2021-2023年城镇新增就业105万人: a span of years names the year it starts from (its end is a horizon or a review's
  // last year, which a named year elsewhere says better).
  RANGE_START_RE.lastIndex = 0;
  for (let m = RANGE_START_RE.exec(text); m !== null; m = RANGE_START_RE.exec(text)) out.push(Number(m[1]));
  ANY_YEAR_RE.lastIndex = 0;
  for (let m = ANY_YEAR_RE.exec(text); m !== null; m = ANY_YEAR_RE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
    // (2020年前 is a deadline; 2017年前三季度 is part of the year; 2022年版…职业分类大典 an edition, no time.)
    // (用于2017年化解…过剩产能: what money is for, in the year named, is no horizon.)
    if ((/[到至—\-~－～–]$|(?<!用)于$|锚定$/.test(before) && !reachedBy(text, m.index - 1)) || NOT_THE_YEAR_AFTER.test(after)) continue;
    if (isComparisonYear(text, m.index, m.index + m[0].length)) continue;
    // (到2015年，…比重达到50%以上，2020年提高到55%以上: a later year after a horizon, in its sentence, is the next horizon.)
    const horizon = HORIZON_BEFORE.exec(text.slice(Math.max(0, m.index - HORIZON_REACH), m.index));
    if (horizon && Number(m[1]) > Number(horizon[1])) continue;
    // (贵州省从2010年就开始组织…: the year something began, told as history, is not the page's.)
    if (/[从自]$/.test(before) && /^(?:就|便|已经?)?开始/.test(after)) continue;
    // (早在2015年，深圳的最低工资标准就已经达到2030元: a year recalled as long before is gone by, not the page's.)
    if (/早在$/.test(before)) continue;
    // (从2019年中央部署实施城市更新以来: the year a run began, however many words before its 以来.)
    if (/[从自]$/.test(before) && /^[^，,。；;！？\n]{0,20}以来/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    out.push(Number(m[1]));
  }
  return out;
}

/** The year of a published date as written: 2021-10-18, 2021/10/18, 2021年10月18日, Mon, 18 Oct 2021 04:50:16 GMT. */
export function yearOfDate(date: string | undefined): number | null {
  const m = date ? /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(date) : null;
  return m ? Number(m[1]) : null;
}

const BULLETIN_RELEASED = /(?:发布|公布|印发)了?《?((?:19|20)\d\d)年度?[^》\n。，]{0,30}统计公报/;
/** The year of the statistical bulletin a news page reports, when the page speaks of neither 今年 nor 去年. */
export function reportsBulletinOf(text: string): number | null {
  const head = text.slice(0, 2000);
  const m = REPORT_OF_YEAR.exec(head) ?? BULLETIN_RELEASED.exec(head);
  return m && !/今年|去年/.test(text.slice(0, STORY_HEAD)) ? Number(m[1]) : null;
}
const REPORT_OF_YEAR = /《?((?:19|20)\d\d)年度?[^》\n。]{0,30}(?:统计公报|公报)》?[^，。\n]{0,6}(?:显示|发布|公布|指出)/;

/** The page's first lines, where its dateline is, with a site's chrome blanked (a header's date is the day served). */
function headLines(text: string): string {
  return blankLines(text.slice(0, 600), (line) => isSiteChrome(line) || PHOTO_CAPTION.test(line));
}
/** …为出疆的火车装煤(2024年9月27日摄)。新华社记者 丁磊 摄: a photo's caption dates the photo, not the page. */
const PHOTO_CAPTION = /\d日摄[)）]|摄[)）]?[。.]?\s*$/;

/** The year and month a page was published, from its date or its dateline, when it says (an agency's dateline gives no year). */
export function documentDate(text: string, date?: string): { year: number | null; month: number } | null {
  const written = date ? /((?:19|20)\d\d)[-/年.](\d{1,2})/.exec(date) : null;
  // …else the page's dated line, else the story's agency dateline (新华社北京1月28日电).
  const top = written ?? topDateline(text, headLines(text), TOP_DATELINE_MONTH);
  if (top) {
    const month = Number(top[2] ?? top[3]);
    return month >= 1 && month <= 12 ? { year: Number(top[1]), month } : null;
  }
  const agency = AGENCY_DATELINE.exec(text.slice(0, DATELINE_HEAD));
  const month = agency ? Number(agency[1]) : NaN;
  return month >= 1 && month <= 12 ? { year: null, month } : null;
}

/** 本通知自2025年1月1日起执行: the day a rule takes effect, or a deadline, dates no page. */
// (…on its own line: 2024-10-25 ⏎ 前三季度，… is a dateline; the next line's 前 is no 'before'.)
const NOT_IN_FORCE_FROM = '(?!\\d*[ \\t\\u3000]*(?:起|开始|之前|以前|前|止))';

/**
 * How far into its line a dateline's date may stand — past a headline's words on the same line (…74.7% ©原创 2021-08-16)
 * or a label (发布时间：), its line's indent aside — as a regular-expression source.
 */
export const DATELINE_LEAD = '[ \\t\\u3000]{0,8}[^\\n]{0,40}?';

// (2017年1-8月 in a title is a stretch of months, not the 8th of January: a date is 2017年8月24日 or 2017-08-24.)
const TOP_DATELINE_MONTH = new RegExp(
  `(?:^|\\n)${DATELINE_LEAD}((?:19|20)\\d\\d)(?:年\\s*(\\d{1,2})\\s*月\\s*\\d{1,2}\\s*日|[-/.](\\d{1,2})[-/.]\\d{1,2})${NOT_IN_FORCE_FROM}`,
);

/** A dateline near the top of a page: 2013年07月26日 10:58 来源：…, 2021-08-12, 发布时间：2021-08-12 (its line's indent aside). */
const TOP_DATELINE = new RegExp(`(?:^|\\n)${DATELINE_LEAD}((?:19|20)\\d\\d)(?:年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[-/.]\\d{1,2}[-/.]\\d{1,2})${NOT_IN_FORCE_FROM}`);

/**
 * A page whose line breaks were lost (a dataset's text, a copy pasted flat) keeps its site's stamp inside its one long
 * opening line — 零零农业信息网 首页 > … 山东全年将新增…250万人 网友投稿 2011-11-02 互联网 新华网山东频道11月2日电…: there, a
 * date written with dashes or slashes, or in full with its time (2011年11月02日 10:58), within the opening's reach. (A date
 * in prose, 2011年11月2日召开, is the story's, not the stamp.) Groups as TOP_DATELINE_MONTH's.
 */
const FLAT_PAGE_STAMP = new RegExp(
  `^[^\\n]{0,160}?((?:19|20)\\d\\d)(?:年\\s*(\\d{1,2})\\s*月\\s*\\d{1,2}\\s*日(?=\\s*\\d{1,2}:\\d{2})|[-/](\\d{1,2})[-/]\\d{1,2}(?!\\d))${NOT_IN_FORCE_FROM}`,
);
/** An opening line this long is a page's line breaks lost: no heading, dateline or paragraph stands on a line of its own. */
const FLAT_OPENING = 240;

/**
 * The page's dateline at its top (in `head`, its site's lines blanked), or its site's stamp in the opening of a page whose
 * line breaks were lost — read in the text itself: its one line holds the site's menu too, and is blanked whole in `head`.
 */
function topDateline(text: string, head: string, line: RegExp): RegExpExecArray | null {
  const firstBreak = text.indexOf('\n');
  return line.exec(head) ?? (firstBreak < 0 || firstBreak > FLAT_OPENING ? FLAT_PAGE_STAMP.exec(text) : null);
}

/** 12月底, 12月末: the year's end. */
const YEAR_END = /(?:12|十二)月(?:份)?(?:底|末)$/;
/** A year opening a sentence of the lead, then stating results (2011年，…完成投资6.6亿元). */
// (山东省2008年努力将…失业率有效控制在3.8%以内: the year straight before what was done in it, no comma between;
// 从2017年度省政府目标管理绩效考核结果获悉，去年…: a year's assessment, published in the next.)
const YEAR_REPORTED = /(?:^|[。！？\n])[^。！？\n]{0,48}?((?:19|20)\d\d)年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?:[，,][^。\n]{0,60}?|[^。\n，,]{0,30}?)(?:完成|实现|达到|新增|竣工|全部|控制在|考核)/;
/** 去年 as the time of what was done (…，去年启动…), not a comparison (比去年, 去年同期) or a date (截至去年底). */
// (山东省去年积极开展…: an area named as the subject before it.)
const LAST_YEAR_AS_TIME = /(?:^|[，,。；;\n])(?:[^，,。；;\n]{0,6}?[省市县区])?去年(?!同期|同比|底|末|年底|年末|的)/;

/** The year a page reports on and then calls 去年, when it names no other year: the page's year is the one after. */
function lastYearReported(head: string): number | null {
  const m = YEAR_REPORTED.exec(head);
  if (!m) return null;
  if (!namesOneYear(head)) return null;
  return LAST_YEAR_AS_TIME.test(head.slice(m.index + m[0].length)) ? Number(m[1]) + 1 : null;
}

/** The text writes one year, however often (2011年…2011年). */
const namesOneYear = (head: string): boolean => new Set(head.match(/(?:19|20)\d\d(?=年)/g)).size === 1;

/**
 * 新华社昆明2月27日电 …他们是去年云南322.44万脱贫劳动力…。2021年，全省转移到省外就业的农村劳动力达386.4万人: a story of
 * January or February that speaks of 去年 and reports on the one year it names speaks from the year after it, wherever
 * 去年 stands.
 */
function lastYearReportedEarly(text: string): number | null {
  const head = text.slice(0, 2000);
  const month = documentDate(text)?.month;
  if (month === undefined || month > 2 || !LAST_YEAR_AS_TIME.test(head)) return null;
  const m = YEAR_REPORTED.exec(head) ?? YEAR_OPENS_FIGURES.exec(head);
  return m && namesOneYear(head) ? Number(m[1]) + 1 : null;
}
/**
 * 新华网杭州2月27日电 …截至2007年年底，浙江省已消除“零就业家庭”2.67万户: a story of January or February counting to the end of
 * the one year it names speaks from the year after it.
 */
function yearEndReachedEarly(text: string): number | null {
  const head = text.slice(0, 2000);
  const month = documentDate(text)?.month;
  if (month === undefined || month > 2 || !namesOneYear(head)) return null;
  const m = YEAR_END_REACHED.exec(head);
  return m ? Number(m[1]) + 1 : null;
}
const YEAR_END_REACHED = /(?:截至|截止|到)((?:19|20)\d\d)年(?:年)?(?:底|末)/;

/** A sentence that opens on its year and states a figure (2021年，全省…达386.4万人). */
// (“2023年安排中央衔接资金3000万元…: a quoted sentence, its year without a comma — but not one that plans.)
// (2024年1月15日 来源：… ⏎ 去年，…: a dateline's full date is the day the page was written, no year it reports on.)
const YEAR_OPENS_FIGURES = /(?:^|[。！？\n])\s*[“"]?((?:19|20)\d\d)年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?![^。！？\n]*(?:将|计划|力争|确保|目标|要|拟))[，,]?[^。！？\n]*\d/;

/** The distinct years a text names (2016年, 2016 年). */
/** A year written out before 年 (2023年, 2023 年). */
const YEAR_NAMED = /(?:19|20)\d\d(?= ?年)/;
const YEARS_NAMED = new RegExp(YEAR_NAMED.source, 'g');
const yearsNamed = (text: string): Set<string> => new Set(text.match(YEARS_NAMED));

function onlyYearThenLastYearsEnd(head: string): number | null {
  const years = yearsNamed(head);
  if (years.size !== 1) return null;
  const year = [...years][0]!;
  const at = head.indexOf(year);
  return /(?:截至|截止)(?:到)?去年(?:底|末|年底|年末|12月底|12月末)/.test(head.slice(at)) ? Number(year) + 1 : null;
}

const SINCE_AFTER = /^(?:以来|迄今|至今)/;

/** 2003年以来, or 2019年来 with its 以 dropped (2019年来自… is a year and a source). */
const HISTORY_SINCE_YEARS = /((?:19|20)\d\d)年(?:以来|至今|迄今|来(?!自|源))/g;
const HISTORY_SINCE = new RegExp(HISTORY_SINCE_YEARS.source);
/** YYYY年以来, then a date of this year's (截至8月底, 截至目前): a so-far of the page's own year. */
const SINCE_THIS_YEAR = /((?:19|20)\d\d) ?年以来/;
const SO_FAR_DATE = /(?:截至|截止)(?:到)?(?:今年)?(?:(?:1[0-2]|[1-9])月(?:底|末)|目前)/;

/** A year, then within its sentence what was done of its whole plan (完成…目标任务的105.2%). */
const YEAR_RESULT = /((?:19|20)\d\d)年[，,][^。\n]{0,60}?完成[^。\n，,；;]{0,14}(?:目标)?任务的\d/;
/** This year's first months or quarters (今年一季度, 今年1-4月, 今年前5个月, 今年上半年). */
const THIS_YEAR_SO_FAR = /今年(?:第?一季度|1\s*[-—至~到]\s*(?:[2-9]|1[01])月|前(?:[2-9]|1[01]|[二三四五六七八九十]|十一)个月|上半年|前三季度)/;
/** How far after the year's result this year's months may come, and how far no later year may be named. */
const YEAR_RESULT_REACH = 1_500;
const YEAR_DONE = /((?:19|20)\d\d)年[，,][^。\n]{0,40}(?:超额完成|全面完成|圆满完成)了?(?:全年|年度)/;

/** A year masked in a template: 20*年, 20xx年, 20××年. */
const MASKED_YEAR = /(?:19|20)(?:[*＊]{1,2}|[Xx×]{2}|_{1,2})\s?年/;

/** 01.06.2017 19:40: a date written day first, as some sites print it (the year is group 1, as above). */
// (29/12/2022, as Hong Kong sites write it, likewise.)
const TOP_DATELINE_DAY_FIRST = /(?:^|\n)\s*\d{1,2}(?:\.\d{1,2}\.|\/\d{1,2}\/)((?:19|20)\d\d)(?=\s|$)/;

const AGENCY_DATELINE = /(?:社|报|网|台)[^\n，。]{0,8}?(\d{1,2})月(\d{1,2})日电/;
/** How far into a page its story's own time is looked for; the dateline's sentence only in the first part of it. */
const STORY_HEAD = 3_000;
const DATELINE_HEAD = 1_500;

/**
 * The ministry's own name dates what it says: 劳动和社会保障部 became 人力资源和社会保障部 in March 2008. A page dated
 * later on which the old ministry speaks (劳动和社会保障部日前发布的数据显示) is an old story stored again.
 */
const OLD_MINISTRY = /(?<!原|前)(?:劳动和社会保障部|劳动保障部)(?!门)(?![^，。]{0,4}(?:更名|改为|组建))/;
const MINISTRY_RENAMED = 2008;

/**
 * Figures reported up to a month's end (截至10月末; 到10月底， opening a sentence): the story cannot be older than that
 * month. (到10月底前完成… plans ahead; it says nothing.)
 */
const REPORTED_TO = /(?:(?:截至|截止)(?:今年)?(1[0-2]|0?[1-9])月(?:底|末)|(?:^|[。！？\n]\s*)到(?:今年)?(1[0-2]|0?[1-9])月(?:底|末)[，,])/g;

/** The month and day of a written date (2024/05/24, 2011-06-12, 2023年10月08日), as month × 100 + day. */
function monthDay(date: string): number | null {
  const m = /(?:19|20)\d\d(?:年\s*|[-/.])(\d{1,2})(?:\s*月\s*|[-/.])(\d{1,2})/.exec(date);
  return m ? Number(m[1]) * 100 + Number(m[2]) : null;
}

/** A month × 100 + day as a day of the year, months taken at 30.5 days (near enough to weigh dates apart). */
const dayOfYear = (md: number): number => (Math.floor(md / 100) - 1) * 30.5 + (md % 100);

/** What a story says of its own time, read once per page, against which a stored date is weighed. */
interface StoryTime {
  /** The agency dateline (10月30日电) as month × 100 + day. */
  dateline: number | null;
  /** The year the dateline's sentence names (…10月26日电 …召开2023年三季度…), when the dateline opens the page. */
  datelineYear: number | null;
  /**
   * That sentence names a part of its year reported within the year (2023年三季度, 上半年): the story is of that year,
   * whatever date it was stored under. (四季度 and 全年 are reported in the January after.)
   */
  reportedInYear: boolean;
  /**
   * A January or February dateline whose sentence reports a year's results (1月28日电…数据显示，2019年，我国城镇新增就业
   * 1352万人): the story is told in the year after the one it names.
   */
  reviewsNamedYear: boolean;
  /** The latest month its figures run to (截至10月末), as month × 100 + 31. */
  reportedTo: number | null;
  /** The old ministry speaks on it. */
  oldMinistry: boolean;
  /** The last year a party congress the story takes its guidance from was the current one (十七大报告提出的 → 2012). */
  guidedUntil: number | null;
  /** The year of a plan the story calls this year's (发布了“2013年工作要点”，称今年…). */
  planYear: number | null;
}

/** The party congresses by the year each met; each guides the five years after it. */
const PARTY_CONGRESSES: Record<string, number> = { 十五大: 1997, 十六大: 2002, 十七大: 2007, 十八大: 2012, 十九大: 2017, 二十大: 2022 };
/**
 * 以贯彻落实十七大报告提出的民生“五有”要求为主线: a congress whose report or spirit the story carries out is the current one
 * (党的十八大以来 counts years from one, and guides nothing).
 */
const CONGRESS_GUIDANCE = new RegExp(
  `(?:贯彻|落实|学习)[^。！？\\n]{0,6}?(?:党的)?(${Object.keys(PARTY_CONGRESSES).join('|')})(?:报告|精神)`,
);
const CONGRESS_TERM = 5;

function congressGuidance(head: string): number | null {
  const m = CONGRESS_GUIDANCE.exec(head);
  return m ? PARTY_CONGRESSES[m[1]!]! + CONGRESS_TERM : null;
}

/** A year's work plan, then 今年 in the same sentence: the story is told in the plan's year. */
const THIS_YEARS_PLAN = /((?:19|20)\d\d)年度?[”"’]?[^，。！？\n]{0,10}?(?:工作要点|工作计划|工作安排|工作任务)[”"’]?[^。！？\n]{0,30}?今年/;

function storyTime(text: string): StoryTime {
  const head = text.slice(0, STORY_HEAD);
  const story = AGENCY_DATELINE.exec(head);
  let datelineYear: number | null = null;
  let reportedInYear = false;
  let reviewsNamedYear = false;
  if (story && story.index + story[0].length <= DATELINE_HEAD) {
    const sentenceEnd = text.indexOf('。', story.index);
    const sentence = text.slice(story.index, sentenceEnd < 0 ? story.index + 200 : Math.min(sentenceEnd, story.index + 200));
    datelineYear = ownYears(sentence)[0] ?? null;
    reportedInYear = datelineYear !== null && new RegExp(`${datelineYear}年(?:第?[一二三1-3]季度|上半年|前三季度)`).test(sentence);
    reviewsNamedYear =
      datelineYear !== null && Number(story[1]) <= 2 && new RegExp(`${datelineYear}年[，,][^。]*\\d`).test(sentence) && !INTENT_WORDS.test(sentence);
  }
  const months = [...head.matchAll(REPORTED_TO)].map((m) => Number(m[1] ?? m[2]));
  return {
    dateline: story ? Number(story[1]) * 100 + Number(story[2]) : null,
    datelineYear,
    reportedInYear,
    reviewsNamedYear,
    reportedTo: months.length > 0 ? Math.max(...months) * 100 + 31 : null,
    oldMinistry: OLD_MINISTRY.test(head),
    guidedUntil: congressGuidance(head),
    planYear: Number(THIS_YEARS_PLAN.exec(head)?.[1] ?? NaN) || null,
  };
}

/** Days from a dateline late in one year to a date early in the next (month × 100 + day each). */
function daysAcrossNewYear(dateline: number, stored: number): number {
  return 366 - dayOfYear(dateline) + dayOfYear(stored);
}
const REPOST_REACH_DAYS = 120;

/** A year the story cannot be of: after the old ministry's renaming while it speaks, or after the congress it follows. */
function ruledOut(story: StoryTime, year: number): boolean {
  return (year > MINISTRY_RENAMED && story.oldMinistry) || (story.guidedUntil !== null && year > story.guidedUntil);
}

/**
 * A page date more than a week from the story's dateline, either way round the year: the date the story was stored
 * under, not written on (人民网北京10月26日电 on a page of 2024-12-01).
 */
function storedAwayFrom(date: string, story: StoryTime): boolean {
  const dated = monthDay(date);
  if (dated === null || story.dateline === null) return false;
  const apart = Math.abs(dayOfYear(dated) - dayOfYear(story.dateline));
  return Math.min(apart, 366 - apart) > 7;
}

/**
 * Whether a page's date (…2024/05/24…) may give its year: not when it is earlier in the year than the story's agency
 * dateline (10月30日电) or than the month its figures run to (日期:2011-06-12 over 到10月底…) — the date of a repost,
 * or a wrong one — nor when it falls after 2008 and the old ministry speaks on the page, nor when it is later than the
 * year of a plan the story calls this year's.
 */
function dateGivesYear(story: StoryTime, date: string, year: number): boolean {
  if (ruledOut(story, year)) return false;
  if (story.planYear !== null && year > story.planYear) return false;
  const dated = monthDay(date);
  if (dated === null) return true;
  if (story.dateline !== null && story.dateline > dated) return false;
  return story.reportedTo === null || story.reportedTo <= dated + 100;
}

/** A title of a briefing on a year's work or figures (2025年人力资源和社会保障工作情况新闻发布会). */
const BRIEFING_ON_YEAR = /^(?:19|20)\d\d ?年度?[^，。\n]{0,24}?(?:情况|进展|成效|数据|工作)[^，。\n]{0,4}?(?:新闻)?发布会/;
/** How far into a briefing's text its speakers' 今年 is looked for. */
const BRIEFING_HEAD = 6_000;

/** Handed out ahead of the year it names (提前下达2018年…资金): before the title's year. */
const HANDED_OUT_AHEAD = /提前(?:下达|下拨|拨付|分配|安排)$/;
/** 《关于2011年上半年…计划执行情况的报告》: a half-year's execution report, delivered in its own year. */
const HALF_YEAR_EXECUTION_REPORT = /关于((?:19|20)\d\d)年上半年[^》。\n]{0,30}?(?:计划|预算)执行情况的报告/;

/** Those retired by a year's end, whom a pension rise of the year after is for: 2015年12月31日前已按规定办理退休. */
/** …(12月31日)前已按规定办理退休: retired by a date, after the date's year (the year's end, or nothing more of it). */
export const RETIRED_BY = '(?:12月31日|底|末)?(?:以)?前(?:已经?)?(?:按规定|按国家规定)?(?:办理|办)(?:了)?(?:退休|退职)';
const RETIRED_BY_YEAR_END = new RegExp(`((?:19|20)\\d\\d) ?年(?=(?:12月31日|底|末))${RETIRED_BY}`);
/** Whether the head of a page names no year after this one. */
const namesNoYearAfter = (head: string, year: number): boolean => [...yearsNamed(head)].every((y) => Number(y) <= year);

/** 今日…十二届全国人大三次会议…: a session of the congress in a sentence that tells it as happening today. */
const SESSION_TODAY = /(?:今日|今天|昨日|昨天)[^。！？\n]{0,30}?第?[一二三四五六七八九十]{1,3}届全国(?:人民代表大会|人大)第?[一二三四五]次会议/;
const SESSION_TODAY_HEAD = 800;
/** ——2006年9月25日在…会议上: the line under a report's or a speech's title saying when and where it was delivered. */
const DELIVERED_ON = /^[ \t\u3000]*[—─－-]{1,2}[ \t\u3000]*((?:19|20)\d\d)年\d{1,2}月\d{1,2}日[ \t\u3000]*在[^\n]{2,60}?(?:会议|大会|会)上/m;

/**
 * The year a document is about: its title's year, else its first line's or dateline's, else the latest year its
 * headings name (三、2026年工作安排), else the latest year its text names, horizons aside.
 */
export function documentYear(source: string, sourceTitle: string | undefined, date?: string): number | null {
  const text = digitYears(source);
  const title = sourceTitle === undefined ? undefined : digitYears(sourceTitle);
  // 国办发[2019]24号 …印发职业技能提升行动方案(2019—2021年)的通知: a document number in the title is its year of issue.
  const numbered = title ? DOCUMENT_NUMBER.exec(title) : null;
  if (numbered) return Number(numbered[1]);
  const fromTitle = title ? /((?:19|20)\d\d) ?年/.exec(title) : null;
  // (9月城镇调查失业率创2019年以来新低: the year a record runs from, not the page's.)
  const since = fromTitle !== null && title!.startsWith('以来', fromTitle.index + fromTitle[0].length);
  // (山东300万农民加入新农保 2020年前全覆盖: a deadline the title looks ahead to, not the page's year.)
  const deadline = fromTitle !== null && DEADLINE_AFTER.test(title!.slice(fromTitle.index + fromTitle[0].length));
  if (fromTitle && !since && !deadline && !isComparisonYear(title!, fromTitle.index, fromTitle.index + fromTitle[0].length)) {
    // 行动方案(2019—2021年): a title's span of years speaks from its first.
    const spanStart = /((?:19|20)\d\d)\s*[—–\-－~～至到]\s*$/.exec(title!.slice(0, fromTitle.index));
    if (spanStart) return Number(spanStart[1]);
    // 新疆提前下达2018年促进就业资金: the next year's funds or tasks handed out ahead, in the year before it.
    if (HANDED_OUT_AHEAD.test(title!.slice(0, fromTitle.index))) return Number(fromTitle[1]) - 1;
    // 国务院公布2019年《政府工作报告》量化指标任务落实情况 over 2020-05-20 …去年全国城镇新增就业1352万人: a year that names
    // the document reviewed, on a page dated the year after it and speaking of 去年, is that document's, not the page's.
    const namesDocument = /^\s*[《〈<]/.test(title!.slice(fromTitle.index + fromTitle[0].length)) || /[《〈<][^》〉>]*$/.test(title!.slice(0, fromTitle.index));
    // (The year the page was dated or posted in, where the title's year may be of something it reports on.)
    const datedYear = () => yearOfDate(date) ?? Number(topDateline(text, headLines(text), TOP_DATELINE)?.[1] ?? NaN);
    const dated = namesDocument ? datedYear() : NaN;
    if (dated === Number(fromTitle[1]) + 1 && /去年|上年/.test(text.slice(0, STORY_HEAD))) return dated;
    // 国新办举行2025年人力资源和社会保障工作情况新闻发布会 over 2026年1月23日 …今年，我们将确保…: a briefing on a year's work,
    // held the year after it, speaks from the year it is held in.
    const briefedAfter = BRIEFING_ON_YEAR.test(title!.slice(fromTitle.index)) ? datedYear() : NaN;
    // (…or names that year: 2026年，我们将确保… — a date, its dateline 2026年1月23日, says nothing.)
    if (briefedAfter === Number(fromTitle[1]) + 1 && new RegExp(`今年|${briefedAfter} ?年(?! ?\\d{1,2} ?月)`).test(text.slice(0, BRIEFING_HEAD))) return briefedAfter;
    return fromHorizon(text, Number(fromTitle[1]));
  }
  // 一、20*年政府工作回顾, 20xx年1月24日在…: a template whose years are masked names none of its own, whatever date a site
  // posted it under.
  if (MASKED_YEAR.test(text.slice(0, STORY_HEAD)) && !YEAR_NAMED.test(text)) return null;
  // 人民网北京10月26日电 …召开2023年三季度新闻发布会 on a page stored on 2024-12-01: a page date weeks away from the
  // story's own dateline is a repost's, and the year the dateline sentence names is the story's.
  const story = storyTime(text);
  const head = headLines(text);
  const top = topDateline(text, head, TOP_DATELINE) ?? TOP_DATELINE_DAY_FIRST.exec(head);
  // 2024-01-26 over 预计未来五年…“十一五”期间，全市城镇每年将新增劳动力10万人以上: a page that looks ahead to a plan long over
  // by its date was written the year before the plan, and reposted.
  const ahead = planAhead(text.slice(0, STORY_HEAD));
  const storedYear = yearOfDate(date) ?? (top ? Number(top[1]) : null);
  if (ahead !== null && storedYear !== null && storedYear > ahead + 5) return ahead;
  const stored = date ?? top?.[0];
  // admin 470 2022-12-26 over …作《关于2011年上半年国民经济和社会发展计划执行情况的报告》，公布了今年…: a half-year's
  // execution report is delivered in its own year; a page stored years later is a repost.
  const halfYearReport = HALF_YEAR_EXECUTION_REPORT.exec(text.slice(0, STORY_HEAD));
  if (halfYearReport && storedYear !== null && storedYear > Number(halfYearReport[1]) + 1) return Number(halfYearReport[1]);
  if (story.datelineYear !== null && stored && (storedAwayFrom(stored, story) || story.reportedInYear)) return story.datelineYear;
  if (story.datelineYear !== null && !stored && story.reviewsNamedYear) return story.datelineYear + 1;
  // 6月10日，人力社保部发布2018年度…统计公报。公报显示，全年… on a page stored in 2020: news of a year's bulletin that
  // speaks of neither 今年 nor 去年 speaks from the year after the bulletin's (bulletins come out the year after), and
  // reviews the bulletin's year (reportsBulletinOf).
  const bulletin = reportsBulletinOf(text);
  if (bulletin !== null) return bulletin + 1;
  const published = yearOfDate(date);
  if (published !== null && dateGivesYear(story, date!, published)) return published;
  // 2017年01月13日 over 本报北京10月25日电: a page stored earlier in its year than the story's own dateline, within a few months
  // of it across the new year, reposts a story of the year before (stored half a year on, it may be any year's).
  // (Not where the old ministry speaks after its renaming, nor after the congress the story follows: an old story's date.)
  const storedOn = stored ? monthDay(stored) : null;
  if (
    story.dateline !== null && story.datelineYear === null && storedOn !== null && storedYear !== null && storedOn < story.dateline &&
    daysAcrossNewYear(story.dateline, storedOn) <= REPOST_REACH_DAYS && !ruledOut(story, storedYear - 1)
  ) return storedYear - 1;
  // 《2012年度…统计公报》显示，去年…: news of a year's report speaks from the year after it.
  const report = REPORT_OF_YEAR.exec(text.slice(0, 2000));
  if (report && /去年|上年/.test(text.slice(report.index, report.index + 3000))) return Number(report[1]) + 1;
  // 2012年，镇安县…超额完成全年目标任务。…截至去年12月底: a year named as done and then counted to 去年's end, from the
  // year after it.
  const done = YEAR_DONE.exec(text.slice(0, 2000));
  if (done && /(?:截至|截止)(?:到)?去年/.test(text.slice(done.index, done.index + 1000))) return Number(done[1]) + 1;
  // 2020年，全省城镇新增就业达66.3万人，完成省政府下达目标任务的105.2%…。今年一季度，全省城镇新增就业19.5万人: a year's
  // whole result against its plan, then this year's first months, on a page naming no later year — it speaks from the
  // year after.
  const yearResult = YEAR_RESULT.exec(text.slice(0, 2000));
  if (
    yearResult &&
    THIS_YEAR_SO_FAR.test(text.slice(yearResult.index + yearResult[0].length, yearResult.index + YEAR_RESULT_REACH)) &&
    namesNoYearAfter(text.slice(0, YEAR_RESULT_REACH), Number(yearResult[1]))
  ) return Number(yearResult[1]) + 1;
  // 2020年，辽宁省把稳就业作为首要任务…。截至去年底，全省城镇新增就业45.2万人: the one year a page names, then counted to
  // 去年's end — it speaks from the year after.
  const counted = onlyYearThenLastYearsEnd(text.slice(0, 2000));
  if (counted !== null) return counted;
  // 2011年，十大领域民生工程完成投资6.6亿元…。…，去年启动4930套保障性住房: the one year a page names, reported on and
  // then called 去年 — it speaks from the year after.
  const reported = lastYearReported(text.slice(0, 2000)) ?? lastYearReportedEarly(text) ?? yearEndReachedEarly(text);
  if (reported !== null) return reported;
  // 过去一年 ⏎ 2022年是党和国家历史上极为重要的一年: a review of 过去一年 that names that year speaks from the year after.
  // (一、拼搏奋进的2007年 ⏎ 过去的一年，全市…: a heading naming the year that the review under it calls 过去的一年 — so too.)
  const pastYear = PAST_YEAR_NAMED.exec(text.slice(0, STORY_HEAD)) ?? PAST_YEAR_HEADED.exec(text.slice(0, STORY_HEAD));
  if (pastYear) return Number(pastYear[1]) + 1;
  // 日期:2017-05-09 over 闽政〔2015〕19 号 on a line of its own: a site's date of posting a document issued earlier.
  const ownNumber = OWN_NUMBER_LINE.exec(text.slice(0, STORY_HEAD));
  if (ownNumber && top && Number(ownNumber[1]) < Number(top[1])) return Number(ownNumber[1]);
  // 时间:2007-10-11 over ——2006年9月25日在湖北省第十届人民代表大会常务委员会第二十三次会议上: the day a report or a speech was
  // delivered, under its title, is the year it speaks from; a site's time of posting is the repost's.
  const delivered = DELIVERED_ON.exec(text.slice(0, STORY_HEAD));
  if (delivered) return Number(delivered[1]);
  // 养老保险2018-06-11 over 今日(3月10日)10时,十二届全国人大三次会议新闻中心…举行记者会: a session of the congress the story
  // tells as happening today is its year; a later date over it is the repost's.
  const sessionToday = SESSION_TODAY.exec(text.slice(0, SESSION_TODAY_HEAD));
  const sessionYear = sessionToday ? congressSessionYear(sessionToday[0]) : null;
  if (sessionYear !== null && top && Number(top[1]) > sessionYear) return sessionYear;
  // A full date in the page's first lines is its dateline: the year the page speaks from — unless the story's own
  // agency dateline (新华社西安10月30日电) comes later in the year: then the date is a repost's, of some later year.
  if (top && dateGivesYear(story, top[0], Number(top[1]))) return Number(top[1]);
  const firstLine = firstOwnLine(text);
  const firstLineYear = firstLine.length <= 60 ? ownYears(firstLine)[0] : undefined;
  if (firstLineYear !== undefined) return firstLineYear;
  // 二○○六年五月十二日: an official document signed and dated in Chinese numerals (the notice's issue date).
  const signed = SIGNED_ON.exec(source);
  if (signed) return chineseDigitsYear(signed[1]!);
  // 黔府发〔2023〕12号: an official document's number carries the year it was issued.
  // (…《国务院关于…的若干意见》(国发〔2009〕29号): the number of a document the text cites after its title is that
  // document's, not the page's.)
  const issued = ownDocumentNumber(text.slice(0, STORY_HEAD));
  if (issued !== null) return issued;
  const dateline = DATELINE_RE.exec(text);
  if (dateline && dateGivesYear(story, text.slice(dateline.index, dateline.index + 40), Number(dateline[1]))) return Number(dateline[1]);
  // 报告共分四个部分：一、2025年工作回顾；…四、2026年政府工作任务: a report reviewing a year is delivered in the year after
  // it, whatever session a page says heard it.
  const reviewed = YEAR_REVIEWED.exec(text.slice(0, STORY_HEAD));
  if (reviewed) return Number(reviewed[1]) + 1;
  // …州第十五届人民代表大会第四次会议开幕。…州长…作工作报告。报告指出,2022年,…: news of a congress hearing the work report,
  // which opens on the year it reviews, is of the year after it (a page naming no later year).
  const heard = reportHeardReviews(text.slice(0, STORY_HEAD));
  if (heard !== null) return heard;
  // 在十四届全国人大一次会议上所作的《政府工作报告》: the session names its year.
  const session = congressSessionYear(text.slice(0, STORY_HEAD));
  if (session !== null) return session;
  // 庆祝中华人民共和国成立70周年活动新闻中心举行新闻发布会: an anniversary the page celebrates names its year, when no later
  // one is named.
  const anniversary = anniversaryYear(text.slice(0, STORY_HEAD));
  if (anniversary !== null && namesNoYearAfter(text.slice(0, STORY_HEAD), anniversary)) return anniversary;
  const lookedBack = planLookedBack(text.slice(0, STORY_HEAD)) ?? planClosing(text.slice(0, STORY_HEAD));
  if (lookedBack !== null) return lookedBack;
  // 对2015年12月31日前已按规定办理退休手续的人员…提高基本养老金: a pension rise is for those retired by the end of the
  // year before it — a page naming no later year speaks from the year after that end.
  const retired = RETIRED_BY_YEAR_END.exec(text.slice(0, STORY_HEAD));
  if (retired && namesNoYearAfter(text.slice(0, STORY_HEAD), Number(retired[1]))) return Number(retired[1]) + 1;
  const headingYears = text
    .split('\n')
    .filter((line) => HEADING_LINE.test(line.trim()) && !CAPTION.test(line))
    .flatMap((line) => ownYears(line));
  // A sentence that tells a history (2003年以来…，2006年达…; 2019年来…, its 以 dropped) names past years, not the one the
  // page speaks from.
  const sentences = headingYears.length > 0 ? [] : text.split(/[。！？\n]/).filter((sentence) => !HISTORY_SINCE.test(sentence));
  // (A chart's caption, 2017-2021年全县城乡居民人均可支配收入, is the last word: a bulletin charts the years up to its own.)
  const sentenceYears = sentences.filter((sentence) => !CAPTION.test(sentence)).flatMap((sentence) => ownYears(sentence));
  const years = headingYears.length > 0 ? headingYears : sentenceYears.length > 0 ? sentenceYears : sentences.flatMap(captionEndYear);
  // 9月底…比2007年底低0.02个百分点, 与2012年末相比: a page that names no year of its own but compares with a year's end
  // speaks from the year after it.
  if (years.length === 0) {
    const yearEnd = COMPARED_YEAR_END.exec(text.slice(0, STORY_HEAD));
    if (yearEnd) return Number(yearEnd[1] ?? yearEnd[2]) + 1;
    // 2016年以来，…截至8月底，…: the one year a page names is where its so-far runs from — its own, this year.
    const head = text.slice(0, STORY_HEAD);
    const since = SINCE_THIS_YEAR.exec(head);
    if (since && SO_FAR_DATE.test(head.slice(since.index)) && yearsNamed(head).size === 1) return Number(since[1]);
  }
  // (…and only then a document the text cites: 根据《…的通知》(豫办〔2021〕29号)精神 dates a plan written after it.)
  // (…and, with no year written at all, the class of graduates a story of the year's jobs follows: 2023届高校毕业生留吉
  // 就业创业目前已达13.26万人 — reported the year it graduates.)
  const named =
    years.length > 0
      ? fromHorizon(text, Math.max(...years))
      : (citedDocumentNumber(text.slice(0, STORY_HEAD)) ?? enteringPlan(text) ?? graduatingClass(text.slice(0, STORY_HEAD)) ?? minguoDate(text));
  // 去年我省城镇新增就业超80万人 over a story that names only 2019: the title speaks from the year after; 2009年将… on a
  // page of 明年, the year before.
  let latest = named;
  if (named !== null && (titleReportsLastYear(title) || yearGoneBy(text, named))) latest = named + 1;
  else if (named !== null && namedAsNextYear(text, named)) latest = named - 1;
  // 2024年以来新增农村劳动力转移就业超四万人 ⏎ …2025年以来已举办招聘会242场: a year a run is told since has begun — the page
  // speaks from it or later.
  const begun = latestSince(text.slice(0, STORY_HEAD));
  if (latest !== null && begun !== null && begun > latest) latest = begun;
  return latest !== null && ruledOut(story, latest) ? null : latest;
}

/** The latest year the text tells a run since (2025年以来, 2019年来), if any. */
function latestSince(text: string): number | null {
  let latest: number | null = null;
  for (const m of text.matchAll(HISTORY_SINCE_YEARS)) latest = Math.max(latest ?? 0, Number(m[1]));
  return latest;
}

/**
 * 六部门2009年将在全国组织开展…。明年一季度将开展3项…行动: a page that speaks of 明年, never of 今年, and names its
 * latest year as ahead (2009年将…) speaks from the year before it — the year it names is its 明年.
 */
function namedAsNextYear(text: string, year: number): boolean {
  const head = text.slice(0, STORY_HEAD);
  // (A page that also says 今年 tells its own year apart from the next — unless it names this year too: 今年…全国27个省份发布了
  // 2011年度工资指导线…2012年就业目标是 speaks from 2011.)
  if (!/明年/.test(head) || (/今年/.test(head) && !head.includes(`${year - 1}年`))) return false;
  return [...head.matchAll(new RegExp(`${year}年`, 'g'))].some((m) => /^(?:度)?[^，,。；;！？\n\d]{0,8}?(?:将|计划|拟|目标)/.test(head.slice(m.index + m[0].length, m.index + m[0].length + 12)));
}

/**
 * 中央社 114年3月17日 under a story of the mainland's February rate: a Taiwan outlet dates its page by the Republic's
 * calendar (民国 1 = 1912) — read only where the page names such an outlet, and only as a full date. (The text is
 * simplified by now.)
 */
const MINGUO_DATE = /(?<![\d０-９])(1[01]\d)年(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])日/;
const TAIWAN_OUTLET = /中央社|民国|自由时报|联合报|中时新闻|联合新闻网|台湾|台北/;
const MINGUO_FIRST_YEAR = 1911;

function minguoDate(text: string): number | null {
  const m = MINGUO_DATE.exec(text);
  return m && TAIWAN_OUTLET.test(text) ? MINGUO_FIRST_YEAR + Number(m[1]) : null;
}

/** The one class of graduates a text names (2023届高校毕业生), if it names one. */
function graduatingClass(head: string): number | null {
  const classes = new Set([...head.matchAll(/((?:19|20)\d\d)届(?:高校|大学|应届)?毕业生/g)].map((m) => Number(m[1])));
  return classes.size === 1 ? [...classes][0]! : null;
}

const YEAR_REVIEWED = /[一1][、.．]\s*((?:19|20)\d\d)年(?:和今年以来)?工作回顾/;
/** A local congress's session opening, and the work report delivered to it. */
const REPORT_HEARD = /(?:人民代表大会|人代会)[^。\n]{0,30}?(?:开幕|召开|举行)[^\n]{0,120}?(?:作|做)(?:政府)?工作报告/;
/** …then what the report says, opening on a year. */
const REPORT_SAYS_YEAR = /报告(?:指出|显示|回顾|称|说)[，,：:]?\s*((?:19|20)\d\d)\s?年[，,]/;
function reportHeardReviews(head: string): number | null {
  const heard = REPORT_HEARD.exec(head);
  if (!heard) return null;
  const says = REPORT_SAYS_YEAR.exec(head.slice(heard.index));
  if (!says) return null;
  const year = Number(says[1]);
  return namesNoYearAfter(head, year + 1) ? year + 1 : null;
}

/** The year of the first document number in `head` that is (or is not) a cited document's, after its 《title》. */
function documentNumberYear(head: string, cited: boolean): number | null {
  // Found from the issuer's last character and the bracketed year, then walked back over the issuer's name: the same
  // matches as DOCUMENT_NUMBER's, without trying its leading run of up to ten characters at every position of the head.
  NUMBER_TAILS.lastIndex = 0;
  for (let m = NUMBER_TAILS.exec(head); m !== null; m = NUMBER_TAILS.exec(head)) {
    let start = m.index;
    while (m.index - start < ISSUER_MAX && start > 0 && isHan(head.charCodeAt(start - 1))) start--;
    if (start === m.index) continue;
    if (/》\s*[(（]?\s*$/.test(head.slice(Math.max(0, start - 3), start)) === cited) return Number(m[1]);
  }
  return null;
}
const NUMBER_TAILS = new RegExp(`[发办函字规政]${DOCUMENT_NUMBER_TAIL}`, 'g');
/** DOCUMENT_NUMBER's issuer: up to ten characters before its last one. */
const ISSUER_MAX = 10;
const isHan = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;
const ownDocumentNumber = (head: string): number | null => documentNumberYear(head, false);
const citedDocumentNumber = (head: string): number | null => documentNumberYear(head, true);

const FIVE_YEARS_AHEAD = /(?:今后|未来)(?:五|5)年/;

/** The first years of the five-year plans a text names, each followed by `after` (期间, 时期…) when given. */
function plansNamed(head: string, after = ''): Set<number> {
  return new Set([...head.matchAll(new RegExp(`${quotedPlan()}${after}`, 'g'))].map((p) => FIVE_YEAR_PLANS[p[1]!]!));
}

/**
 * The year before the latest plan a page names, when it speaks of that plan ahead (“十一五”期间…将…; 2010年，是我省实施“十一五”
 * …的最后一年 … 预计十二五期间，我省将会实现新农保的全覆盖).
 */
function planAhead(head: string): number | null {
  const ahead = new Set([...head.matchAll(PLAN_SPOKEN_AHEAD)].map((m) => FIVE_YEAR_PLANS[m[1]!]!));
  if (ahead.size === 0) return null;
  const latest = Math.max(...plansNamed(head));
  return ahead.has(latest) ? latest - 1 : null;
}
const PLAN_SPOKEN_AHEAD = new RegExp(`${quotedPlan()}(?:期间|时期)[^。！？\\n]{0,24}将`, 'g');

/**
 * “十五”中国城镇新增就业4200多万人…迈向“十一五”，就业再就业定下新目标: a page of no year that looks back on one plan and
 * enters the next speaks from the next one's first year.
 */
function enteringPlan(text: string): number | null {
  const head = text.slice(0, STORY_HEAD);
  const m = new RegExp(`(?:迈向|迈入|进入|开启|开局|步入)${quotedPlan()}`).exec(head);
  if (!m) return null;
  const first = FIVE_YEAR_PLANS[m[1]!]!;
  return plansNamed(head).has(first - 5) ? first : null;
}
/** Five years looked back on: 五年来, 过去5年, 这五年. */
const FIVE_YEARS_BACK = /(?:五|5)年来|过去(?:五|5)年|这(?:五|5)年/;
/** A plan's span told (“十二五”期间), or the plan named just before the five years (“十三五”,这5年). */
const PLAN_SPAN_TOLD = new RegExp(`${quotedPlan()}(?:期间|时期|以来|[^。\\n]{0,12}?(?:${FIVE_YEARS_BACK.source}))`, 'g');
/** A month of this year (增至今年6月的). */
const THIS_YEAR_MONTH = /今年(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月/;

/**
 * A page that tells one plan's span and looks back on its five years speaks from the year after the plan (“十二五”期间，
 * 昌吉市…实现城镇新增就业5.1万人…。五年来…) — or from the plan's last year, when it reports to a month of this year
 * (“十三五”,这5年 … 从2016年末的88777万人增至今年6月的97601万人). Either only if the page names no later year.
 */
function planLookedBack(head: string): number | null {
  if (!FIVE_YEARS_BACK.test(head)) return null;
  const plans = new Set([...head.matchAll(PLAN_SPAN_TOLD)].map((p) => FIVE_YEAR_PLANS[p[1]!]!));
  if (plans.size !== 1) return null;
  const year = [...plans][0]! + (THIS_YEAR_MONTH.test(head) || THIS_YEAR_SO_FAR.test(head) ? 4 : 5);
  return namesNoYearAfter(head, year) ? year : null;
}
/**
 * “决胜‘十四五’ 奋进新征程”系列新闻发布会, 今年是“十三五”收官之年: a page that speaks of a plan as being closed out
 * speaks from its last year, if it names no later one. (…圆满收官 looks back on a plan closed: the year after may say it.)
 */
function planClosing(head: string): number | null {
  const m = PLAN_CLOSING.exec(head);
  if (!m) return null;
  const year = FIVE_YEAR_PLANS[(m[1] ?? m[2])!]! + 4;
  return namesNoYearAfter(head, year) ? year : null;
}
/** A plan's name, quoted in double or single marks (“十四五”, ‘十四五’). */
const PLAN_QUOTED_ANY = `[“"「『‘]?(${Object.keys(FIVE_YEAR_PLANS).join('|')})[”"」』’]?`;
const PLAN_CLOSING = new RegExp(`决胜${PLAN_QUOTED_ANY}|今年是${PLAN_QUOTED_ANY}(?:规划)?收官之年`);
const QUARTER_CONFERENCE = /^(?:网上|例行|定时定主题)?(?:新闻发布会|发布会)/;
/** The part of the year a quarter's end closes: the year gone by to it. */
const YEAR_TO_QUARTER_END: Readonly<Record<string, string>> = { 一: 'Q1', 1: 'Q1', 二: 'H1', 2: 'H1', 三: 'Q1-Q3', 3: 'Q1-Q3', 四: '', 4: '' };
const PAST_YEAR_NAMED = /过去(?:的)?一年[\s\S]{0,120}?(?:^|[\n。])\s*((?:19|20)\d\d)年是/;
const PAST_YEAR_HEADED = /(?:^|\n)[^\n。，,]{0,20}?((?:19|20)\d\d)年[^\n。，,\d]{0,6}\n\s*过去(?:的)?一年/;

/**
 * 2010年全市实现城乡就业百万人 over 今后五年…到2010年: a year a heading names that the text calls the horizon of five years
 * ahead is not the page's; the first of those five is.
 */
function fromHorizon(text: string, year: number): number {
  const head = text.slice(0, STORY_HEAD);
  return FIVE_YEARS_AHEAD.test(head) && head.includes(`到${year}年`) ? year - 4 : year;
}
const COMPARED_YEAR_END = /(?:比|较)((?:19|20)\d\d)年(?:底|末)|与((?:19|20)\d\d)年(?:底|末)相?比/;

/** 今年1-4月份, 今年一季度: a part of the year the page speaks in. */
const PART_OF_THIS_YEAR = /今年(?:以来|1[-—至~到]\d{1,2}月|[一二三四]季度|前[三两二]季度|上半年|前\d{1,2}个月)/;

/**
 * 2024年全省城镇新增就业75.95万人，同比增长5.17%。今年1-4月份…; 由2016年末的109.94回升至…今年一季度: a page that reports a
 * named year whole (its results against the year before, or its end) and speaks of part of 今年 is of the year after.
 */
function yearGoneBy(text: string, year: number): boolean {
  if (!PART_OF_THIS_YEAR.test(text)) return false;
  if (new RegExp(`${year}年(?:上半年|下半年|第?[一二三四]季度|前三季度|1[-—至~到]\\d{1,2}月|\\d{1,2}月)`).test(text)) return false;
  return new RegExp(`${year}年(?:末|底)|${year}年[，,]?(?:全省|全市|全区|全县|我省|我市|我区)[^。！？\\n]{0,40}(?:同比|比上年|较上年)`).test(text);
}

const CHINESE_DIGITS = '〇○零Ｏ一二三四五六七八九';
/** An official document's number in its head: 黔府发〔2023〕12号, 人社部发[2019]5号. */
// (闽政〔2015〕19号: a province's government writes 政 alone.)
const DOCUMENT_NUMBER = new RegExp(`[\\u4e00-\\u9fff]{1,10}[发办函字规政]${DOCUMENT_NUMBER_TAIL}`);
/** The document's own number on a line of its own near the top (闽政〔2015〕19 号): the page is that document. */
const OWN_NUMBER_LINE = new RegExp(`(?:^|\\n)[ \\t\\u3000]*[\\u4e00-\\u9fff]{1,10}[发办函字规政]${DOCUMENT_NUMBER_TAIL}[ \\t\\u3000]*(?=\\n|$)`);
/** A full date in Chinese numerals: how official documents are signed (二〇二三年三月十日). */
const SIGNED_ON = new RegExp(`([一二][${CHINESE_DIGITS}]{3})年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日`);

/** A year in Chinese numerals (一九九八年, 二〇二四年, 二○○六年): four digits, then 年. */
const CHINESE_YEAR = new RegExp(`([一二][${CHINESE_DIGITS}]{3})(?=年)`, 'g');
const CHINESE_YEAR_TEST = new RegExp(`[一二][${CHINESE_DIGITS}]{3}年`);

/**
 * 二〇二四年，全市…: a year written in Chinese numerals, as official documents write it, read as its digits — offset for
 * offset, so what is found in the copy stands where it stands in the text.
 */
export function digitYears(text: string): string {
  return CHINESE_YEAR_TEST.test(text) ? text.replace(CHINESE_YEAR, (digits) => String(chineseDigitsYear(digits))) : text;
}

function chineseDigitsYear(digits: string): number {
  return Number([...digits].map((d) => Math.max(0, CHINESE_DIGITS.indexOf(d) - 3)).join(''));
}

/** 第十四届全国人民代表大会第一次会议, 十四届全国人大一次会议: the National People's Congress in session. */
const CONGRESS_SESSION = /第?([一二三四五六七八九十]{1,3})届全国(?:人民代表大会|人大)第?([一二三四五])次会议/;
/** The fifth congress met first in 1978; each since has sat five years, one session a year. */
const FIFTH_CONGRESS = 1978;

/**
 * A five-year plan document (“十四五”就业促进规划), named in a page's title or issued in its lead — or by its formal name
 * (国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要, 第十个五年计划).
 */
const PLAN_DOCUMENT = new RegExp(`${quotedPlan()}[^。！？\\n]{0,14}?(?:规划|实施方案|行动计划|行动方案)|第(十[一二三四五]?)个五年(?:规划|计划)`);
const PLAN_DOCUMENTS = new RegExp(PLAN_DOCUMENT.source, 'g');
/** The first year of the plan a PLAN_DOCUMENT match names (第十个五年计划 is the 十五). */
const planDocumentStart = (m: RegExpMatchArray): number => FIVE_YEAR_PLANS[m[1] ?? (m[2] === '十' ? '十五' : `${m[2]!}五`)]!;
const ISSUED = /(?:印发|发布|出台|公布|编制|批转)了?《?[^。！？\n《]{0,24}$/;
const DATED_PLAN = /(?:规划|实施方案|行动计划|行动方案)[(（]((?:19|20)\d\d)\s*[—–\-－~～至到]\s*((?:19|20)\d\d)年?[)）]/;
const COMPARED = /(?:比|较|与|同)[“"]?$/;

/**
 * The span of the five-year plan a page is or announces (山西发布“十四五”就业促进规划; 省政府办公厅印发《陕西省“十四五”
 * 就业促进规划》): its targets are the plan's. A page that only works under a plan (以实施“十四五”就业促进规划为牵引) is not one.
 */
export function planDocumentSpan(text: string, title: string | undefined): string | null {
  // (比“十三五”规划增加14项指标 compares with the plan before: not the page's plan.)
  const named = (within: string) => [...within.matchAll(PLAN_DOCUMENTS)].filter((m) => !COMPARED.test(within.slice(Math.max(0, m.index - 2), m.index)));
  const lead = text.slice(0, PLAN_LEAD);
  const m = (title ? named(title)[0] : undefined) ?? named(lead).find((x) => ISSUED.test(lead.slice(0, x.index)));
  if (!m) {
    // 国务院今日发布《关于批转促进就业规划(2011-2015年)的通知》: a plan issued with its span written out.
    const dated = DATED_PLAN.exec(`${title ?? ''}\n${lead}`);
    if (!dated || !ISSUED.test(`${title ?? ''}\n${lead}`.slice(0, dated.index))) return null;
    const [from, to] = [Number(dated[1]), Number(dated[2])];
    return to > from && to - from <= 5 ? `${from}-${to}` : null;
  }
  const start = planDocumentStart(m);
  return `${start}-${start + 4}`;
}
const PLAN_LEAD = 300;

/**
 * The first year of the latest five-year plan document a page names in its title or lead (《内蒙古自治区“十四五”就业促进
 * 规划》全面总结了“十三五”时期就业的成就): a page that names no year of its own speaks at least from then, so the plan
 * before is behind it.
 */
export function planEraStart(text: string, title: string | undefined): number | null {
  const head = `${title ?? ''}\n${text.slice(0, PLAN_LEAD)}`;
  let latest: number | null = null;
  for (const m of head.matchAll(PLAN_DOCUMENTS)) {
    if (COMPARED.test(head.slice(Math.max(0, m.index - 2), m.index))) continue;
    const first = planDocumentStart(m);
    if (latest === null || first > latest) latest = first;
  }
  return latest;
}

/**
 * The first year of the latest of two or more five-year plans an undated text names (“十三五”期间…取得积极进展。
 * “十四五”时期是…): it speaks from the latest one's time, the earlier ones done.
 */
export function latestOfPlansNamed(text: string): number | null {
  const named = new Set([...text.slice(0, PLANS_NAMED_HEAD).matchAll(PLAN_NAMES)].map((m) => FIVE_YEAR_PLANS[m[1]!]!));
  return named.size >= 2 ? Math.max(...named) : null;
}
const PLANS_NAMED_HEAD = 3_000;

/** “十一五”期间，…城镇累计新增就业114万人: a plan's span reviewed in the text, its totals told. */
const PLAN_REVIEWED = new RegExp(`${quotedPlan()}(?:期间|时期|以来)[^。！？\n]{0,60}?(?:累计|年均|共)`);

/** The span of the five-year plan a text reviews, if it does (the period of a story that names no year of its own). */
export function reviewedPlanSpan(text: string): string | null {
  const m = PLAN_REVIEWED.exec(text);
  if (!m) return null;
  const first = FIVE_YEAR_PLANS[m[1]!]!;
  return `${first}-${first + 4}`;
}

/**
 * A page of a plan's last year that names the plan in its title or lead (“十四五”重庆年均城镇新增就业70万人以上, 2025); or
 * a party congress's, which closes its five-year term in the year it meets (省第十三次党代会以来的五年, told in 2021).
 */
export function closesPlan(text: string, title: string | undefined, docYear: number | null): boolean {
  if (docYear === null) return false;
  const head = `${title ?? ''}\n${text.slice(0, PLAN_LEAD)}`;
  return [...head.matchAll(PLAN_NAMES)].some((m) => FIVE_YEAR_PLANS[m[1]!]! + 4 === docYear) || PARTY_CONGRESS_TERM.test(head);
}
const PARTY_CONGRESS_TERM = /(?:[省市县区]|全国)?第[一二三四五六七八九十]+次党代会以来|党代会报告/;
// (十五 alone is left out: on a page of 2005 it is more often a number, 十五、 or 十五个, than the plan.)
const PLAN_NAMES = new RegExp(quotedPlan(Object.keys(FIVE_YEAR_PLANS).filter((name) => name !== '十五')), 'g');

/** In recent years: 近年来, 近几年, 近些年. */
const RECENT_YEARS = /近(?:几|些)?年(?:来)?(?![\d一二三四五六七八九十])/g;
/** What an anniversary counts from: the Republic's founding, the reform's start, the party's founding. */
const ANNIVERSARY = /(中华人民共和国成立|新中国成立|共和国成立|改革开放|中国共产党成立|建党)(\d{1,3}|[一二三四五六七八九]?十[一二三四五六七八九]?|一百)周年/g;
const ANNIVERSARY_FROM: Readonly<Record<string, number>> = {
  中华人民共和国成立: 1949, 新中国成立: 1949, 共和国成立: 1949, 改革开放: 1978, 中国共产党成立: 1921, 建党: 1921,
};

/**
 * The year of the latest anniversary `head` names (新中国成立70周年 → 2019), if any: 庆祝改革开放40周年、新中国成立70周年和
 * 中国共产党成立100周年, celebrated over the years a review covers, speaks from the last of them.
 */
function anniversaryYear(head: string): number | null {
  let latest: number | null = null;
  for (const m of head.matchAll(ANNIVERSARY)) {
    const n = /^\d+$/.test(m[2]!) ? Number(m[2]) : Number(parseChineseInteger(m[2]!));
    latest = Math.max(latest ?? 0, ANNIVERSARY_FROM[m[1]!]! + n);
  }
  return latest;
}

/** The year of the national congress session a page speaks at, if it names one (the fifth congress or later). */
export function congressSessionYear(text: string): number | null {
  const m = CONGRESS_SESSION.exec(text);
  if (!m) return null;
  const term = Number(parseChineseInteger(m[1]!));
  const session = Number(parseChineseInteger(m[2]!));
  if (!(term >= 5) || !(session >= 1)) return null;
  return FIFTH_CONGRESS + 5 * (term - 5) + session - 1;
}
