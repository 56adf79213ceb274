/**
 * The common case: an indicator's label, then at most a few words, then the figure —
 * 城镇新增就业40万人以上, 城镇调查失业率控制在5.5%以内, 城镇新增就业年均超过70万人.
 */
import { CASE_COUNT_UNITS, CLAUSE_BREAK, unitFor, type Candidate, type Rule } from './candidate';
import type { LabelMatch } from '../lexicon/matcher';
import type { Quantity } from '../numbers/types';

const LOOKBACK = 40;
const MAX_GAP = 12;
/** Between a count's label and a bare share of its plan: nothing, 人数, or an opening bracket. */
const PROGRESS_GAP = /^(?:人数|数)?[(（]?$/;
/** 被征地农民参加养老保险人数(试点)142.0%: a group's scheme, not the area's count. */
const GROUP_BEFORE = /(?:被征地农民|失地农民)$/;
const CASE_UNITS = new Set(CASE_COUNT_UNITS);
const LABEL_NOTE = /^[(（][^()（）\d\n]{1,16}[)）]/;
/** Times in the gap (从2月份, 从2012年的, 连续5年, 在2023年前三季度) are no figures. */
// (由 2015 年的 3.14%: text taken from a PDF sets a year apart from its 年 and its neighbours by blanks.)
// (从2022年均值5.9%下降至2024年均值5.5%: a year's average, the year before 均值.)
const MONTH_IN_GAP =
  /(?:(?:19|20)\d\d ?年)?(?:1[0-2]|0?[1-9]) ?月(?:份|末|底)?|(?:19|20)\d\d ?年(?:初|末|底)?(?=的|均值|平均值?)|连续[\d一二三四五六七八九十]+(?:年|个月)|(?<=在 ?)(?:19|20)\d\d ?年(?:上半年|下半年|前三季度|第?[一二三四]季度|[末底])?/g;
/** A time the gap's reading filled in (月月月…, 年年…): one word, whatever its length. */
const TIME_FILLED = /[月年]{2,}/g;
const GAP_BREAKS = new RegExp(`${CLAUSE_BREAK.source}|[\\d０-９*＊]`);
/** A key and its value (城镇新增就业人数：2023年达到38156人): the colon, and the year the value is for, join them. */
// (城镇新增就业目标任务：5000人, 城镇新增就业目标任务为：城关区3500人…: a plan's word may stand before the colon.)
const KEY_VALUE = /^(?:目标任务|年度目标|全年目标|目标|任务|计划)?(?:数)?(?:为|是)?[:：]\s*(?:(?:19|20)\d\d年度?)?/;

/** 城镇调查失业率连续回落，由2月份5.8%…: the measure's trend, then where it started — the label's own figure. */
// (城镇登记失业率连续两年下降，为3.28%: the trend over years, then the level it stands at.)
// (6月份调查失业率与5月份持平，为5%: level with the month before, then the level.)
const TREND_THEN_FROM =
  /^(?:(?:连续(?:[两二三四五六七八九十\d]{1,2}年)?|持续|稳步|逐月|逐年)?(?:回落|下降|上升|回升|走低|走高|降低)|与[^，,。；;\d]{1,6}持平)[，,]\s*(?=[由从为])/;

/** 城镇调查失业率，到去年底控制在4.5%左右: the label, then the date its figure stands at. */
const COMMA_THEN_UNTIL = /^[，,]\s*(?=(?:到|截至|截止到?)(?:去年|今年|上年)?(?:年|月)?(?:底|末))/;

/** 一类地区最低工资标准，由上年度每月750元增加到850元: the label, then where its change starts, past a comma. */
const COMMA_THEN_FROM = /^[，,]\s*(?=[由从](?:上年度?|去年|现行|原来?)?的?(?:每个?月)?$)/;

/** 前4年, 近3年, 过去5年: a stretch of years named between a measure and its average. */
// (城镇调查失业率连续8个月保持在5%以下: a run of months likewise.)
const YEARS_SPAN = '(?:(?:前|近|过去)\\d{1,2}(?:个)?年|连续\\d{1,2}个?(?:年|月))';
const SPAN_OF_YEARS = new RegExp(`${YEARS_SPAN}$`);
const YEARS_IN_GAP = new RegExp(YEARS_SPAN, 'g');

/** What may stand between a count and the figure it is written against. */
const COUNT_TO_FIGURE = /^[，,、]?(?:共计|合计|共|金额|培训|单位)?$/;

/**
 * A count written against the figure, which belongs to the same label: cases against an amount (创业担保贷款8093笔
 * 11.92亿元, 377笔,共6.88亿元), sessions against the people trained in them (技能培训20期，培训1000人), employers against
 * their insured staff (参加失业保险304个单位7920人), borrowers against the amount lent them (创业担保贷款381人次5860万元).
 */
function countsFor(unit: string, between: string, figureUnit: string): boolean {
  if (!COUNT_TO_FIGURE.test(between)) return false;
  return (
    CASE_UNITS.has(unit) ||
    // (技能培训40期2114人, 16期，850人: the sessions, then the people trained in them.)
    (unit === '期' && (between.endsWith('培训') || PEOPLE.has(figureUnit))) ||
    (unit === '个' && between.startsWith('单位')) ||
    (PEOPLE.has(unit) && figureUnit === '元')
  );
}
const PEOPLE = new Set(['人', '人次', '名']);
const ONE_BORROWER_BEFORE = /(?:(?:为|帮|给|帮助)(?:他|她)(?!们)(?:申请|争取|办理|发放|协调|落实)|(?:他|她)(?!们)(?:申请|获得|贷|拿))(?:了|到)?$/;

export const labelledFigure: Rule = ({ text, sentence, quantities, index, matcher }) => {
  const q = quantities[index]!;
  let prev = quantities[index - 1];
  const counted = prev && countsFor(prev.unit, text.slice(prev.end, q.start), q.unit) ? prev : undefined;
  if (counted) prev = quantities[index - 2];
  // (城镇调查失业率前4年均值为5.3%: the years an average is over are no figure of their own.)
  else if (prev && SPAN_OF_YEARS.test(text.slice(Math.max(0, prev.start - 2), prev.end)) && !GAP_BREAKS.test(text.slice(prev.end, q.start))) prev = quantities[index - 2];
  const from = Math.max(sentence.start, (counted ?? q).start - LOOKBACK, prev ? prev.end : 0);
  // One character past the label's end, so a label that must touch its number (工伤保险85.75万人) can see it.
  const labels = matcher.labelsIn(text, from, q.start + 1).filter((l) => l.end <= q.start);
  for (let i = labels.length - 1; i >= 0; i--) {
    const label = labels[i]!;
    // A month between label and figure dates it and is no figure (城镇调查失业率从2月份6.2%…).
    // 参保人数(含机关事业养老保险)52729人: a note in brackets on what the label covers is no part of the gap.
    const gap = text
      .slice(label.end, (counted ?? q).start)
      .replace(MONTH_IN_GAP, (m) => '月'.repeat(m.length))
      .replace(YEARS_IN_GAP, (m) => '年'.repeat(m.length))
      .replace(LABEL_NOTE, '')
      .replace(KEY_VALUE, (m) => '月'.repeat(m.length))
      .replace(TREND_THEN_FROM, '')
      .replace(COMMA_THEN_UNTIL, '')
      .replace(COMMA_THEN_FROM, '');
    // 城镇职业培训70.6%, 参加失业保险人数(98.9%): a count's measure with a bare share against it, in a progress list —
    // the share of its plan done.
    if (q.unit === '%' && PROGRESS_GAP.test(gap) && !label.def.units.includes('%')) {
      // (不低于当地最低工资标准60%的就业见习补助: a payment reckoned as a share of the measure, no share of a plan.)
      const beforeLabel = text.slice(Math.max(0, label.start - 6), label.start);
      return SHARE_AS_BASE_BEFORE.test(beforeLabel) || GROUP_BEFORE.test(beforeLabel) ? null : progressOf(label, q);
    }
    // 全国城镇登记失业率(3.80%): the figure in brackets right after its label.
    const bracketed = /^[(（]$/.test(gap) && /^[)）]/.test(text.slice(q.end, q.end + 1));
    // (城镇调查失业率在2017年第四季度保持低于5%: a time in the gap counts as one word of it, however it is written.)
    if (!bracketed && (gap.replace(TIME_FILLED, '月').length > MAX_GAP || GAP_BREAKS.test(gap))) return null;
    // 养老、失业保险参保人数分别…: the last item of a 分别 list that the list rule could not pair names only part of it.
    if (/分别/.test(gap) && /[、和及与]/.test(text[label.start - 1] ?? '')) return null;
    // (县就业局…主动为他申请小额贷款8万元: one borrower's loan, told in his story, is no amount the area lent.)
    if (label.def.id === 'startup_loans' && ONE_BORROWER_BEFORE.test(text.slice(Math.max(sentence.start, label.start - 8), label.start))) return null;
    // (个体经营的小额担保贷款最高到6万元: the most one borrower may take.)
    if (label.def.id === 'startup_loans' && LOAN_CAP_GAP.test(gap)) return null;
    // (乡村公益性岗位在岗人数超14万: a bare figure of a measure counted in posts or in people is people where 人数 says so.)
    const unit = q.unit === '' && /人数/.test(label.text + gap) && label.def.units.includes('人') ? '人' : unitFor(q, label.def);
    if (unit === null) return null;
    return {
      indicator: label.def.id,
      label: label.text,
      unit,
      quantity: q,
      start: label.start,
      end: q.end,
      gapStart: label.end,
    };
  }
  return null;
};

/** Between a loan and its figure: the cap on one loan (最高到, 最多可, 单笔). */
const LOAN_CAP_GAP = /^(?:额度)?(?:最高|最多|单笔|每人|每户)/;

/** What reckons a payment from a measure (不低于当地…, 按…, 参照…), right before the measure's name. */
const SHARE_AS_BASE_BEFORE = /(?:不低于|不高于|不超过|按照?|参照|相当于)(?:当地|本地|所在地)?$/;

function progressOf(label: LabelMatch, q: Quantity): Candidate {
  return { indicator: label.def.id, label: `${label.text}完成比例`, unit: '%', quantity: q, start: label.start, end: q.end, gapStart: label.end, kind: 'progress' };
}
