/**
 * The whole extraction pipeline in order, in the manner of chrono's configuration: what runs, and why it stands
 * where it does. engine.ts runs it; every step lives in a file of its own.
 *
 * 0. Read a view of the page where the page hides its words (engine.ts, extractSteps): with its full-width figures in
 *    half width and its no-break spaces as blanks (text/half-width.ts, ２０２５年…８５９万人, offset for offset), without pinyin glosses
 *    (text/pinyin-gloss.ts, 城鎮(zhèn)新增就業), then a table saved with bars as rows of tab-separated cells, as
 *    the page reader writes them (text/bar-table.ts, | 2021 | 58.2 | ⏎), then with a print's line wraps joined (text/hard-wrap.ts, 城镇新增就 ⏎
 *    业5.4万人), with the blanks that split a headline's label left out (text/split-label.ts), and with the blanks a PDF's
 *    text sets around its figures left out (text/spaced-figures.ts, 目标任务 36000 人次的 110.1%); each view maps its offsets back (text/offset-view.ts), so records quote the page as written. First,
 *    because every later step reads words, and a word cut by a gloss or a wrap is none.
 * 1. Read the page as written, in simplified characters (text/simplified.ts): offsets stay, so records quote the
 *    page; the lexicon is written once.
 * 2. Find every figure once (numbers/scan.ts, then the bare cells of flattened tables: rows on a line,
 *    rules/table-row.ts, a cell per line or a row per line with its cells apart by blanks, rules/cell-table.ts,
 *    progress rows under a heading naming their columns, rules/progress-row.ts, and a key's bare value after its unit
 *    in brackets, 城镇新增就业（人）：2310, rules/unit-note-value.ts; engine.ts lists them all).
 * 3. Per sentence and figure, the first rule below that proposes a measure wins (RULES); a figure two joined measures
 *    share (城镇调查失业率和登记失业率稳定在4.3%左右) is then read for the first of them too (rules/shared-figure.ts).
 * 4. Turn proposals that name an indicator's words but measure something else into `other` figures (OTHER_MEASURES):
 *    after all rules, because a part or a change is only known once the total or the level beside it is.
 * 5. Settle, per figure: kind (refiners/kind.ts: the figure's own cue words, then its clause's time, then its
 *    section's tense from the document's parts, context/sections.ts), period (refiners/period.ts: a time in its own
 *    sentence, else its paragraph's part of the year, else its section's, else the page's — context/page-time.ts: the
 *    year it is read as, the year before for what a review reports done; a share takes the period of the figure it
 *    qualifies, a plan its whole year; then what the figure's own words say of it, PERIOD_REFINERS below, in order),
 *    region
 *    (context/region.ts: a table column's area or a place in the figure's own clause, else the page's area, never a
 *    byline's; a share takes the area of the figure it qualifies) and comparator (refiners/comparator.ts).
 * 6. Date a headline's figures like the same figures in the story below (refiners/period.ts, datedLikeTheBody): last,
 *    because only the settled body records say what period the headline left out.
 */
import type { Rule } from './rules/candidate';
import { tableRow } from './rules/table-row';
import { cellTable } from './rules/cell-table';
import { progressRow } from './rules/progress-row';
import { unitColumnRow } from './rules/unit-column-row';
import { unitLineRow } from './rules/unit-line-table';
import { planIndicatorRow } from './rules/plan-indicator-table';
import { placeRowTable } from './rules/place-row-table';
import { quotaTable } from './rules/quota-table';
import { taskColumnTable } from './rules/task-column-table';
import { progressShare } from './rules/progress-share';
import { respectively } from './rules/respectively';
import { framedFigure } from './rules/framed-figure';
import { labelledFigure } from './rules/labelled-figure';
import { trailingLabel } from './rules/trailing-label';
import { planFigure } from './rules/plan-figure';
import { respectivePlans } from './rules/respective-plans';
import { continuation } from './rules/continuation';
import { levelAfterChange } from './rules/level-after-change';
import { planThenDone } from './rules/plan-then-done';
import { namedThenTimed } from './rules/named-then-timed';
import { sameTimeLastYear } from './rules/same-time-last-year';
import { placeBreakdown } from './rules/place-breakdown';
import { seriesMember } from './rules/series';
import { cardholdersInContext, cardsIssuedInContext, closureRateInContext, insuredAfterCount, insuredInParagraph, insuredTotalInContext, loanInContext, pensionRiseInContext, registeredRateInContext, surveyedRateInContext, trainingInContext, transferInContext } from './rules/word-in-context';
import { monthLedRate } from './rules/month-led-rate';
import { monthLedCount } from './rules/month-led-count';
import { trainedAfterCount } from './rules/trained-after-count';
import { bareTraining } from './rules/bare-training';
import { wageTier } from './rules/wage-tier';
import { wageArea } from './rules/wage-area';
import { wageHeadingItem } from './rules/wage-heading-item';
import { wageTierLine } from './rules/wage-tier-line';
import { wageTierBracket } from './rules/wage-tier-bracket';
import { wageRanking } from './rules/wage-ranking';
import { wagePlaceBracket } from './rules/wage-place-bracket';
import { wagePerMonth } from './rules/wage-per-month';
import { otherFigure } from './rules/other-figure';
import { pipeTable } from './rules/pipe-table';
import { yearColumnCell } from './rules/year-column-cells';
import { yearGridCell } from './rules/year-grid-table';
import { markAverages, markGroupCounts, markGroupFigures, markLevelChanges, markPartsOfTotals } from './refiners/other-measure';
import { averageOverChange, changeEnds, changeFromLikeBefore, comparedLevel, cumulativeOverSpan, levelAtEnd, levelAtQuarterEnd, transferredSoFar, rateAtEnd, levelNow, pensionRiseOverBase, type PeriodRefiner } from './refiners/period';

export const RULES: readonly Rule[] = [
  // A table's cell belongs to its row and column whatever words stand near it in the flattened text.
  tableRow,
  // …and a table flattened one cell per line, whose columns name the measure and the kind (目标任务 / 进度 / 完成比例).
  cellTable,
  // …and a progress table a row per line under a heading naming its columns (目标任务 / 实际完成 / 完成率).
  progressRow,
  // …and a progress table whose cells each end in " |" (进展情况 | 目标任务 | 完成率 |), a row found from its share cell.
  pipeTable,
  // …and a yearbook table of years as columns flattened one cell per line (指标 ⏎ 2000 ⏎ 2010 ⏎ 城镇登记失业率(%) ⏎ 3.5 ⏎ 4.2).
  yearColumnCell,
  // …and a yearbook's grid as a statistics database stores it: rows of years apart by bars under the columns' names, or
  // measures side by side over the same years with a row of figures per area.
  yearGridCell,
  // …and a table whose unit stands in a column of its own (指标名称 计算单位 实绩): the figure after the unit cell.
  unitColumnRow,
  // …and a bulletin's table whose unit stands on a line above it (单位：万人 ⏎ 指标 年末数 增长): the figure after the name.
  unitLineRow,
  // …and a five-year plan's table of main indicators (指标 2025年 2030年 属性): the start year's level reached, the end
  // year's aimed at, a [bracketed] figure the five years' total.
  planIndicatorRow,
  // …and an annex's table of areas, a row each, under a heading cell naming the measure and its unit (开发计划数量(单位:个)).
  placeRowTable,
  // …and a notice's annex sharing a task out by area, keyed by a column of names (村委会名称 | 参保任务人数) under a
  // title naming the measure.
  quotaTable,
  // …and a target notice's 分解表 flattened one cell per line (项目 ⏎ 分值 ⏎ 目标任务 ⏎ …): a measure's line, its task as
  // many lines below as the task column stands below the measure column.
  taskColumnTable,
  // A share of a plan (完成比例72.22%) is never a label's own figure: it qualifies the figure before it.
  progressShare,
  // A 分别 list pairs measures and figures before any label nearby can claim one of them.
  respectively,
  // A subject before and a predicate after (就业困难人员206人实现就业) outrank a label further back.
  framedFigure,
  // The common case: a label, a few words, the figure.
  labelledFigure,
  // A label after the figure (505万下岗失业人员实现再就业), when none stood before it.
  trailingLabel,
  // Plans after 分别, one per figure before them (…分别优于6%和5.5%左右的预期目标): before the one-plan reading, which would
  // hold both against the last figure.
  respectivePlans,
  // The plan the sentence's figure is measured against (完成年目标任务12500人的98.5%), before it could pass for a
  // continuation of the topic.
  planFigure,
  // The same measure a year before (…为4.0%，而去年同期为4.1%): before a continuation or an `other` reading takes it.
  sameTimeLastYear,
  // A figure broken down by area after 其中 (…2.5万人，其中，正定县3000人，行唐县2500人): before a continuation or an
  // `other` reading takes the place as the label.
  placeBreakdown,
  // A short word that continues the sentence's topic (…，安置上岗35.15万人), only after the stronger readings.
  continuation,
  // A measure's change, then the level it came to (城镇登记失业率下降0.2个百分点，为3.1%): the level is the measure's, once
  // no reading of the sentence's own topic took it.
  levelAfterChange,
  // A sentence led only by a time and 完成 after a sentence that stated a plan (全年计划25万人。上半年完成22.4万人): the
  // plan's measure, done; before the weaker readings that would take the bare figure as `other`.
  planThenDone,
  // A measure named in a clause without its figure, then only a time and the level reached (…完成情况快于时序进度，1-9月
  // 达到1045万人); after the continuations, which read a topic with a figure first.
  namedThenTimed,
  // A bare loan word (新增贷款45.89亿元) where 创业 or a guaranteed-loan scheme was just named; after the continuations,
  // which read the sentence's own topic first.
  loanInContext,
  // A bare 输转 where the paragraph speaks of sending labour out (…组织输转…。全县已输转6.9万人), likewise.
  transferInContext,
  // A bare 结案率 on a page or paragraph about arbitration (仲裁院…完成结案率95%的考核任务), likewise.
  closureRateInContext,
  // A bare 培训 counted in 人次 where vocational training was just named (…职业技能培训…完成培训71.28万人次), likewise.
  trainingInContext,
  // 培训 with no kind named, counted in 人次, alone in its clause (全年培训1067人次): after the context reading, which
  // names the scheme the count is of.
  bareTraining,
  // 培训, the count, then who was trained (全年培训100万名农民工): after the labels, which name the training first.
  trainedAfterCount,
  // A bare 持卡人数 where the social-security card was just named (…社会保障卡，…实际持卡人数达到5.4亿), likewise.
  cardholdersInContext,
  // A total insured after new enrolments (新增失业保险参保人数30万人，参保总人数达到370万人), of the scheme named last.
  insuredTotalInContext,
  // The count, then 参保 alone (全区已有17.53万人参保), of the scheme the sentence named before it, likewise.
  insuredAfterCount,
  // A bare 已参保 (…应参保人数25万人，已参保24.3万人), of the scheme its paragraph named last, likewise.
  insuredInParagraph,
  // …and bare 发卡/发行 where the card was just named (社保卡…计划年内发卡120万张), likewise.
  cardsIssuedInContext,
  // A bare 失业率 rising or falling to a level where the surveyed rate was just named (…失业率回落至5.1%), likewise.
  surveyedRateInContext,
  // A bare 失业率 held to a ceiling (失业率控制在4.5%以内) where the registered rate is the page's, its headline's too.
  registeredRateInContext,
  // A bare 增幅 in a clause of its own where the paragraph raises pensions (…月人均增加158.59元，增幅5%。其中，企业退休人员增幅
  // 5.67%), likewise.
  pensionRiseInContext,
  // A bare figure after 、 measures what the figure before it measured.
  seriesMember,
  // A sentence of a month and a rate (…。4月份为6.1%) continues the rate the sentence before ended on; after every
  // reading inside the sentence, as it is the only rule that looks past it.
  monthLedRate,
  // …and a count named before a colon, then months and their counts (…城镇新增就业人数呈快速下滑的趋势：十一月份是55万，
  // 十二月份是38万), likewise: a reading that looks past the figure's own clause to the measure the colon closes.
  monthLedCount,
  // A minimum wage's tiers after the standard is named (月最低工资标准分为三档：第一档2100元，第二档1950元): after every
  // reading of a label of the figure's own, before the figure is left to `other`.
  wageTier,
  // …and areas set a new standard after it is named (…最低工资标准…深圳市调整为2200元/月，广州市调整为2100元/月), likewise.
  wageArea,
  // …and a notice's numbered items of areas and their standard under a heading naming the monthly standard (一、月最低工资
  // 标准 ⏎ 1、古塔区、…由750元调整为900元), likewise.
  wageHeadingItem,
  // …and a tier's line listing its areas before the figure (一类区:银川市兴庆区、金凤区…由每人每月1300元调整为1480元), on a
  // page about the minimum wage, likewise.
  wageTierLine,
  // …and a tier named in brackets after its areas (崆峒区、平凉工业园区(二类地区):1570元/月), on a page about the minimum
  // wage, likewise.
  wageTierBracket,
  // Minimum wages ranked by place (上海以2020元位列次席, 最高的是深圳的1500元, 上海第一档为2740元) where the standard was
  // named before: likewise, and before `other` takes the place as the figure's label.
  wageRanking,
  // …and a list of places, each with its figure in brackets, in a sentence naming the minimum wage (上海(2480元)、深圳(2200元)
  // 和北京(2120元)): likewise.
  wagePlaceBracket,
  // …and standards by the month listed after the standard is named, with no tier or area before each (月最低工资标准将分
  // 三个档次:每月340元(每日16.25元)、每月400元…): likewise, the last of them, as it asks the least of the figure's words.
  wagePerMonth,
  // Any other labour figure with a label of its own; last, so it never takes a core figure.
  otherFigure,
];

/** Applied in this order to all proposals of a page (step 4). */
export const OTHER_MEASURES = [
  // 申请办理23683人，其中就业困难人员12552人: a group counted, not placed — before the parts, so that it is no total.
  markGroupCounts,
  // 其中，新型农村养老保险参保人数31.16万人: a part of the total stated just before.
  markPartsOfTotals,
  // 31个大城市调查失业率, 参加养老保险的农民工人数: a group's figure.
  markGroupFigures,
  // 最低工资标准每月提高183元, 参保人数净增30.49万人: a change of a level; a loan fund; enrolments against an expansion target.
  markLevelChanges,
  // 每个月的城镇新增就业人数都保持在90万人以上: a count per month or day, an average.
  markAverages,
] as const;

/**
 * What a figure's own words say of the period its context gave it (step 5), each applied to the last one's result.
 * All take a figure and a period and return the period unchanged when their words are not there.
 */
export const PERIOD_REFINERS: readonly PeriodRefiner[] = [
  // 截至8月底，“十四五”时期…城镇新增就业累计达到5921万人: a total run up over a span is the span's, not the month's —
  // first, as the span it finds is what the next two read.
  cumulativeOverSpan,
  // 五年来…基本养老保险参保人数达到2669万人: a level reached over a span is the level at its end.
  levelAtEnd,
  // 1978年到2018年…从10.9%降至3.47%: a change's two levels are its span's first and last year's.
  changeEnds,
  // …从2012年的756万人上升到2021年的1330万人，…从541万人上升到984万人: a change naming no years starts where the one
  // before it did.
  changeFromLikeBefore,
  // …由2012年的37287万人增加到2021年的46773万人，城镇新增就业年均超过1300万人: an average after a change is over its years.
  averageOverChange,
  // “十一五”末…城镇登记失业率4.14%: a rate reported once over a span is its last year's, like any level (均…, 控制在…以内
  // hold for each year) — after the change readings, which date a change's two ends themselves.
  rateAtEnd,
  // 一季度…城镇登记失业率4.08%: a count taken at the quarter's end is dated by its month (after the span readings, which
  // never give a quarter).
  levelAtQuarterEnd,
  // 1—9月，新转移…4.02万人，累计转移…28.3万人: the labour moved so far, beside the part's new, is the stock at its end.
  transferredSoFar,
  // 与2012年度全市城镇登记失业率4.01%相比: the level compared with is its own year's, whatever part of the year the
  // sentence is in.
  comparedLevel,
  // 按2013年企业退休人员月人均基本养老金的10%: a pension rise is the year after the base it is a share of (a base year is
  // no span, so it may come anywhere before levelNow).
  pensionRiseOverBase,
  // 由2005年的4.4%下降到目前的3.7%: the level a change comes to now is the page's year's, whatever the clause named
  // before it; last, as it overrides them all.
  levelNow,
];
