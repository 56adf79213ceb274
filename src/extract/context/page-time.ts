/**
 * The page's "now": the year it is read as, the period its undated results and its undated targets are of, and
 * whether it reviews a year gone by or a plan closing — from its title, dateline and the words of its lead. Pure.
 * engine.ts asks once per page (pageTime); the refiners then date each figure from its own clause first.
 */
import { closesPlan, DATELINE_LEAD, documentDate, documentYear, findTimes, planDocumentSpan, reportsBulletinOf, reviewedPlanSpan, titleReportsLastYear } from './time';
import { firstOwnLine } from '../text/headline';

export interface PageTime {
  /** The year the page is read as (null: no year found). */
  docYear: number | null;
  /** The page's own period (2023, 2023H1, 2023-06). */
  period: string | null;
  /** The period an undated target is for: a plan's span, a later year the title plans, else the page's. */
  targetPeriod: string | null;
  /** The period an undated result is of: the year before, on a page reviewing it, else the page's. */
  reviewPeriod: string | null;
  /** A five-year plan document's span (2021-2025), when the page is one. */
  planSpan: string | null;
  /** Whether the page closes a plan (“十四五”…五年来 on a page of 2025). */
  review: { closingPlan: boolean; reviewsLastYear: boolean };
  /** The year's labour work conference, which sets the year's targets. */
  conference: boolean;
}

export function pageTime(text: string, title: string | undefined, date: string | undefined): PageTime {
  const inForce = standardsInForceFrom(text, title);
  const dated = afterFourthQuarterBriefing(documentYear(text, title, date), text);
  // A notice of standards (关于调整全市最低工资标准的通知 … 自2017年6月1日起实施) is about the year they take effect: not the
  // year before, though issued in its first months, and that year where the page bears no date.
  if (inForce !== null && (dated === null || dated <= inForce)) {
    const year = String(inForce);
    return { docYear: inForce, period: year, targetPeriod: year, reviewPeriod: year, planSpan: null, review: { closingPlan: false, reviewsLastYear: false }, conference: false };
  }
  const docYear = dated;
  const period = pagePeriod(docYear, title, text);
  // 《陕西省“十四五”就业促进规划》: a five-year plan's targets, where they name no time of their own, are the plan's.
  const planSpan = planDocumentSpan(text, title);
  // 2022年工作总结和2023年工作计划: the plan the title names for a later year is what the page's undated targets are for.
  const targetPeriod = planSpan ?? plannedLaterYear(title, docYear) ?? period;
  // “十四五”…五年来 on a page of 2025: the plan's five years, the page's own the last.
  const closingPlan = closesPlan(text, title, docYear);
  // A work report is delivered early in the year it plans: what it reports as done, undated, is the year before.
  // …unless the year the page is read as is itself the one it calls done (2021年发展目标的顺利完成): an excerpt of the
  // review alone names only the year reviewed.
  const reviewPeriod =
    docYear !== null &&
    (reviewsLastYear(text, title, date, docYear) || reviewsYearBefore(text, docYear) || reportsBulletinOf(text) === docYear - 1) &&
    !namesAsDone(text, docYear) &&
    !progressWithin(text, docYear)
      ? String(docYear - 1)
      : period;
  const review = { closingPlan, reviewsLastYear: docYear !== null && reviewPeriod === String(docYear - 1) };
  // 昨天举行的杭州市劳动和社会保障工作会议介绍…: the year's work conference sets the year's targets.
  const conference = ANNUAL_CONFERENCE.test(`${title ?? ''}\n${text.slice(0, CONFERENCE_HEAD)}`);
  return { docYear, period, targetPeriod, reviewPeriod, planSpan, review, conference };
}

/** The people's congress in session hears the work report; its standing committee meets all year on other business. */
// (十一届全国人大二次会议记者会: the ministers answer at the session, on the year just ended.)
const WORK_REPORT_VOICE = /各位代表|政府工作报告|人民代表大会(?!常务委员会)|全国人大[一二三四五六七八九十]{1,2}次会议/;

/** An annual work meeting or summary held in the first quarter is about the year before (2月2日，…工作会议召开). */
const EARLY_YEAR_MEETING = /工作会议|工作总结|总结大会|表彰大会/;

function reviewsLastYear(text: string, title: string | undefined, date: string | undefined, docYear: number): boolean {
  if (WORK_REPORT_VOICE.test(title ?? '') || WORK_REPORT_VOICE.test(text.slice(0, 3000))) return true;
  // 去年实现城乡就业31.32万人 as the headline: what the story reports as done, undated, is that year's.
  if (titleReportsLastYear(title)) return true;
  // 去年的工作答卷、今年的任务清单… ⏎ 刚刚过去的一年，极不平凡。…: a paragraph opening on the year just gone, on a page that
  // turns to this year's plans, reviews the year before the page's.
  const opening = text.slice(0, REVIEW_SCAN);
  if (PAST_YEAR_LEAD.test(opening) && THIS_YEAR_PLANNED.test(opening)) return true;
  const dated = documentDate(text, date);
  const head = `${title ?? ''}\n${text.slice(0, 600)}`;
  // A story of January or February that reports what was done speaks of the year just ended (年末城镇登记失业率是4.05%
  // in a press conference of 2016-02-29); a meeting or summary of the first quarter likewise.
  // (…unless the page is read as of that year already: 2022年湖南民生支出… dated 2023-01-19.)
  // (…and unless a dateline without its year leaves the page's year to the text, which states it done: 人民网北京2月29日电 …
  // 2015年城镇新增就业是1312万人。年末城镇登记失业率是4.05% — the year read is the year reported.)
  const yearOk = dated === null ? false : dated.year === null ? !statesDone(text.slice(0, REVIEW_SCAN), docYear) : dated.year <= docYear;
  if (dated !== null && yearOk && (dated.month <= 2 || (dated.month <= 3 && EARLY_YEAR_MEETING.test(head)))) return true;
  // 发布时间:2020-06-03 ⏎ 全年城镇新增就业…，年末参保…: a whole year's results, or its end's levels, on a page that names
  // no year and is dated before that year is out, are the year before's — the year of the date is still running.
  if (dated !== null && dated.year === docYear && dated.month <= 10 && YEAR_IS_OVER.test(text.slice(0, REVIEW_SCAN))) {
    const body = text.slice(0, REVIEW_SCAN).replace(TOP_DATE_LINE, '');
    // (抽样调查表明，2019年城镇居民…: an earlier year named in passing leaves it so.)
    const laterNamed = [...body.matchAll(YEAR_WRITTEN)].some((m) => Number(m[1]) >= docYear);
    return !laterNamed && !RELATIVE_YEAR.test(body) && !SO_FAR_THIS_YEAR.test(body);
  }
  if (dated !== null) return false;
  // Undated: the year's 人社 work conference (…工作会上获悉，今年我省将…) is held at its start, about the year before.
  return ANNUAL_CONFERENCE.test(head) && /今年[^。]{0,20}(?:将|要|力争|确保)/.test(head);
}

const PAST_YEAR_LEAD = /(?:^|\n)\s*(?:刚刚|刚)?过去的?一年[，,]/;
const THIS_YEAR_PLANNED = /今年[^。！？\n]{0,12}?(?:(?<![即必])将(?!近)|要(?![求点素])|的(?:任务|目标)|预期目标)/;

/** A whole year's results or its end's levels. */
const YEAR_IS_OVER = /(?:^|[。\n，,；;])\s*(?:全年|年末|年底)/;
/** A year written out: the date's own year or a later one named in the text says the page speaks of the year running. */
const YEAR_WRITTEN = /((?:19|20)\d\d)\s*年/g;
/** 今年, 去年: the page says itself which year it speaks of. */
const RELATIVE_YEAR = /今年|去年|明年/;
/** A date line at the top (发布时间:2020-06-03, 2020年06月03日 来源：…); its indent does not count. */
const TOP_DATE_LINE = new RegExp(`^${DATELINE_LEAD}(?:19|20)\\d\\d(?:年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[-/.]\\d{1,2}[-/.]\\d{1,2})[^\\n]*$`, 'gm');
/** Part of the year so far (1-5月, 上半年, 一季度, 截至N月底): the page speaks of the year still running. */
const SO_FAR_THIS_YEAR = /(?:1|一)\s*[-—至~到]\s*(?:1[01]|[1-9]|[二三四五六七八九十]|十一)月|上半年|[一二三]季度|前三季度|截至\d{1,2}月|预计全年/;

/** The year with a figure stated as done in its own clause (2015年城镇新增就业是1312万人), not a goal for it. */
function statesDone(text: string, year: number): boolean {
  const m = new RegExp(`${year}年([^。！？\\n，,]{0,30}?)(?:完成|实现|达到|是|为)了?[^。！？\\n，,\\d]{0,4}\\d`).exec(text);
  return m !== null && !/目标|计划|预期|力争|确保|将|要/.test(m[1]!);
}

/**
 * 介绍2025年全省人社系统工作成效以及2026年重点工作: a lead that announces the last year's results and this year's work —
 * what it reports as done, undated (全年完成…), is the last year's.
 */
function reviewsYearBefore(text: string, year: number): boolean {
  const head = text.slice(0, REVIEW_LEAD);
  return new RegExp(`${year - 1}年[^。！？\n]{0,24}(?:成效|成绩|完成情况|工作情况|进展)[^。！？\n]{0,8}(?:以及|和|及|并)[^。！？\n]{0,6}${year}年[^。！？\n]{0,12}(?:重点工作|工作安排|工作部署|工作任务|工作思路)`).test(head);
}
const REVIEW_LEAD = 1_000;

/** A headline adjusting a standard: 关于调整全市最低工资标准的通知, 山西省调整最低工资标准, 调整退休人员基本养老金. */
const ADJUSTS_STANDARD = /调整[^。！？\n]{0,24}(?:最低工资|养老金|工资标准|待遇标准)/;
/** 自2017年6月1日起, 从2019年5月1日起执行: the day a rule takes effect. */
const TAKES_EFFECT = /(?:自|从|于)\s*((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:起|开始)/g;
/** Where a notice states when it takes effect. */
const IN_FORCE_SCAN = 3_000;

/** The one year the standards a page's headline adjusts take effect in, when it says so (null: not such a page, or more years). */
function standardsInForceFrom(text: string, title: string | undefined): number | null {
  if (!ADJUSTS_STANDARD.test(`${title ?? ''}\n${firstOwnLine(text)}`)) return null;
  const years = new Set([...text.slice(0, IN_FORCE_SCAN).matchAll(TAKES_EFFECT)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0]! : null;
}

/** A year spoken of as done: 2021年发展目标的顺利完成, 回顾2021年, 就2024年“十件民生实事”完成情况开展视察. */
function namesAsDone(text: string, year: number): boolean {
  if (new RegExp(`${year}年[^。！？\\n]{0,40}(?:顺利完成|全面完成|圆满完成|胜利完成)|(?:回顾|过去的)${year}年|${year}年[^。！？\\n，,]{0,24}?完成情况`).test(text.slice(0, REVIEW_SCAN))) return true;
  // 2009年，受到国际金融危机的严重冲击，…就业面临着严峻形势。: a page that opens on its year, with no word of intent in its
  // first sentence, tells how that year went (below a portal's line of byline fields too).
  const opening = new RegExp(`^${year}年[，,]([^。！？]*)`).exec(firstOwnLine(text));
  if (opening !== null && !INTENT.test(opening[1]!)) return true;
  // 1月8日，…人民代表大会…开幕，…作政府工作报告。2024年，市中区坚持固优补短，民生福祉持续增进。: a report's lead that
  // goes on to a sentence opening on the year, telling what it did, reviews that year.
  const told = new RegExp(`[。！？]\\s*${year}年[，,]([^。！？\\n]*)`).exec(text.slice(0, LEAD_TOLD));
  return told !== null && !INTENT.test(told[1]!) && !/之年|一年|开局|起步|收官/.test(told[1]!) && WORK_REPORT_VOICE.test(text.slice(0, told.index));
}
/** Words of intent: a sentence with one plans its year. */
const INTENT = /将|要|力争|确保|计划|预计|目标/;
/** How far into a page its lead's sentences are read for the year they tell of. */
const LEAD_TOLD = 400;
/**
 * 2021年政府工作报告提出的…10件惠民实事，截至2021年12月…: news of how the year's promises stand, dated within that year,
 * reports on the year itself, not on the one a work report reviews.
 */
function progressWithin(text: string, year: number): boolean {
  return new RegExp(`(?:截至|截止)(?:到)?${year}年(?:[3-9]|1[0-2])月`).test(text.slice(0, REVIEW_SCAN));
}

/** Where a page says which year it calls done. */
const REVIEW_SCAN = 5_000;

const ANNUAL_CONFERENCE = /(?:人力资源和?社会保障|人社|劳动和?社会?保障|就业)工作(?:会议|会上|会)/;
/** Where a page says it reports a work conference. */
const CONFERENCE_HEAD = 1_000;

/** 召开2023年度第三季度新闻发布会: a quarter's press conference reports the year so far. */
const QUARTER_BRIEFING = /(?:((?:19|20)\d\d)年度?)?第?([一二三四])季度(?:例行|专题)?新闻发布会/;
const SO_FAR: Record<string, string> = { 一: 'Q1', 二: 'H1', 三: 'Q1-Q3', 四: '' };

/**
 * 1月21日，人社部举行2024年四季度新闻发布会，公布去年全国城镇新增就业1256万人: the fourth quarter's briefing is held in
 * January and speaks of its year as 去年 — the page's year is the one after.
 */
function afterFourthQuarterBriefing(docYear: number | null, text: string): number | null {
  const lead = text.slice(0, LEAD);
  const briefing = QUARTER_BRIEFING.exec(lead);
  if (!briefing || briefing[2] !== '四' || briefing[1] === undefined || Number(briefing[1]) !== docYear) return docYear;
  return /去年|上年/.test(lead.slice(briefing.index)) ? docYear + 1 : docYear;
}

function pagePeriod(docYear: number | null, title: string | undefined, text: string): string | null {
  // 新华社…3月20日电 …“十一五”期间，…城镇累计新增就业114万人: an undated story reviewing a plan is of the plan's years.
  if (docYear === null) return reviewedPlanSpan(text.slice(0, LEAD));
  // (定南县前三季度就业工作成效明显, dated 2024-10-21: the title's part of the year, its year the page's.)
  // (人社部：四季度乃至明年就业形势将保持整体稳定: a part of the year the title forecasts is no part its news reports.)
  // (临沂市2025年20项重点民生实事一季度推进情况: the part of the year the title names after its year is the page's.)
  const titleTimes = title
    ? findTimes(title, docYear).filter((t) => (t.year === docYear || (t.year === null && partOfYear(t.period, docYear))) && !TITLE_FORECAST.test(title.slice(t.end)))
    : [];
  const inTitle = titleTimes.find((t) => partOfYear(t.period, docYear)) ?? titleTimes[0];
  if (inTitle) return inTitle.period;
  const briefing = QUARTER_BRIEFING.exec(text.slice(0, LEAD));
  if (briefing && (briefing[1] === undefined || Number(briefing[1]) === docYear)) return `${docYear}${SO_FAR[briefing[2]!]}`;
  // 截至6月底，10件市办实事总体进展顺利。: a lead that says how far its news runs dates what the story then lists.
  const until = LEAD_UNTIL.exec(text.slice(0, LEAD));
  if (until && (until[1] === undefined || Number(until[1]) === docYear)) return `${docYear}-${until[2]!.padStart(2, '0')}`;
  return String(docYear);
}

const TITLE_FORECAST = /^[^，,。；;：:]{0,14}?(?:将|要|预计|有望)/;

/** Whether a period is a part of the given year (2024Q1-Q3, 2024H1, 2024-06), not the year or a span of years. */
function partOfYear(period: string | null, year: number): boolean {
  return period !== null && period.startsWith(String(year)) && /^\d{4}(?:Q|H|-\d\d$)/.test(period);
}

/** A lead sentence that opens on how far its news runs and states no figure of its own (截至6月底，…进展顺利。). */
const LEAD_UNTIL = /(?:^|[。\n])[^。\n\d]{0,40}?(?:截至|截止)(?:((?:19|20)\d\d)年)?(1[0-2]|[1-9])月(?:底|末)[，,]((?:[^。\n\d]|\d+(?![\d.]*\s*(?:万|亿)?(?:人|元|%|％|个)))*?)。/;

/** Where a story's lead names the occasion it reports. */
const LEAD = 300;

/** A later year's plan named in the title (…总结和2023年工作计划), beside the year the page reviews. */
function plannedLaterYear(title: string | undefined, docYear: number | null): string | null {
  if (!title || docYear === null) return null;
  const m = TITLE_PLAN_YEAR.exec(title);
  return m && Number(m[1]) === docYear + 1 ? m[1]! : null;
}
const TITLE_PLAN_YEAR = /((?:19|20)\d\d)年度?(?:工作)?(?:计划|打算|安排|要点|思路|目标)/;
