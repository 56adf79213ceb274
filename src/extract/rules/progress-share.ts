/**
 * Share of a plan done, attached to the figure it qualifies: 城镇新增就业1271人，完成比例为72.22%;
 * 开发…40.97万个、安置上岗35.15万人，分别完成年度计划任务的102.43%、87.87%.
 */
import type { Candidate, Rule } from './candidate';
import type { Quantity } from '../numbers/types';
import type { IndicatorMatcher } from '../lexicon/matcher';
import { MAX_SERIES, SERIES_SEPARATOR, seriesLength } from './series';

// Every alternative ends right before the share: (?:…)$, not …|…$ (which anchored only the last one and let
// 超额完成目标任务，城镇登记失业率控制在3.24% read the rate as a share).
const SHARE_CUE = new RegExp(
  '(?:' +
  [
    // (完成率：104.6%: a progress line's key and its value.)
    '完成(?:比例|比率|率|进度)(?:为|达到|达|是|[：:])?',
    // 完成年度目标任务的, 完成省下达任务的, 占全年计划的, 为年度目标的, 完成“十三五”规划目标的
    // (分别完成年度考核指标的90.83%, 完成全年指标的105%: the plan named by what it is checked against.)
    // (完成全年目标任务的逾73%: a share given as a bound.)
    // (分别完成人社部下达我区就业目标任务的66.75%: who set the plan, for whom, of what — the nearest verb's, not an earlier
    // one's that would take the measure's label with it: 实现城镇新增就业数已完成年度计划的.)
    '(?:分别)?(?:完成|实现|占|达到|为)了?(?:(?!完成|实现)[^，,。；;、\\d%％]){0,12}?(?:任务|目标|计划|(?:考核)?指标)(?:数|量)?的?(?:比例|进度)?(?:为|达到|达)?(?:逾|超过|近)?',
    // (城镇新增就业目标任务完成率达104.6%.)
    '(?:目标任务|计划任务|任务|目标|计划)完成(?:比例|率|进度)?(?:为|达到|达)?',
    // …，市民生工程目标任务的127%: a second plan, its verb shared with the first.
    // (…，城镇新增就业完成年度目标的90%, 达到, 占: a clause with its own verb is the verb's share, its measure named before it.)
    '(?<=[，,；;])(?:(?!完成|实现|达到|占)[^，,。；;、\\d%％]){0,8}?(?:目标任务|计划任务|年度目标|年度计划|年计划|全年目标)的(?:比例|进度)?',
    // 城镇新增就业964人，完成142%: a share stated with the verb alone, right after the figure's clause.
    // (…全年就业目标任务不仅提前完成，并且已完成了124.9%.)
    // (目标为5万人，目前已完成104%: now, or so far.)
    '(?<=[，,；;])(?:并且|并)?(?:目前|截至目前|至今|现)?(?:已经|已)?完成了?',
  ].join('|') + ')[ \t　]*$',
);
const LOOKBACK = 24;

export const progressShare: Rule = ({ text, sentence, quantities, index, previous, matcher, carried }) => {
  const q = quantities[index]!;
  if (q.unit !== '%') return null;
  const head = findSeriesHead(text, sentence.start, quantities, index) ?? afterPlan(text, quantities, index, previous);
  if (!head) return null;
  const { cueStart, position, respectively } = head;
  // The first share of a series is highlighted from its cue, the later ones from their number.
  const start = position === 0 ? cueStart : q.start;
  const second = position === 0 ? secondShare(text, quantities, index, previous, cueStart) : null;
  if (second) return second;
  // A figure in parentheses (含离退休人数8438人) is an aside; the share qualifies the figure it explains, never the
  // plan it is measured against.
  const candidates = previous.filter(
    (c) => c.kind !== 'progress' && !c.plan && !isGrowthRate(c) && !isChange(text, c) && !inClosedParentheses(text, c, cueStart),
  );
  if (candidates.length === 0) {
    return (
      labelledShare(text, sentence.start, quantities, index, position, cueStart, matcher) ??
      (position === 0 && !respectively ? (carriedShare(text, sentence.start, cueStart, q, carried, matcher) ?? jobsPlanShare(text, sentence.start, cueStart, q, matcher)) : null)
    );
  }
  let target: Candidate | undefined;
  if (respectively) {
    // 分别…的a%、b%: the k-th share qualifies the k-th of the last n figures — or, with fewer figures before it than
    // shares (…2.7万名困难群众，城镇新增就业、失业人员再就业分别完成年目标的188%、136.6%), the k-th measure it names.
    const n = seriesLength(text, quantities, index - position);
    if (candidates.length < n) {
      const labelled = labelledShare(text, sentence.start, quantities, index, position, cueStart, matcher);
      if (labelled) return labelled;
      // 转移就业181.1万人，其中转移6个月以上135.8万人，分别完成年度计划的73.9%和67.9%: else the k-th of the sentence's last
      // n counts, when a figure was read from it.
      const counted = countsBefore(quantities, sentence.start, cueStart).slice(-n)[position];
      const read = counted && candidates.find((c) => c.quantity === counted);
      return read ? shareOf(read, q, start) : null;
    }
    target = candidates[candidates.length - n + position];
  } else {
    // …目标是新增就业40万人，截至3月末，全省城镇新增就业完成全年目标任务的30.9%: a measure named right before the share,
    // after the last figure, is the one the share is of.
    const own = position === 0 ? labelledShare(text, sentence.start, quantities, index, position, cueStart, matcher) : null;
    if (own) return own;
    // A share right after a plan (…目标任务的81.11%) is of the measure that plan is for.
    const plan = previous[previous.length - 1];
    const measured = plan?.plan ? candidates.filter((c) => c.indicator === plan.indicator) : candidates;
    target = measured[measured.length - 1] ?? candidates[candidates.length - 1];
  }
  return target ? shareOf(target, q, start) : null;
};

/**
 * 上半年我国城镇新增就业人员超过600万人。…今年以来，我国就业状况有所改善，完成全年预期目标的60%以上: a share in a sentence
 * of its own that names no figure and no measure, only the field of the figure just before (就业), is that figure's.
 */
function carriedShare(text: string, sentenceStart: number, cueStart: number, q: Quantity, carried: Candidate | undefined, matcher: IndicatorMatcher): Candidate | null {
  if (!carried || carried.indicator === 'other' || carried.kind === 'progress' || carried.plan || carried.unit === '%') return null;
  const before = text.slice(sentenceStart, cueStart);
  if (/\d/.test(before) || matcher.labelsIn(text, sentenceStart, cueStart).length > 0) return null;
  const field = FIELD_WORDS.find((w) => carried.label.includes(w));
  return field !== undefined && before.includes(field) ? shareOf(carried, q, cueStart) : null;
}
/**
 * 上半年完成全年就业目标近七成, 前三季度完成年度就业目标任务的85%: the year's jobs plan, named as such in a sentence with no
 * figure and no measure of its own, is the plan for 城镇新增就业 — the one jobs figure a year's plan is set in.
 */
function jobsPlanShare(text: string, sentenceStart: number, cueStart: number, q: Quantity, matcher: IndicatorMatcher): Candidate | null {
  const before = text.slice(sentenceStart, q.start);
  if (/\d/.test(text.slice(sentenceStart, cueStart)) || matcher.labelsIn(text, sentenceStart, cueStart).length > 0) return null;
  const cue = before.slice(cueStart - sentenceStart);
  if (!JOBS_PLAN.test(cue) && !(BARE_JOBS_PLAN.test(cue) && PART_OF_YEAR_LEAD.test(text.slice(sentenceStart, cueStart)))) return null;
  return { indicator: 'urban_new_jobs', label: '城镇新增就业完成比例', unit: '%', quantity: q, start: cueStart, end: q.end, gapStart: q.start, kind: 'progress' };
}
const JOBS_PLAN = /(?:全年|年度)就业目标(?:任务)?的?(?:逾|超过|近)?$/;
/** (上半年已经完成就业目标的近60%: the plan unqualified, where part of the year has run — the year's.) */
const BARE_JOBS_PLAN = /(?:完成|实现)了?就业目标(?:任务)?的?(?:逾|超过|近)?$/;
const PART_OF_YEAR_LEAD = /上半年|前三季度|[一二三]季度|前[1-9一二三四五六七八九十]{1,2}个月|\d{1,2}\s*[-—至到~]\s*\d{1,2}月/;

/** The field a measure's label names, as a sentence about it without a figure would say it. */
const FIELD_WORDS = ['就业', '培训', '贷款', '参保', '转移', '岗位', '社保卡', '社会保障卡'];

/**
 * A second share right after the first, of another level's plan (城镇新增就业完成省下达任务的110%，完成市下达任务的105%):
 * the same measure's progress against that plan.
 */
function secondShare(text: string, quantities: readonly Quantity[], index: number, previous: readonly Candidate[], cueStart: number): Candidate | null {
  const first = previous[previous.length - 1];
  if (!first || first.kind !== 'progress' || first.quantity !== quantities[index - 1] || !SHARE_THEN_SHARE.test(text.slice(first.end, cueStart))) return null;
  const q = quantities[index]!;
  return { indicator: first.indicator, label: first.label, unit: '%', quantity: q, start: cueStart, end: q.end, gapStart: q.start, kind: 'progress', ...(first.share && { share: first.share }) };
}
/** Between two shares of one measure: a clause break only. */
const SHARE_THEN_SHARE = /^[，,；;]\s*$/;

/** The share, starting at `start`, as the progress of the figure it qualifies (which it marks as measured). */
function shareOf(target: Candidate, q: Quantity, start: number): Candidate {
  target.measured = true;
  return { indicator: target.indicator, label: `${target.label}完成比例`, unit: '%', quantity: q, start, end: q.end, gapStart: q.start, kind: 'progress', share: target };
}

/** The counts a sentence states before `end` (durations and shares aside). */
function countsBefore(quantities: readonly Quantity[], sentenceStart: number, end: number): Quantity[] {
  return quantities.filter((x) => x.start >= sentenceStart && x.end <= end && x.unit !== '%' && !/^(?:个?月|年|天|日|岁|周)$/.test(x.unit));
}

/** Between a label and its share: 城镇新增就业数|已完成年度计划的56.2%. */
const LABEL_TO_CUE = /^(?:数|人数|总数|工作)?(?:已经|已|累计|均)?(?:分别)?$/;

/**
 * A share stated of a measure with no figure of its own: 城镇新增就业数已完成年度计划的56.2%; 城镇新增就业、新增发放创业
 * 担保贷款分别完成年计划的118.2%、248.57% (the k-th share of the k-th measure listed).
 */
function labelledShare(
  text: string,
  sentenceStart: number,
  quantities: readonly Quantity[],
  index: number,
  position: number,
  cueStart: number,
  matcher: IndicatorMatcher,
): Candidate | null {
  const first = index - position;
  const from = Math.max(sentenceStart, first > 0 ? quantities[first - 1]!.end : 0, cueStart - 60);
  const labels = matcher.labelsIn(text, from, cueStart);
  const last = labels[labels.length - 1];
  if (!last || !LABEL_TO_CUE.test(text.slice(last.end, cueStart))) return null;
  // The listed measures: labels joined by 、/和/及/与 up to the last one.
  const listed = [last];
  for (let i = labels.length - 2; i >= 0; i--) {
    if (!/^[、和及与]$/.test(text.slice(labels[i]!.end, listed[0]!.start).replace(/新增|发放/g, ''))) break;
    listed.unshift(labels[i]!);
  }
  const n = seriesLength(text, quantities, first);
  const label = n > 1 && listed.length === n ? listed[position] : position === 0 && n === 1 ? last : undefined;
  if (!label) return null;
  const q = quantities[index]!;
  return {
    indicator: label.def.id,
    label: `${label.text}完成比例`,
    unit: '%',
    quantity: q,
    start: position === 0 ? label.start : q.start,
    end: q.end,
    gapStart: q.start,
    kind: 'progress',
  };
}

/** Finds the share cue before this figure, directly or through a series of shares joined by 、. */
function findSeriesHead(
  text: string,
  sentenceStart: number,
  quantities: readonly Quantity[],
  index: number,
): { cueStart: number; position: number; respectively: boolean } | null {
  let position = 0;
  let i = index;
  while (i > 0 && position < MAX_SERIES && SERIES_SEPARATOR.test(text.slice(quantities[i - 1]!.end, quantities[i]!.start)) && quantities[i - 1]!.unit === '%') {
    i--;
    position++;
  }
  const q = quantities[i]!;
  const from = Math.max(sentenceStart, q.start - LOOKBACK, i > 0 ? quantities[i - 1]!.end : 0);
  const before = text.slice(from, q.start);
  const m = SHARE_CUE.exec(before);
  if (!m) return null;
  return { cueStart: from + m.index, position, respectively: position > 0 || /分别/.test(before) };
}

/** 完成年目标任务12500人的|98.5%: the share right after the plan figure it is measured against. */
const AFTER_PLAN = /^[^，,。；;、\d%％]{0,8}的(?:逾|超过|近)?$/;

function afterPlan(
  text: string,
  quantities: readonly Quantity[],
  index: number,
  previous: readonly Candidate[],
): { cueStart: number; position: number; respectively: boolean } | null {
  const plan = previous[previous.length - 1];
  if (!plan?.plan || plan.quantity !== quantities[index - 1]) return null;
  if (!AFTER_PLAN.test(text.slice(plan.end, quantities[index]!.start))) return null;
  return { cueStart: plan.start, position: 0, respectively: false };
}

/** 比2019年增长12.15%: a change, which no share of a plan measures. */
function isGrowthRate(c: Candidate): boolean {
  return c.indicator === 'other' && (c.unit === '%' || c.unit === '百分点');
}

/** 同比增加3.2万人: a change on last year qualifies nothing; the share is of the figure it changes. */
function isChange(text: string, c: Candidate): boolean {
  return c.indicator === 'other' && /(?:同比|(?:比|较)(?:上年|去年)(?:同期)?)(?:增加|减少|增长|下降|多增|少增|多|少)了?$/.test(text.slice(Math.max(0, c.quantity.start - 10), c.quantity.start));
}

const OPEN = /[（(]/;
const CLOSE = /[）)]/;

function inClosedParentheses(text: string, c: Candidate, before: number): boolean {
  let depth = 0;
  for (let i = c.end; i < before; i++) {
    if (OPEN.test(text[i]!)) depth++;
    else if (CLOSE.test(text[i]!)) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}
