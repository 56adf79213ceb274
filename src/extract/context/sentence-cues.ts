/**
 * The time expressions and kind cue words of one full sentence (clauses joined by ；), found once and shared by every
 * figure of the sentence: the refiners used to rescan the sentence's prefix for each figure.
 */
import type { Kind } from '../types';
import { ACTUAL_CUES, CHANGE_VERBS, NEUTRAL_CUES, TARGET_CUES, TARGET_PLAN_NOUNS } from '../lexicon/cues';
import { literalAlternation } from '../text/alternation';
import { findTimes, PART_AFTER_QIAN, type TimeMention, type TimeOptions } from './time';

type Tense = Exclude<Kind, 'progress'>;

export interface SentenceCues {
  /** Time mentions, offsets into the page text. */
  times: TimeMention[];
  /**
   * Target/actual cue words (neutral ones already dropped), offsets into the page text. `clauseOnly`: a plan noun
   * (目标任务, 预期目标) that names a plan inside its own clause (比年目标任务4%低…) and does not announce the clauses after
   * it, unless it introduces them (主要预期目标是：…).
   */
  cues: Array<{ start: number; end: number; kind: Tense; clauseOnly?: boolean }>;
  /** Horizons (到2025年, 2030年前): the year a plan is to be reached by. */
  horizons: Array<{ start: number; end: number; year: number }>;
}

// 截至/截止到2023年底 looks back, not ahead.
// 2013年到2017年 spans years behind; 2012年前三季度 is part of a year: neither is a horizon.
// 增加到2022年6月的10.4亿人: the date a level rose to, not a horizon; nor is 到2011年12月底 before a count run up to it
// (到2025年6月底前 still is one).
const HORIZON_RE = new RegExp(
  `(?<!(?:19|20)\\d\\d年)(?<!${CHANGE_VERBS})(?:(?<!截止)到|(?<!截)至)((?:19|20)\\d\\d)年(?:底|末)?(?![0-9０-９]{1,2}月(?:底|末|份)?(?![底末份前]|以前))|((?:19|20)\\d\\d)年(?:前|以前)(?!${PART_AFTER_QIAN})`,
  'g',
);

const CUE_RE = new RegExp(
  `(?<neutral>${literalAlternation(NEUTRAL_CUES)})|(?<target>${literalAlternation(TARGET_CUES)})|(?<actual>${literalAlternation(ACTUAL_CUES)})`,
  'g',
);

const PLAN_NOUNS = new Set(TARGET_PLAN_NOUNS);
const DISPOSAL_OBJECT = /^[^，,。；;：:]{1,16}?(?:作为|列为|列入|纳入|视为|当作|摆在|放在)/;
const DISPOSAL_REACH = 24;
const PLAN_MET_BEFORE = /(?:完成|实现|超过|超额完成)[^，,。；;：:\d]{0,8}$/;
const PLAN_MET_REACH = 14;
const COMPARED_YEAR = /^(?:去年|上年)$/;
const PLAN_OPENING_BEFORE = /^\s*(?:按照|根据|依据)(?:年度|全年|今年)?$/;
const PLAN_OPENING_AFTER = /^[，,]/;
const PLAN_IN_CLAUSE = /要|确保|力争|争取|将|计划|目标/;
const PROGRAMME_ANNOUNCED = /办好(?!了)[^，,。；;：:了]{0,10}件[^，,。；;：:]{0,4}实事[：:]/;
/** A verb right after 计划: what is planned, not the plan. */
const PLANNED_VERB = /^(?:开展|完成|实现|新增|发放|培训|组织|帮助|安置|转移|扶持|开发|建设|新建|举办|投入|提供|促进|达到|落实|筹集)/;

export function sentenceCues(text: string, start: number, end: number, docYear: number | null, review: TimeOptions = {}): SentenceCues {
  const sentence = text.slice(start, end);
  const times = findTimes(sentence, docYear, review).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
  const cues: SentenceCues['cues'] = [];
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(sentence); m !== null; m = CUE_RE.exec(sentence)) {
    if (m.groups?.neutral) continue;
    // 我区已提前完成全年就业目标任务：城镇新增就业46.78万人: a plan met announces what was done, not a goal.
    if (m.groups?.target && PLAN_NOUNS.has(m[0]) && PLAN_MET_BEFORE.test(sentence.slice(Math.max(0, m.index - PLAN_MET_REACH), m.index))) continue;
    // 我省始终将促进就业作为头等大事: 将 that puts an object before its verb (将…作为/纳入/列为) is no future tense.
    // (西藏将把促进就业作为优先目标: 把 does that there, and 将 before it is the future.)
    if (m[0] === '将' && sentence[m.index + 1] !== '把' && DISPOSAL_OBJECT.test(sentence.slice(m.index + 1, m.index + 1 + DISPOSAL_REACH))) continue;
    // 较去年计划数减少0.2万人, 与去年目标持平: last year as a comparison says nothing of when the figures are.
    if (m.groups?.actual && COMPARED_YEAR.test(m[0]) && /[较比与同和]$/.test(sentence.slice(Math.max(0, m.index - 1), m.index))) continue;
    // (要确保城镇新增就业每年都保持在1100万人以上: every year of a plan, the plan's word before it in the clause.)
    if (m.groups?.actual && m[0].startsWith('每年') && PLAN_IN_CLAUSE.test(sentence.slice(0, m.index).split(/[，,。；;：:]/).pop()!)) continue;
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 2);
    // 计划 is a plan noun after 年/年度/行动 (年计划的61.78%), before 的/任务, or ending its clause (实施好创业带动就业计划，):
    // a verb (山东计划6月底前完成…) has an object and scopes on.
    // (全年计划开展…培训80万人次，发放…: a verb's object after it makes 计划 the verb, whatever stands before it.)
    const noun =
      m[0] !== '计划' ||
      (/(?:年|年度|全年|行动|工作|的)$/.test(sentence.slice(Math.max(0, m.index - 2), m.index)) && !PLANNED_VERB.test(after)) ||
      /^(?:的|任务|数|[，,；;、”"’）)])/.test(after);
    // (…均好于预期目标，即：2021年，城镇新增就业1100万人以上: 即 announces the plan's figures as 是 does.)
    // (按照目标安排，2014年，河北省城镇新增就业70万人，…: a sentence opened by the plan it follows states that plan's figures.)
    const following = sentence.slice(m.index + m[0].length, m.index + m[0].length + 3);
    const clauseOnly =
      PLAN_NOUNS.has(m[0]) && noun && !/^\s*(?:是|为|：|:|[，,]?即)/.test(following) &&
      !(PLAN_OPENING_BEFORE.test(sentence.slice(0, m.index)) && PLAN_OPENING_AFTER.test(following));
    // 目前，江西省就业形势依然严峻，…2017年目标新增就业45万人: how things stand now speaks for the clause it opens (its
    // comma read with it), not for the plans a sentence goes on to.
    if (m[0] === '目前') {
      const end = m.index + m[0].length + (/^[，,]/.test(after) ? 1 : 0);
      cues.push({ start: start + m.index, end: start + end, kind: 'actual', clauseOnly: true });
      continue;
    }
    cues.push({ start: start + m.index, end: start + m.index + m[0].length, kind: m.groups?.target ? 'target' : 'actual', clauseOnly });
  }
  // 确定了为全省人民办好10件实事：一是…；五是帮助4万名…实现就业: the things to be done that year, each clause a goal
  // (not 办好了, nor the list's account: 十件实事全部完成).
  const programme = PROGRAMME_ANNOUNCED.exec(sentence);
  if (programme) {
    const at = programme.index + programme[0].length - 1;
    cues.push({ start: start + at, end: start + at + 1, kind: 'target' });
    cues.sort((a, b) => a.start - b.start);
  }
  const horizons: SentenceCues['horizons'] = [];
  HORIZON_RE.lastIndex = 0;
  for (let m = HORIZON_RE.exec(sentence); m !== null; m = HORIZON_RE.exec(sentence)) {
    horizons.push({ start: start + m.index, end: start + m.index + m[0].length, year: Number(m[1] ?? m[2]) });
  }
  return { times, cues, horizons };
}

/** A paragraph that opens on a horizon: 到2025年，完成… (after a list marker, if any). */
const OPENING_HORIZON = /^[\s　]*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）.．、]\s*)?(?:到|至)((?:19|20)\d\d)年(?:底|末)?[，,]/;

/**
 * The horizon a paragraph opens on, for a later sentence of it that names no time of its own: 到2025年，完成60万人次职业技能
 * 培训。全市持证人员总量达到130万人以上。…累计实现新增就业35万人以上 — every goal of the paragraph is set for 2025.
 */
export function paragraphHorizon(text: string, paragraphStart: number, sentence: SentenceCues, sentenceStart: number): SentenceCues {
  if (sentence.horizons.length > 0 || sentence.times.length > 0 || sentenceStart <= paragraphStart) return sentence;
  const m = OPENING_HORIZON.exec(text.slice(paragraphStart, Math.min(sentenceStart, paragraphStart + 24)));
  if (!m) return sentence;
  const at = paragraphStart + m.index + m[0].search(/到|至/);
  return { ...sentence, horizons: [{ start: at, end: at + m[0].trimEnd().length - (m[0].search(/到|至/) + 1), year: Number(m[1]) }] };
}

/** The last item that ends at or before `at` and starts at or after `from`. */
export function lastBefore<T extends { start: number; end: number }>(items: readonly T[], from: number, at: number): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i]!;
    if (it.end <= at && it.start >= from) return it;
  }
  return undefined;
}

const CLAUSE_BREAK = /[，,；;。]/;

/** The last time mention before `at` (from `from` on); one that dates only its own clause counts only there. */
export function lastTimeBefore(text: string, times: readonly TimeMention[], from: number, at: number): TimeMention | undefined {
  for (let i = times.length - 1; i >= 0; i--) {
    const t = times[i]!;
    if (t.end > at || t.start < from) continue;
    if (t.clauseOnly && CLAUSE_BREAK.test(text.slice(t.end, at))) continue;
    return t;
  }
  return undefined;
}
