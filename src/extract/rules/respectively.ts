/**
 * A list of measures, then 分别 and a list of figures: 基本养老、失业、工伤保险参保人数分别达到3300万人、500万人、
 * 600万人; 城镇调查失业率和登记失业率分别为5.2%、3.5%. The k-th figure measures the k-th item, each item completed by
 * the head the last item carries (养老 + 保险参保人数).
 */
import { CLAUSE_BREAK, unitFor, type Rule } from './candidate';
import type { Quantity } from '../numbers/types';
import type { LabelMatch } from '../lexicon/matcher';
import { seriesLength, seriesStart } from './series';
import { lastMonthList, lastTimeList } from '../context/time-list';
import { CHANGE_VERBS } from '../lexicon/cues';
import { listedPlaces, placeList, type PlaceList } from './place-list';
import { PER_HOUR_AFTER, STANDARD, TIER_WORD } from './wage-tier';

// 分别从2012年的7.9亿人、1.5亿人…: the list's first state, dated.
// 登记失业人员、就业困难人员分别(实现)就业8.7万人、4.1万人: the predicate completes every item (group 1).
// (…共有四档，分别为：2060元、1930元…: a colon may announce the list.)
const RESPECTIVELY = /分别(?:从[^，,。；;]{0,16}?的|为|是|达到|达|完成|((?:实现)?(?:再)?就业)|实现|占|增长|下降|控制在|保持在|稳定在)?[：:]?\s*$/;
/**
 * 基本养老、失业、工伤保险参保人数达2581万人、651万人、657万人: a list of schemes sharing the insured count's head, then as
 * many figures — 分别 left unsaid (the verb after the head is where the list ends).
 */
const IMPLIED_RESPECTIVELY = /(?<=、[^，,。；;、]{1,12}保险(?:参保)?(?:总)?人数)(?:已)?(?:达到|达|为|是)?\s*$/;
/** …，增加到2022年6月的10.4亿人、2.3亿人…: the same list's later state, after a 分别从 series. */
const LATER_STATE = new RegExp(`^[，,]?(?:${CHANGE_VERBS})(?:到|至)[^，,。；;]{0,16}?的?\\s*$`);
/** 基本养老、失业、工伤三项社会保险参保人数, …生育五大保险: the count of the list written into its head. */
const LIST_COUNT = /[两二三四五六七八九](?:项|大)(?:社会)?(?=保险)/;
const ITEM_SEPARATOR = /[、和及与]/;
const ASIDE = /[(（][^()（）\n]{1,40}[)）]/g;

export const respectively: Rule = (args) => {
  const { text, sentence, quantities, index, matcher } = args;
  const first = seriesStart(text, quantities, index);
  const n = seriesLength(text, quantities, first);
  if (n < 2) return null;
  const q0 = quantities[first]!;
  const from = Math.max(sentence.start, first > 0 ? quantities[first - 1]!.end : 0);
  const lead = text.slice(from, q0.start);
  const explicit = RESPECTIVELY.exec(lead);
  const implied = explicit ? null : IMPLIED_RESPECTIVELY.exec(lead);
  const m = explicit ?? implied;
  if (!m) {
    // 西安市、宝鸡市、咸阳市分别新增城镇就业15.2万人、3.1万人和3.4万人: the places, 分别, then the one measure.
    const measured = PLACES_RESPECTIVELY.exec(lead);
    if (measured) return placesThenMeasure(args, lead, from, measured, index - first, n);
    return first > 0 && LATER_STATE.test(lead) ? laterState(args, first, n) : null;
  }
  let listStart = 0;
  const listEnd = m.index;
  // (城镇基本医疗保险(含城镇职工基本医疗保险与城镇居民基本医疗保险)、失业保险…: an item's aside in brackets, blanked to its
  // length, neither ends the list nor splits its item.)
  const listed = lead.slice(0, listEnd).replace(ASIDE, (aside) => '　'.repeat(aside.length));
  for (let i = listEnd - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(listed[i]!) && listed[i] !== '、') {
      listStart = i + 1;
      break;
    }
  }
  const predicate = m[1] ?? '';
  // 陕西第一档最低工资上调至1680元，二至四档分别为1580元、1480元及1380元: the tiers after the first, by their range, where
  // the sentence gave the first tier's standard.
  const afterFirstTier = predicate === '' && TIER_RANGE.test(listed.slice(listStart, listEnd)) && args.previous.some((c) => c.indicator === 'minimum_wage');
  if (afterFirstTier) return tierStandard(text, quantities[index]!, listed.slice(listStart, listEnd), index === first ? from + listStart : undefined);
  const tiers = tiersOfStandard(text, sentence.start, from + listStart, listed.slice(listStart, listEnd), predicate, index - first, quantities[index]!);
  if (tiers !== undefined) return tiers;
  const own = listed.slice(listStart, listEnd).split(ITEM_SEPARATOR).map((s) => (s && predicate ? s + predicate : s));
  const items = own.length === 1 ? (schemesNamedBefore(text, sentence.start, from, own[0]!, n) ?? own) : own;
  items[items.length - 1] = items[items.length - 1]!.replace(LIST_COUNT, '');
  // 5、6月份…分别为: a month list (its numbers scanned as figures of their own) names no measure.
  const monthLead = text.slice(Math.max(sentence.start, q0.start - MONTH_LIST_REACH), q0.start);
  if (implied && items.length !== n) return null;
  if (items.length !== n || items.some((s) => s.length === 0)) return overTimes(args, monthLead, first, n);
  const labelsOf = (s: string) => matcher.labelsIn(s, 0, s.length);
  if (!predicate) {
    const byPlace = placeList(items, labelsOf);
    if (byPlace) return placeMember(args, byPlace, index - first, from + listEnd - items[items.length - 1]!.length);
  }
  const resolved = resolveItems(items, labelsOf);
  if (!resolved) return overTimes(args, monthLead, first, n);
  // 全市1月、2月、3月城镇调查失业率分别为5.2%、5.3%、5.0%, 2024年一季度、二季度全市城镇调查失业率分别为…: the items are
  // times and the measure is the last one's only — one measure over times, not several measures.
  if (resolved.labels.some((l) => !l) && listsTimes(monthLead, n)) return overTimes(args, monthLead, first, n);
  const position = index - first;
  const q = quantities[index]!;
  const label = resolved.labels[position];
  const start = position === 0 ? from + listStart + (label?.start ?? 0) : q.start;
  // 养老保险、医疗保险、工伤保险…缴费人数分别达到…: an item that names no indicator of ours is another labour figure.
  if (!label) {
    // …城镇基本医疗…参保人数分别达157.3万、264万: a bare count takes its unit from the list's head; with none it is
    // still this item's, never the next measure's by way of the series.
    const unit = q.unit !== '' ? q.unit : /人数$/.test(resolved.head) ? '人' : '';
    return { indicator: 'other', label: items[position]! + resolved.head, unit, quantity: q, start, end: q.end, gapStart: q.start };
  }
  const unit = unitFor(q, label.def);
  if (unit === null) return null;
  return { indicator: label.def.id, label: label.text, unit, quantity: q, start, end: q.end, gapStart: q.start };
};

/**
 * 江西省调整后的月最低工资标准，一、二、三类区域分别为1850元/月、1730元/月和1610元/月; 月最低工资标准分为三档，分别为1860元、
 * 1610元和1450元: the tiers of the monthly standard named right before the list — each figure in 元 its tier's standard
 * (the hourly standard's tiers are another measure). Undefined where the list is no such one.
 */
function tiersOfStandard(text: string, sentenceStart: number, listAt: number, list: string, predicate: string, position: number, q: Quantity): ReturnType<Rule> | undefined {
  if (predicate !== '') return undefined;
  // 一、二、三类行政区域月最低工资标准分别为1600元、1450元、1300元: the tiers, then the standard they share.
  const tiersFirst = TIERS_THEN_STANDARD.exec(list);
  if (tiersFirst) return tierStandard(text, q, tiersFirst[1]!, position === 0 ? listAt + tiersFirst.index : undefined);
  if (list !== '' && !TIER_ITEMS.test(list)) return undefined;
  const windowStart = Math.max(sentenceStart, listAt - STANDARD_REACH);
  const standard = STANDARD_BEFORE.exec(text.slice(windowStart, listAt));
  if (!standard) return undefined;
  return tierStandard(text, q, standard[1]!, position === 0 ? windowStart + standard.index : undefined);
}

/**
 * A tier's figure in 元 as the monthly standard named `label` (none by the hour), quoted from `listStart` for the list's first
 * figure, from the figure itself for the others.
 */
function tierStandard(text: string, q: Quantity, label: string, listStart: number | undefined): ReturnType<Rule> {
  if (q.unit !== '元' || PER_HOUR_AFTER.test(text.slice(q.end, q.end + 4))) return null;
  return { indicator: 'minimum_wage', label, unit: '元', quantity: q, start: listStart ?? q.start, end: q.end, gapStart: q.start };
}
/** A list of tiers (一、二、三类区域, 第一、二、三档): before the last, a tier's kind may be left to it (the `?` on its group). */
const TIER_ITEMS = new RegExp(`^(?:${TIER_WORD}?、)+${TIER_WORD}$`);
/** A range of tiers (二至四档, 第二至第四档): the ones after the first. */
const TIER_RANGE = new RegExp(`^\\s*第?[一二三四五六七八]至${TIER_WORD}\\s*$`);
/** Tiers listed, the last with its kind (类行政区域 too), then the monthly standard they share. */
const TIERS_THEN_STANDARD = new RegExp(`(?:${TIER_WORD}?、)+第?[一二三四五六七八1-8](?:档次?|类(?:行政)?(?:地区|区域|区)?)的?(${STANDARD.source})$`);
/** The monthly standard, and its tiers counted, right before the list. */
// (新的月最低工资标准共有四档，分别为…: the tiers counted with 共有 or 分成, 个 and 档次 too.)
const STANDARD_BEFORE = new RegExp(`(${STANDARD.source})(?:(?:分为|分成|共有|共分)[两二三四五六七八]个?档次?)?[，,：:]?\\s*$`);
const STANDARD_REACH = 24;

/**
 * …养老、失业、工伤保险分别净增3.99万人、…，年末三项保险参保总人数分别达到54.10万人、…: a head that counts its schemes
 * (三项保险) names the list of as many schemes the sentence gave before it — the list's items, its last carrying the head.
 */
function schemesNamedBefore(text: string, sentenceStart: number, end: number, item: string, n: number): string[] | null {
  const count = SCHEME_COUNT.exec(item);
  if (!count || COUNTS[count[1]!] !== n) return null;
  const before = text.slice(sentenceStart, end);
  let list: RegExpExecArray | null = null;
  for (const found of before.matchAll(SCHEME_LIST)) list = found;
  if (!list) return null;
  const items = list[1]!.split(ITEM_SEPARATOR);
  if (items.length !== n || items.some((s) => s.length === 0)) return null;
  items[n - 1] += `保险${item.slice(count.index + count[0].length)}`;
  return items;
}
/** 三项保险, 三大社会保险: the count of a list of schemes, then the head its items share. */
const SCHEME_COUNT = /([两二三四五])(?:项|大)(?:社会)?保险/;
const COUNTS: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };
/** A list of schemes sharing 保险 (养老、失业、工伤保险), within one clause. */
const SCHEME_LIST = /([^，,。；;：:\d]{1,12}(?:[、和及与][^，,。；;：:、\d]{1,8}){1,4})保险/g;

/** 分别, then the measure the list's figures share, then the figures (…分别新增城镇就业15.2万人、…). */
const PLACES_RESPECTIVELY = /分别([^，,。；;、\d\s]{2,16}?)(?:为|达到|达)?\s*$/;

function placesThenMeasure(args: Parameters<Rule>[0], lead: string, from: number, measured: RegExpExecArray, position: number, n: number): ReturnType<Rule> {
  let listStart = 0;
  for (let i = measured.index - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(lead[i]!) && lead[i] !== '、') {
      listStart = i + 1;
      break;
    }
  }
  const items = lead.slice(listStart, measured.index).split(ITEM_SEPARATOR);
  if (items.length !== n) return null;
  items[n - 1] += measured[1]!;
  const list = placeList(items, (s) => args.matcher.labelsIn(s, 0, s.length));
  // (The measure stands after 分别 in the text, not right after the last place as in the item read.)
  const measureAt = from + measured.index + '分别'.length;
  if (!list) return otherOverPlaces(args, items, measured[1]!, measureAt, position);
  return placeMember(args, list, position, measureAt - list.labelStart);
}

/**
 * 西安市、宝鸡市、咸阳市分别新增就业15.2万人、3.1万人和3.4万人: a measure of none of our indicators over places is
 * another labour figure for each place, the k-th figure the k-th place's.
 */
function otherOverPlaces(args: Parameters<Rule>[0], items: string[], measure: string, measureAt: number, position: number): ReturnType<Rule> {
  // (Short names are weak evidence without a measure of ours to go by.)
  const listed = listedPlaces(items);
  if (!listed || listed.rest !== measure || listed.places.some((m) => m.place.short)) return null;
  const q = args.quantities[args.index]!;
  if (q.unit === '') return null;
  const start = position === 0 ? measureAt : q.start;
  return { indicator: 'other', label: measure, unit: q.unit, quantity: q, start, end: q.end, gapStart: q.start, region: listed.places[position]!.place.name };
}

/** The k-th figure of a list over places: the one measure, for the k-th place (the first quoted from its label). */
function placeMember(args: Parameters<Rule>[0], list: PlaceList, position: number, lastItemStart: number): ReturnType<Rule> {
  const q = args.quantities[args.index]!;
  const unit = unitFor(q, list.label.def);
  if (unit === null) return null;
  const start = position === 0 ? lastItemStart + list.labelStart : q.start;
  return {
    indicator: list.label.def.id, label: list.label.text, unit, quantity: q, start, end: q.end, gapStart: q.start,
    region: list.places[position]!.place.name,
  };
}

/**
 * Labels for every item: each item on its own (城镇调查失业率、登记失业率), else each completed by the shortest head of
 * the last item that makes all of them labels (基本养老 + 保险参保人数). A label must start inside its own item.
 */
function resolveItems(
  written: string[],
  labelsIn: (s: string) => LabelMatch[],
): { labels: Array<LabelMatch | undefined>; head: string } | null {
  // (参加基本养老保险、失业保险、工伤保险的人数分别为…: the head's 的 joins it to the list, and names no measure.)
  // (…工伤保险参保总人数分别达: the total of each scheme's insured is its count.)
  const items = written.map((item) => item.replace(/的((?:参保)?人数)$/, '$1').replace(/(?:参保总人数|总参保人数)$/, '参保人数'));
  // 参加基本养老保险、失业保险…人数分别为: the verb the first item opens with governs every item.
  const verb = /(?:参加|参保)/.exec(items[0]!)?.[0] ?? '';
  const resolve = (head: string, lead = '') =>
    items.map((item, i) => {
      const own0 = i === 0 ? item : lead + item;
      const full = i === items.length - 1 ? own0 : own0 + head;
      const own = i === items.length - 1 ? own0.length - head.length : own0.length;
      const label = labelsIn(full).filter((l) => l.end === full.length && l.start < Math.max(own, 1)).pop();
      return label && { ...label, text: full.slice(label.start) };
    });
  const last = items[items.length - 1]!;
  let best: { labels: Array<LabelMatch | undefined>; head: string } | null = null;
  let bestCount = 0;
  for (let k = last.length; k >= 1; k--) {
    // k = last.length: no shared head, every item names its measure in full.
    const head = last.slice(k);
    let labels = resolve(head);
    if (verb && labels.some((l) => !l)) labels = resolve(head, verb);
    const count = labels.filter(Boolean).length;
    if (count === items.length) return { labels, head };
    // Otherwise the head that names the most items, for a list that mixes our measures with others.
    if (count > bestCount) {
      best = { labels, head };
      bestCount = count;
    }
  }
  return best;
}

/** A series that restates a 分别 series' list at a later state: the k-th figure measures what the k-th did before. */
function laterState(args: Parameters<Rule>[0], first: number, n: number): ReturnType<Rule> {
  const { text, quantities, index } = args;
  const earlierFirst = seriesStart(text, quantities, first - 1);
  if (seriesLength(text, quantities, earlierFirst) !== n || earlierFirst + n !== first) return null;
  const earlier = respectively({ ...args, index: earlierFirst + index - first });
  if (!earlier) return null;
  const q = quantities[index]!;
  return { ...earlier, quantity: q, start: q.start, end: q.end, gapStart: q.start };
}

const MONTH_LIST_REACH = 40;

/** Whether the lead ends on a list of n months, years or parts of years (7、8、9月; 2024年一季度、二季度; 2022年和2023年). */
function listsTimes(lead: string, n: number): boolean {
  return lastMonthList(lead)?.length === n || lastTimeList(lead)?.length === n;
}

/**
 * A 分别 series over a list of times: the k-th figure is the k-th time's, of one measure — the one named in the sentence
 * with no figure of its own yet (城镇调查失业率逐月回落，10月、11月、12月分别为5.9%、5.7%、5.6%; 2024年一季度、二季度全市城镇
 * 调查失业率分别为5.5%和5.2%), else the one just stated (…4月份为6.1%，…，5、6月份连续回落，分别为5.9%、5.5%; 城镇新增就业3.2万
 * 人，2022年和2023年分别为2.9万人和3.0万人). Each member after the first stands in series with the one before (for its time).
 */
function overTimes(args: Parameters<Rule>[0], lead: string, first: number, n: number): ReturnType<Rule> {
  const { text, sentence, quantities, index, previous, carried, matcher } = args;
  if (!listsTimes(lead, n)) return null;
  const q = quantities[index]!;
  if (q.unit === '') return null;
  if (index > first) {
    const head = previous[previous.length - 1];
    if (!head || head.quantity !== quantities[index - 1] || head.quantity.unit !== q.unit || head.indicator === 'other') return null;
    return { indicator: head.indicator, label: head.label, unit: head.unit, quantity: q, start: q.start, end: q.end, gapStart: q.start, seriesOf: head };
  }
  const named = matcher.labelsIn(text, sentence.start, q.start).pop();
  if (named && !previous.some((c) => c.start >= named.start)) {
    const unit = unitFor(q, named.def);
    if (unit !== null) return { indicator: named.def.id, label: named.text, unit, quantity: q, start: named.start, end: q.end, gapStart: named.end };
  }
  const topic = previous[previous.length - 1] ?? carried;
  if (topic && topic.indicator !== 'other' && topic.quantity.unit === q.unit) {
    return { indicator: topic.indicator, label: topic.label, unit: topic.unit, quantity: q, start: q.start, end: q.end, gapStart: q.start };
  }
  return null;
}
