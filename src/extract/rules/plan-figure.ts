/**
 * The plan a figure is measured against, stated in the same sentence: 实现城镇新增就业12314人，完成年目标任务12500人的
 * 98.5%; 城镇新增就业人员936万人，为全年目标任务1000万人的94%; 2842人，占4600人年计划的61.78%; 完成全年35万目标任务的
 * 62.6%. The plan figure is a target of the sentence's topic; the share after it is left to the progress rule.
 */
import { unitFor, type Candidate, type Rule } from './candidate';
import type { Quantity } from '../numbers/types';
import { INDICATOR_BY_ID } from '../lexicon/indicators';
import { CONTROL_PLAN, PLAN_OWNER } from '../lexicon/cues';

/** A plan noun right before the figure: 年目标任务, 全年目标任务为, 年度计划, 目标. */
const PLAN_BEFORE = /(?:全年|年度|年|本年|今年)?(?:预期|既定|预定|控制|调控)?(?:目标任务|计划任务|目标|计划|任务)(?:数|量)?(?:为|是)?$/;
/** …or right after it: 4600人年计划, 35万目标任务, 1000万人的年度目标, 3.9%的控制性指标, 4.5%的年控目标, 5%的规划目标. */
// (110万人新增就业目标: the measure may be named again between the figure and the plan noun.)
const PLAN_AFTER = new RegExp(
  `^[”"’]?的?(?:年初预期|全年|年度|年初|年底|年)?(?:既定|预期|预定|规划)?(?:城镇新增就业|新增就业|转移就业|再就业|就业|培训|参保)?(?:目标任务|计划任务|计划|目标|任务|(?:宏观)?${CONTROL_PLAN}(?:指标|目标|线))`,
);
/** 提前3个月, 提前两个月: how far ahead of time a plan was met. */
const AHEAD = '提前(?:\\d{1,2}|[一二两三四五六七八九十])个?月';
/**
 * What may stand between the topic figure's clause break (、 too: 139.3万人、超额完成国家下达的110万人任务) and the plan noun: 完成, 为, 占, 比
 * (完成全年新增150万人目标的181.97%: the measure's own word for what is counted, too).
 */
// (提前完成全年安置5800人的任务目标: met ahead of time, the measure's own verb for what is counted before the figure;
// 稳定低于4.5%的年度控制目标: a level held under it.)
const LEAD = new RegExp(
  `^(?:之间|以内|左右)?\\s*[，,；;、（(]?\\s*(?:实现了?)?(?:已|已经|也|均|还|明显|大幅|远|稳定|持续|始终){0,2}(?:${AHEAD}|提前)?(?:超额完成了?|完成了?|为|占|比|较|超过|超出|接近|相当于|低于|高于|好于|优于|符合|不超过|不高于|控制在)?${PLAN_OWNER}(?:新增|安置|转移|培训)?\\s*[“"‘]?$`,
);

/**
 * …or in parentheses after a measuring verb and the plan noun: 完成年度目标(45万人)的27.8%, 完成市定目标(5.5万人)的106.6%,
 * 超额完成年度目标任务（5000人）.
 */
// (完成省下达年度任务（2.8万人）的111.4%: who set the plan may stand before the year's word as well as after it.)
const BRACKETED_PLAN = /[，,；;]\s*(?:已经?|提前|超额|均){0,2}(?:完成|实现|占|为)了?(?:全年|年度|年)?(?:省定|市定|县定|省下达|市下达|县下达)?(?:全年|年度|年)?(?:目标任务|计划任务|目标|计划|任务)[(（]$/;
/** A clause that measures the sentence's outcome against a plan: ，完成省定, ，完成全年. */
const MEASURED_AGAINST = /^[，,；;]\s*(?:完成|实现|占|为|符合|低于|高于|好于|优于)(?:了)?(?:全年|年度|年初)?(?:国家|省定|市定|上级|省|市)?(?:确定|设定|下达)?的?$/;
const AHEAD_OF_TIME = new RegExp(`${AHEAD}$`);
/** A verb that holds the figure up to the plan named after it: 完成, 超额完成, 实现, 超过, 超出, 占. */
const MEETS = /完成|实现|超过|超出|占/;
const CEILING_RESTATED = /^[，,；;]\s*(?:控制在|低于|不超过|不高于)$/;
const CHANGE_ON_YEAR = /[，,]\s*(?:同比|环比|(?:比|较)(?:上年|去年|上月|上季度|[一二三四]季度)(?:同期|末)?(?:环比)?)(?:增长|增加|下降|减少|提高|上升)$/;

/**
 * A second plan after the share of the first: …完成市计划12800人的164.7%，县计划15000人的140.5% — the figure is measured
 * against each level's plan in turn.
 */
const NEXT_PLAN = /^[，,、；;]\s*(?:[省市县区]|国家)?(?:定|下达)?的?(?:全年|年度|年)?(?:目标任务|计划任务|计划|目标|任务)(?:为|是)?$/;

function secondPlan({ text, quantities, index, previous }: Parameters<Rule>[0]): Candidate | null {
  const last = previous[previous.length - 1];
  const q = quantities[index]!;
  const prev = quantities[index - 1];
  if (!last?.share || last.kind !== 'progress' || last.quantity !== prev || !/^的/.test(text.slice(q.end, q.end + 1))) return null;
  const topic = last.share;
  const def = INDICATOR_BY_ID.get(topic.indicator);
  const unit = def ? unitFor(q, def) : null;
  const between = text.slice(prev.end, q.start);
  if (unit === null || unit !== topic.unit || !NEXT_PLAN.test(between)) return null;
  const start = prev.end + between.search(/[^，,、；;\s]/);
  return { indicator: topic.indicator, label: topic.label, unit, quantity: q, start, end: q.end, gapStart: q.start, kind: 'target', plan: true, planOf: topic };
}

export const planFigure: Rule = (input) => {
  const { text, quantities, index, previous } = input;
  const topic = lastMeasured(previous);
  if (!topic) return secondPlan(input);
  const def = INDICATOR_BY_ID.get(topic.indicator);
  if (!def) return null;
  const q = quantities[index]!;
  const prev = quantities[index - 1];
  if (!prev) return null;
  const unit = unitFor(q, def);
  if (unit === null) return null;
  // 完成年度目标(45万人)的27.8%: the plan's level in parentheses after its noun, wherever the topic stood.
  const bracketed = BRACKETED_PLAN.exec(text.slice(Math.max(prev.end, q.start - 16), q.start));
  if (bracketed && /^[)）]/.test(text.slice(q.end, q.end + 1))) {
    const start = q.start - bracketed[0].length + bracketed[0].search(/(?:全年|年度|年)?(?:目标任务|计划任务|目标|计划|任务)/);
    return { indicator: topic.indicator, label: topic.label, unit, quantity: q, start, end: q.end, gapStart: q.start, kind: 'target', plan: true, planOf: topic };
  }
  // 完成省定2亿元目标任务的81.11% after other figures of the sentence (扶持368人创业，带动1251人就业，…): the plan the
  // sentence's measure is held against, named by a measuring verb and a plan noun after the figure.
  // (提前3个月完成全年22万人计划: the months ahead of time are no figure of the sentence's.)
  const ahead = prev !== topic.quantity && AHEAD_OF_TIME.test(text.slice(Math.max(0, prev.start - 2), prev.end)) && quantities[index - 2] === topic.quantity;
  // (…转移就业26.2万人，同比增长28.4%，完成目标任务27万人的97.15%: the change on the year before, between the measure
  // and its plan, is no figure the plan is held against; nor are several — 同比增加3.7万人，较二季度环比增加33.7万人.)
  const change = onlyChangesBetween(text, quantities, index, topic.quantity);
  if (prev !== topic.quantity && !ahead && !change) {
    const after = PLAN_AFTER.exec(text.slice(q.end, q.end + 14));
    if (!after || !MEASURED_AGAINST.test(text.slice(prev.end, q.start))) return null;
    return { indicator: topic.indicator, label: topic.label, unit, quantity: q, start: q.start, end: q.end + after[0].length, gapStart: q.start, kind: 'target', plan: true, planOf: topic };
  }
  // From the end of the topic's own span (城镇登记失业人员826人实现就业|，完成1200人年计划…).
  const from = ahead ? topic.end : Math.max(prev.end, topic.end);
  const between = text.slice(from, q.start);
  const before = PLAN_BEFORE.exec(between);
  const after = before ? null : PLAN_AFTER.exec(text.slice(q.end, q.end + 14));
  if (before && LEAD.test(between.slice(0, before.index))) {
    if (exceedsBy(between.slice(0, before.index), q.value, topic.quantity.value)) return null;
    if (MEETS.test(between)) topic.measured = true;
    const start = from + before.index;
    return { indicator: topic.indicator, label: topic.label, unit, quantity: q, start, end: q.end, gapStart: from, kind: 'target', plan: true, planOf: topic };
  }
  // 城镇登记失业率为2.36%，控制在3.0%以内: a rate, then a ceiling right after it — the ceiling it was kept under.
  if (unit === '%' && q.comparator === '<=' && CEILING_RESTATED.test(between)) {
    return { indicator: topic.indicator, label: topic.label, unit, quantity: q, start: from + between.search(/[^，,；;\s]/), end: q.end, gapStart: from, kind: 'target', plan: true, planOf: topic };
  }
  if (after && LEAD.test(between)) {
    // 城镇新增就业5600人，完成5000人的年度目标任务: the figure held up to the plan is what was done.
    if (MEETS.test(between)) topic.measured = true;
    return {
      indicator: topic.indicator, label: topic.label, unit, quantity: q, start: q.start, end: q.end + after[0].length,
      gapStart: from, kind: 'target', plan: true, planOf: topic,
      // 低于国家4.6%的控制目标: the nation's plan, not the area's — but 国家下达的110万人的任务 is the area's own task.
      ...(/国家\S{0,4}$/.test(between) && !/下达/.test(between) && { region: '全国' }),
    };
  }
  return null;
};

/**
 * 城镇新增就业79.45万人，超过目标任务9.45万人: how far the plan was exceeded, not the plan — a figure right after 超过 and
 * the plan noun that is a small part of the measure's own.
 */
function exceedsBy(lead: string, value: number | null, topicValue: number | null): boolean {
  return EXCEEDED.test(lead) && value !== null && topicValue !== null && value < topicValue / 2;
}
const EXCEEDED = new RegExp(`(?:超过|超出|超)了?${PLAN_OWNER}\\s*$`);

/**
 * Whether there are figures between the topic's and the `index`-th, at most MAX_CHANGES, and every one is a change on an
 * earlier time (同比增加…, 环比增加…).
 */
function onlyChangesBetween(text: string, quantities: readonly Quantity[], index: number, topic: Quantity): boolean {
  let i = index - 1;
  for (; i >= 0 && quantities[i] !== topic; i--) {
    const x = quantities[i]!;
    if (index - i > MAX_CHANGES || !CHANGE_ON_YEAR.test(text.slice(Math.max(0, x.start - 12), x.start))) return false;
  }
  return i >= 0 && i < index - 1;
}
const MAX_CHANGES = 3;

/** The figure the sentence is about: the last one that is neither a share nor itself a plan. */
function lastMeasured(previous: readonly Candidate[]): Candidate | undefined {
  // Past the sentence's other figures (扶持368人创业), back to its last measure of ours; a share or a plan ends the search.
  for (let i = previous.length - 1; i >= 0; i--) {
    const c = previous[i]!;
    if (c.kind === 'progress' || c.plan) return undefined;
    if (c.indicator !== 'other') return c;
  }
  return undefined;
}
