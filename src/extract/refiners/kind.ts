/**
 * Target or actual, from the strongest evidence available:
 * 1. a horizon still ahead (到2025年…), else the nearest cue word before the figure in its sentence (确保…, 截至…, 累计…);
 * 2. the nearest time before it in its clause chain: an elapsed part of the year (截至5月底, 1-6月, 上半年) or an
 *    earlier year reports what happened, a coming five-year span sets targets;
 * 3. a comparison with last year after it (同比增长…, 比上年…), or 超额完成… later in the sentence;
 * 4. the section it stands in (a review or a plan);
 * 5. a target cue after it (…的目标任务); else actual.
 */
import type { IndicatorId, Kind } from '../types';
import { CONTROL_PLAN, PROGRESS_KEY, TRAILING_ACTUAL_CUES, TRAILING_ACTUAL_SENTENCE_CUES, TRAILING_TARGET_CUES } from '../lexicon/cues';
import { literalRegex } from '../text/alternation';
import { lineStartWithin, paragraphBefore } from '../text/paragraph';
import { LIVELIHOOD_PROGRAMME_TERMS } from '../lexicon/labour-terms';
import type { SectionState } from '../context/sections';
import { lastBefore, lastTimeBefore, type SentenceCues } from '../context/sentence-cues';
import { isPartOfYear } from '../context/time';

type Tense = Exclude<Kind, 'progress'>;

const TRAILING_TARGET = literalRegex(TRAILING_TARGET_CUES, '');
const TRAILING_ACTUAL = literalRegex(TRAILING_ACTUAL_CUES, '');
// (…5.2万人，提前两个月完成全年目标任务: the plan met ahead of its time, however long ahead.)
const AHEAD_OF_TIME_DONE = '提前(?:[一二两三四五六七八九十半]|\\d{1,2})个?多?(?:月|季度|天|周)(?:时间)?(?:超额)?完成';
const TRAILING_ACTUAL_SENTENCE = new RegExp(`${literalRegex(TRAILING_ACTUAL_SENTENCE_CUES, '').source}|${AHEAD_OF_TIME_DONE}`);
const CLAUSE_END = /[，,。；;！？!?\n]/;
const CHANGE_ON_YEAR_BEFORE = /^[，,]\s*(?:同比|比上年|较上年|比去年|较去年)(?:同期)?(?:增长|增加|下降|减少|提高|上升|多|少)/;
/** Target cues that only forecast (将, 预计): an outcome said to beat its target overrides them. */
const FORECAST = /^(?:将|预计)/;
const PLAN_OPENS_SENTENCE = /^\s*(?:规划|主要|发展|预期)?目标(?:任务)?\s*[，,：:]/;
const CHANGE_ON_PERIOD_BEFORE = /^[，,]\s*(?:同比|(?:比|较)(?:上年|去年|[“"]?十[一二三四]五[”"]?(?:时期|期间|末)?))(?:同期)?(?:增长|增加|下降|减少|提高|上升)/;
/** Trailing cues are read this far after the figure, so a sentence without end costs no more than a short one. */
const AFTER_REACH = 120;

export interface KindContext {
  text: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** Where the number starts: cue words between a label and its number (城镇新增就业目标4万人) count. */
  figureStart: number;
  figureEnd: number;
  docYear: number | null;
  section: SectionState;
  /** Cues and times of the full sentence around the figure. */
  around: SentenceCues;
  /** A share of a plan qualifies the figure. */
  measured?: boolean;
  /** The first year of the five-year plan the page is, if it is one. */
  planStart?: number;
  /** Where the label written before the figure ends (the gap to the number holds its own cue words). */
  labelEnd?: number;
  /** Where that label starts. */
  labelStart?: number;
  /** The page reports the year's work conference, where the year's targets are set. */
  conference?: boolean;
  /** The measure the figure was read as. */
  indicator?: IndicatorId;
}

/** A table's heading naming its tasks and the bodies answering for them — not what was done of them. */
const TASK_TABLE_HEAD = /(?:任务|目标)[^\n]*\|[^\n]*(?:责任单位|牵头单位|责任部门|牵头部门)|(?:责任单位|牵头单位|责任部门|牵头部门)[^\n]*\|[^\n]*(?:任务|目标)/;
const DONE_COLUMN = /进展|进度|完成|实绩|成效|落实情况/;
/** How many of a table's rows above a figure its heading may stand. */
const TASK_TABLE_ROWS = 60;

/** How long a table's row may be: a longer line is prose (and is never scanned whole for each of its figures). */
const TASK_ROW_REACH = 600;

/** Whether the figure stands in a row of a task table: every line from it up to the table's heading holds a cell break. */
function taskTableRow(text: string, at: number): boolean {
  const after = text.slice(at, at + TASK_ROW_REACH).indexOf('\n');
  if (after < 0 && at + TASK_ROW_REACH < text.length) return false;
  let end = after < 0 ? text.length : at + after;
  let start = lineStartWithin(text, at, TASK_ROW_REACH);
  for (let rows = 0; rows < TASK_TABLE_ROWS && start >= 0; rows++) {
    const line = text.slice(start, end);
    if (!line.includes('|')) return false;
    // (主 要 工 作 任 务: a heading spaced out for show.)
    const heading = line.replace(/(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])/g, '');
    if (rows > 0 && TASK_TABLE_HEAD.test(heading)) return !DONE_COLUMN.test(heading);
    if (start === 0) return false;
    end = start - 1;
    start = lineStartWithin(text, end, TASK_ROW_REACH);
  }
  return false;
}

/** 今年 naming the year ahead, not the part of it gone by (今年以来, 今年上半年, 今年1-5月). */
const THIS_YEAR_AHEAD = /今年(?!以来|上半年|下半年|[一二三四]季度|前[三两二]季度|1[-—至~到]|[一二三四五六七八九十\d]{1,2}月)/;

const TABLE_OUTCOME_AFTER = /^[ \t　]+完成[\d０-９]/;
// (城镇新增就业任务5000人, 年度任务: the task set — unless the gap goes on to say it was done, 任务完成5230人.)
const PLAN_IN_GAP = /(?<!完成|超过|实现)(?:责任目标|目标任务|年度目标|控制目标|目标|计划|(?:年度|全年)?任务(?:数)?(?!(?:已经?|累计)?(?:完成|实现)))/;

const CLAUSE_BREAK = /[，,；;]/;
/**
 * A clause break between a cue and its figure. (A cue farther back than BREAK_REACH stands in another clause in any real
 * text; not scanning that far keeps a page without punctuation, a figure every few characters, linear.)
 */
function clauseBreakBetween(text: string, from: number, to: number): boolean {
  return to - from > BREAK_REACH || CLAUSE_BREAK.test(text.slice(from, to));
}
const BREAK_REACH = 200;
/** The figure's own clause, after the plan word's, opening on the area (，全市全年实现…, ，全县共完成…), read this far back. */
const AREA_CLAUSE_REACH = 40;
const AREA_OPENS_CLAUSE = /[，,；;](?:全|我)[市县省区州旗镇](?:全年|今年|上半年|前三季度)?(?:共|累计)?(?:实现|完成|新增|达到)[^，,；;。]*$/;
/** The hourly minimum wage named last before a figure, with only its tiers and figures after it. */
const HOURLY_WAGE_BEFORE = /小时最低工资(?:标准)?[^。；;！？最]*$/;
/** Words of a change still proposed or planned (征求意见稿, 拟, 力争). */
const PROPOSED = '征求意见|草案|拟|建议|计划|力争|争取|预计|目标|规划';
const WAGE_PROPOSED = new RegExp(`方案|${PROPOSED}`);
/** 自2023年1月1日起, 从7月1日起: the day a decided change takes effect. */
const IN_FORCE_FROM = /\d{1,2}月\d{1,2}日起/;
/** How far back in its paragraph a pension rise's day in force may be named. */
const PENSION_DAY_REACH = 300;
/** A rise still to be decided (征求意见稿, 拟); the adjustment's own 方案 is the decision. */
const PENSION_PROPOSED = new RegExp(PROPOSED);
/** 养老金预计达到2520.34元: a forecast of the pension's level after a rise, not a proposal of the rise. */
const LEVEL_FORECAST = /预计[^，,。；;\d]{0,8}\d+(?:\.\d+)?万?元/g;
/** A level held where the plan set it: 控制在, 低于, 优于, 好于 — after 均, 仍, 始终… if any. */
const HELD_ADVERB = '(?:均|都|也|仍|始终|继续)?';
const HELD_UNDER = '(?:控制在|低于|优于|好于)';
/**
 * A later clause that holds the figure up against the plan: 城镇登记失业率为3.1%，控制在预期目标以内 / 低于预期目标4.6%.
 * The target words there name the yardstick, not the figure.
 */
// (城镇登记失业率控制在2.49%内，比既定的目标低1.01个百分点: how far below the plan it stayed.)
const MEASURED_AGAINST_TARGET = new RegExp(
  `^[^。；;！？]*?[，,]\\s*(?:${HELD_ADVERB}(?:${HELD_UNDER}|处于|在)[^，,。；;]{0,10}?(?:预期目标|目标任务|的目标|控制目标|调控目标)|比[^，,。；;\\d]{0,8}?(?:目标任务|目标|计划)(?:低|高|少|多))`,
);
const CALLED_TARGETS = /[…·。，,；;]\s*这(?:是|些是|些都是)[^，,。；;]{0,16}(?:工作目标|预期目标|目标任务|目标)[。！]|[—－]{1,2}\s*(?:(?:19|20)\d\d年)?[^，,。；;]{0,8}(?:目标任务|预期目标|目标)(?:已经|已)(?:明确|确定|敲定|出炉)/;
const RATE_ABOUT = /失业率(?:控制在|为|是)?\d+(?:\.\d+)?[%％]左右(?![”"」])/;
const GROWTH_ABOUT = /(?:国内|地区)生产总值(?:[(（]GDP[)）])?增长\d+(?:\.\d+)?[%％]左右[、，,；;]/;
const PLAN_BEFORE_LABEL = /(?<!完成|超过|实现|高于|低于|优于)(?:目标|预期目标|目标是|目标为)[：:]?$/;
/** A figure that names a plan's level: 5.5%的年度控制目标, 4%的控制指标, 10万人的年度目标任务, 下达…20000人目标. */
// (…控制在4.5%以内的宏观调控目标任务, 再就业400万人的就业和再就业目标: the plan's field may be named before its noun.)
export const TARGET_VALUE_AFTER = new RegExp(
  `^[”"’]?的?(?:全年|年度|既定|预期|年底|年)?(?:宏观|就业和再就业|就业再就业|就业工作|就业)?${CONTROL_PLAN}?(?:目标|指标)|^的?${CONTROL_PLAN}线|^的要求`,
);

/** The figure then what it is made: 作为今年的硬任务, 列为约束性指标, 列入十件民生实事, 纳入年度考核. */
const MADE_A_TASK_AFTER = /^(?:以上|以内|左右)?(?:作为|列为|列入|纳入)[^，,。；;！？\d]{0,16}?(?:目标|任务|指标|实事|考核)/;

/** One more item of a list: 、 和 or 及, then its words. */
const NEXT_ITEM = '[、和及][^，,。；;！？、]{2,30}?';
/**
 * The next item of a list, then the plan noun the list ends on (a completion in the item names no plan of its own); or
 * the list closed by 等 and whose plan it is (新增城镇就业44万人、…转移就业260万人(次)等自治区年度就业工作目标任务提前超额
 * 完成: the figures name the plan's items, however far it was beaten).
 */
const TARGET_IN_LIST_AFTER = new RegExp(
  `^(?:${NEXT_ITEM}){1,4}的(?:全年|年度|预期|既定)?(?:目标任务|目标)(?![的完])|^(?:${NEXT_ITEM}){0,4}(?:[(（]次[)）])?等[^，,。；;！？、\\d]{0,12}?(?:目标任务|目标)(?!的)`,
);
/** The rest of the figure's sentence, up to its stop, ends on the plan (…的就业工作目标。) and tells nothing done to it. */
function planClosesSentence(text: string, figureEnd: number): boolean {
  const rest = text.slice(figureEnd, figureEnd + PLAN_CLOSE_REACH).split(SENTENCE_STOP, 1)[0]!;
  return PLAN_ENDS.test(rest) && !PLAN_MET_IN.test(rest) && !HELD_UNDER_NEXT.test(rest);
}
/** …失业率为3.2%，控制在4.5%以内的年度目标: the clause right after holds the figure under the plan, naming no measure of its own. */
const HELD_UNDER_NEXT = new RegExp(`^[，,]\\s*${HELD_ADVERB}${HELD_UNDER}`);
const SENTENCE_STOP = /[。；;！？!?]/;
const PLAN_CLOSE_REACH = 120;
const PLAN_ENDS = /[，,、][^。；;！？!?]*的(?:全年|年度|预期|既定)?(?:就业工作|就业|工作)?(?:目标任务|目标)$/;
const PLAN_MET_IN = /完成|实现|超额|超过|超出|达到|突破|符合|低于|高于|好于|优于|同比|比上年|比去年|较上年|较去年|控制在[^，,]{0,6}目标/;
const LIST_ITEM_DONE = /(?:^|、|和|及)(?:完成|超额|超过|实现|达到|突破)|(?:完成|超额|超过|达到|突破)[^、]*$/;

/**
 * An open quotation right after a promise's name (实事“…, 目标任务“…), still open at the figure, a dash (承诺——…), or the
 * promises listed (承担了多个实事项目，包括：年内全市新增城镇就业8万人以上…).
 */
const PROMISE_QUOTE = /(?:实事|目标|目标任务|承诺|任务)(?:[是为：:]?[“"「]|——)([^”"」。！？\n]*)$|(?:实事项目|实事|承诺)[^。！？\n]{0,8}?包括[：:][^。！？\n]*$/;

function quotedPromise(text: string, sentenceStart: number, figureStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, figureStart - 60), figureStart);
  if (PROMISE_QUOTE.test(before)) return true;
  // “建成…就业服务站45家,帮扶失业人员就业8万人,…”是今年的民生实事项目之一: a quote, then what it is — a promise.
  return /^[^”"」。！？\n]*[“"「][^”"」。！？\n]*$/.test(before) && PROMISE_NAMED_AFTER.test(text.slice(figureStart, figureStart + 90));
}
/** A quote closed, then named as a promise (…”是今年的民生实事项目之一, ”的目标任务). */
const PROMISE_NAMED_AFTER = /^[^”"」。！？\n]*[”"」]\s*(?:是|为|作为|列为|的)[^。！？\n]{0,14}?(?:实事|目标|任务|承诺)/;

/** Where a page says it is about its 民生实事, the promises its items are named by. */
const LIVELIHOOD_LEAD = literalRegex(LIVELIHOOD_PROGRAMME_TERMS, '');
const LIVELIHOOD_HEAD = 300;

/**
 * A sentence that opens its paragraph with nothing but the measure and its figure (新增城镇就业6万人。), on a page whose lead
 * speaks of its 民生实事: the item's name, which is its promise.
 */
function promiseHeading(k: KindContext): boolean {
  if (k.labelStart === undefined || k.labelStart !== k.sentenceStart) return false;
  if (k.sentenceStart > 0 && k.text[k.sentenceStart - 1] !== '\n') return false;
  if (!/^[。；;]/.test(k.text.slice(k.figureEnd, k.figureEnd + 1))) return false;
  return LIVELIHOOD_LEAD.test(k.text.slice(0, LIVELIHOOD_HEAD));
}

function itemTaskBeforeDone(k: KindContext): boolean {
  if (!TASKS_ACCOUNTED.test(k.text.slice(0, TASKS_HEAD))) return false;
  const lineStart = lineStartWithin(k.text, k.figureStart, ITEM_SENTENCE_MAX);
  if (lineStart < 0) return false;
  // (一、就业创业工程。新增城镇就业4万人，…: the item may be named in a short sentence of its own first.)
  const item = k.text.slice(lineStart, k.figureStart).replace(ITEM_TITLE, '');
  if (!ITEM_NUMBER.test(item) || /[。！？]/.test(item)) return false;
  const stop = k.text.slice(k.figureEnd, k.figureEnd + ITEM_SENTENCE_MAX).search(/[。\n]/);
  return stop >= 0 && DONE_AFTER_TASK.test(k.text.slice(k.figureEnd + stop, k.figureEnd + stop + DONE_LEAD_MAX));
}
/** A numbered item opening its line (1., (一), 一、). */
const ITEM_NUMBER = /^\s*(?:\d{1,2}[.．、](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/;
/** A short name of the item, a sentence of its own right after its number (一、就业创业工程。). */
const ITEM_TITLE = new RegExp(`(?<=${ITEM_NUMBER.source})[^。！？\\d\\n]{1,16}。`);
/**
 * The item's next sentence tells what was done: 已…, or a date it counts to (截至6月底，…), or now (目前…) — or says it
 * does (进展情况：…).
 */
const DONE_AFTER_TASK = new RegExp(`^。\\s*(?:已|(?:截至|截止|到)[^，,。]{1,12}[，,]|目前|${PROGRESS_KEY})`);
const DONE_LEAD_MAX = 20;
/**
 * A page's lead that accounts for its tasks' progress (目标任务23项…推进情况良好, 目标任务…进展情况如下, 十件民生实事
 * 上半年进展情况).
 */
const TASKS_ACCOUNTED = /(?:目标任务|民生实事|实事项目)[^。\n]{0,60}(?:推进|进展|完成)(?:情况|顺利)|(?:推进|进展|完成)情况[^。\n]{0,40}目标任务/;
const TASKS_HEAD = 400;
/** How far an item's first sentence may run on either side of the figure. */
const ITEM_SENTENCE_MAX = 200;

/** A list item's number, up to the cue: (1), 1., 一是. */
const LIST_ITEM = /^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[.．、]|[一二三四五六七八九十]是)\s*$/;

/** A numbered item opening its line or sentence, before a figure of 以上 in its own clause. */
// (3.劳动人事争议仲裁案件结案率达到95%以上: an item numbered in digits at the head of its line, likewise.)
const ITEM_OPENING = /(?:(?:^|[\n。；;]|\s)[(（][一二三四五六七八九十]{1,3}[)）]|(?:^|\n)\s*\d{1,2}[.．、](?!\d))[^。；;\n]*$/;

/** The figure states a floor (25万个以上). */
const statesFloor = (k: KindContext): boolean => /以上/.test(k.text.slice(k.figureStart, k.figureEnd + 2));

function floorInListItem(k: KindContext): boolean {
  return statesFloor(k) && ITEM_OPENING.test(k.text.slice(Math.max(0, k.figureStart - 60), k.figureStart));
}

/** The nearest cue before the figure; a plan noun only within the figure's own clause. */
function lastCue(k: KindContext): SentenceCues['cues'][number] | undefined {
  for (let i = k.around.cues.length - 1; i >= 0; i--) {
    const c = k.around.cues[i]!;
    if (c.end > k.figureStart) continue;
    if (c.clauseOnly && CLAUSE_BREAK.test(k.text.slice(c.end, k.figureStart))) continue;
    return c;
  }
  return undefined;
}

/** 近三年 between `from` and the figure, in its sentence: years gone by, whatever clause they open. */
function recentYearsBefore(k: KindContext, from: number): boolean {
  const start = Math.max(from, k.sentenceStart);
  return k.around.times.some((t) => t.span === 'past' && t.start >= start && t.end <= k.figureStart && k.text.startsWith('近', t.start));
}

/** Whether `period` is the five years of the plan the page is (2021-2025 in the plan for 十四五). */
function isPlansOwnSpan(k: KindContext, period: string | null | undefined): boolean {
  return !!period && k.planStart !== undefined && period === `${k.planStart}-${k.planStart + 4}`;
}

/** Years still to come, in so many words: 今后五年, 未来三年. */
const YEARS_AHEAD = /^(?:今后|未来|接下来)/;

/** 在现有…转移就业48万人的基础上，新增…: the level a plan builds on, reached already. */
const BASE_LEVEL_AFTER = /^(?:[”"’]|以上|左右)?的?基础上/;

/**
 * 2014年湖南城镇新增就业82.68万人；到2018年…略降至79.45万人: the page's own year reached from an earlier one its paragraph
 * named — a change told over years gone by, not a plan's horizon.
 */
function fromEarlierYear(text: string, horizon: { start: number; year: number }): boolean {
  const paragraph = text.slice(text.lastIndexOf('\n', horizon.start - 1) + 1, horizon.start);
  return [...paragraph.matchAll(/((?:19|20)\d\d)年(?!以来|来|前|以前)/g)].some((m) => Number(m[1]) < horizon.year);
}

/** A share of the plan done (完成目标任务的112%), or a total run up (累计实现), in the rest of a sentence. */
const PLAN_MET_BY_DATE = /完成[^，,。；;]{0,12}?(?:目标|任务|计划)[^，,。；;\d]{0,6}?\d+(?:\.\d+)?[%％]|累计实现/;

export function refineKind(k: KindContext): Tense {
  if (BASE_LEVEL_AFTER.test(k.text.slice(k.figureEnd, k.figureEnd + 8))) return 'actual';
  // 序号 | 主要工作任务 | 责任单位 | ⏎ 10 | 城镇新增就业11万人,调查失业率控制在5%以内。 | 市人力社保局 |: a row of a table sharing
  // out the year's tasks among the bodies answering for them states a task, however its words read.
  if (taskTableRow(k.text, k.figureStart)) return 'target';
  // 到2025年，城镇新增就业累计达到50万人: a horizon still ahead makes every figure after it a goal. (An undated
  // five-year plan speaks from its first year: 至2020年 in its review of the plan before is behind it.)
  const horizon = lastBefore(k.around.horizons, 0, k.figureStart);
  const now = k.docYear ?? k.planStart ?? null;
  // (至2017年末 on a page of 2017 is the date a level stands at — 至2017年末，城镇登记失业率为3.9% — not a horizon.)
  // (到2006年底，参加社会基本养老保险21.49万名 in a bulletin of 2006 likewise.)
  const dateOfLevel = horizon !== undefined && horizon.year === now && /^(?:至|到)(?:19|20)\d\d年(?:末|底)$/.test(k.text.slice(horizon.start, horizon.end));
  // (到2010年末，全省累计实现城镇新增就业335万人，完成目标任务的112%: a year's end the sentence reports the plan met by is a
  // date reached, whatever year the page is read from.)
  const dateReached = horizon !== undefined && /^(?:至|到)(?:19|20)\d\d年(?:末|底)$/.test(k.text.slice(horizon.start, horizon.end)) && PLAN_MET_BY_DATE.test(k.text.slice(horizon.end, k.sentenceEnd));
  if (horizon && (now === null || horizon.year >= now) && !dateOfLevel && !dateReached && !(horizon.year === now && fromEarlierYear(k.text, horizon))) return 'target';
  // 首件实事“城镇新增就业4万人，帮助农村富余劳动力转移就业5万人”进展顺利: a promise quoted after its name is a goal,
  // whatever is said of its progress around it.
  if (quotedPromise(k.text, k.sentenceStart, k.figureStart)) return 'target';
  // 南阳市召开重点民生实事项目新闻发布会… ⏎ 新增城镇就业6万人。深入实施…: an item of a 民生实事 list is named by its promise.
  if (promiseHeading(k)) return 'target';
  // 目标任务23项，截至3月底…推进情况良好。具体情况如下： ⏎ 1.做好重点群体就业工作，…安置就业困难人员4万人…。已开展…: in an
  // account of how a list of tasks stands, an item's first sentence states its tasks; what was done follows from 已.
  if (itemTaskBeforeDone(k)) return 'target';
  // 回落至5.5%的年度控制目标内: the figure is the target itself.
  if (TARGET_VALUE_AFTER.test(k.text.slice(k.figureEnd, k.figureEnd + 12))) return 'target';
  // 将新增城镇就业2万人作为今年的硬任务, 把…控制在4%以内列为约束性指标: the figure is made a task.
  if (MADE_A_TASK_AFTER.test(k.text.slice(k.figureEnd, k.figureEnd + 24))) return 'target';
  // 完成城镇新增就业1000万人以上、城镇登记失业率控制在4.5%以内的目标: items of one list share the plan noun after its last.
  const nextItem = TARGET_IN_LIST_AFTER.exec(k.text.slice(k.figureEnd, k.figureEnd + 40));
  if (nextItem && !LIST_ITEM_DONE.test(nextItem[0])) return 'target';
  // 审议通过了城镇新增就业65万人，培训转移农村劳动力80万人，城镇登记失业率控制在4.5%以内的就业工作目标。: a sentence that
  // closes on the plan its figures make up, nothing done to it on the way, states them as that plan.
  if (planClosesSentence(k.text, k.figureEnd)) return 'target';
  // 开发公益性岗位540个 完成838个，完成率155.19%: a progress table's row, the year's task then what was done.
  if (TABLE_OUTCOME_AFTER.test(k.text.slice(k.figureEnd, k.figureEnd + 8))) return 'target';
  // 控制在4%目标以内: the ceiling named as the target.
  if (/^(?:控制|调控)?目标(?:范围)?(?:以内|内|之内)/.test(k.text.slice(k.figureEnd, k.figureEnd + 8))) return 'target';
  // 城镇登记失业率控制在政府责任目标4.2%以内: a plan word between label and number.
  if (k.labelEnd !== undefined && PLAN_IN_GAP.test(k.text.slice(k.labelEnd, k.figureStart))) return 'target';
  // 目标城镇新增就业120万人: the target named right before the label.
  if (k.labelStart !== undefined && PLAN_BEFORE_LABEL.test(k.text.slice(Math.max(0, k.labelStart - 6), k.labelStart))) return 'target';
  // 决定从2017年12月1日起，将全省最低月工资标准调整为2010元; 广州调整为2300元/月: a minimum wage a notice sets is the
  // standard in force from its date, stated as a level — not a goal, whatever 将 or a date ahead says (the corpus's gold
  // calls 81 of 84 so). A proposal (根据《方案》…调整到2240元, 征求意见稿) or a plan word in the sentence still plans it.
  // (The hourly standard beside it, 小时最低工资标准为：第一档22元, an `other` figure, is set the same way.)
  const wage = k.indicator === 'minimum_wage' || (k.indicator === 'other' && HOURLY_WAGE_BEFORE.test(k.text.slice(Math.max(k.sentenceStart, k.figureStart - 40), k.figureStart)));
  if (wage && !WAGE_PROPOSED.test(k.text.slice(k.sentenceStart, k.figureStart))) return 'actual';
  // 2023年1月1日起，…退休人员，基本养老金将上调3.8%: a pension rise in force from a day is the rise decided, however 将
  // says it (the corpus's gold calls every such one so); a plan's rise (企业退休人员养老金再提高10%) names no day.
  // (…我市将对全市退休人员基本养老金从2019年1月1日起进行调整…。本次…调整后人均月养老金预计达到2520.34元,调整幅度为5.51%:
  // the day may be named by the paragraph's sentence before; the forecast is of the pension's level, not of the rise.)
  if (k.indicator === 'pension_increase') {
    const lead = paragraphBefore(k.text, k.figureStart, PENSION_DAY_REACH).text;
    if (IN_FORCE_FROM.test(lead) && !PENSION_PROPOSED.test(lead.replace(LEVEL_FORECAST, ''))) return 'actual';
  }
  const cue = lastCue(k);
  // The rest of the figure's sentence, bounded, where the trailing cues below are read.
  const after = k.text.slice(k.figureEnd, Math.min(k.sentenceEnd, k.figureEnd + AFTER_REACH));
  // A figure a share of the plan is measured against is what was done (城镇新增就业2093人，占全年目标任务…的174%),
  // unless its own clause calls it a goal.
  if (k.measured) return cue && !clauseBreakBetween(k.text, cue.end, k.figureStart) ? cue.kind : 'actual';
  // 预计到年底，全国城镇新增就业将达到1200万人以上…都超额完成了全年目标任务: a forecast of the year's outcome, said to
  // beat its targets, is an outcome.
  // (“十四五”期间，长沙市预计累计城镇新增就业78.27万人，较“十三五”时期增长9.59%: so is one measured against the period
  // before, as only an outcome is.)
  if (cue?.kind === 'target' && FORECAST.test(k.text.slice(cue.start, cue.end)) && (TRAILING_ACTUAL_SENTENCE.test(after) || CHANGE_ON_PERIOD_BEFORE.test(after))) return 'actual';
  // …计划为4.6%，12月底全国城镇登记失业率为4.1%: a part of the year gone by, in the figure's own clause after a plan
  // word, dates what was done.
  if (cue?.kind === 'target') {
    // (Looked for a bounded way back: a page of one endless sentence stays linear.)
    const from = Math.max(k.sentenceStart, k.figureStart - AFTER_REACH);
    const clauseStart = from + k.text.slice(from, k.figureStart).search(/[^，,；;。]*$/);
    const own = lastTimeBefore(k.text, k.around.times, Math.max(cue.end, clauseStart), k.figureStart);
    // (…确保争议案件依法妥善办理。近三年仲裁结案率保持在91%以上: years gone by, likewise.)
    if (own?.span === 'elapsed' || own?.span === 'past') return 'actual';
    // (…2021年的目标是城镇新增就业120万人；广东2020年全省城镇新增就业134万人: a year before the page's in the figure's own
    // clause, set apart from the plan word's by ；, reports what was done — after a comma, 报告提出，2019年…, it is the plan's.)
    if (own?.year != null && k.docYear !== null && own.year < k.docYear && /[；;]/.test(k.text.slice(cue.end, clauseStart))) return 'actual';
    // 山东省2008年努力将…失业率有效控制在3.8%以内 on a page of 2009: 将 after a year gone by marks what was done to the
    // rate (as 把 would), not a plan.
    const year = lastTimeBefore(k.text, k.around.times, clauseStart, cue.start);
    if (k.text.slice(cue.start, cue.end) === '将' && year?.year != null && k.docYear !== null && year.year < k.docYear) return 'actual';
    // 争取创业小额贷款，2011年半年内新增就业岗位500个，新转移剩余劳动力3500人: a stretch of the year gone by between the
    // plan word and the figure, with no plan word after it, dates what follows as done.
    const between = lastTimeBefore(k.text, k.around.times, cue.end, k.figureStart);
    if (between?.span === 'elapsed' && between.period !== null && isPartOfYear(between.period)) return 'actual';
    // (…确保争议案件依法妥善办理。近三年仲裁结案率保持在91%以上，调解成功率在78%以上: years gone by, after the plan word,
    // date the list they open.)
    if (recentYearsBefore(k, cue.end)) return 'actual';
  }
  // 力争达成以下目标： ⏎ (1)累计开发优质就业岗位25万个以上: 累计 says a total, not a tense — an item of a list of targets
  // with a floor to reach is a total to reach (a plan's review of the plan before states its totals as they are).
  if (cue?.kind === 'actual' && k.section.mode === 'target' && k.text.slice(cue.start, cue.end) === '累计' && statesFloor(k)) {
    const lineStart = k.text.lastIndexOf('\n', cue.start) + 1;
    if (LIST_ITEM.test(k.text.slice(lineStart, cue.start))) return 'target';
  }
  // 规划目标，“十四五”时期，全省累计开展…培训150万人次以上: a sentence that opens on its plan's goals states them, whatever
  // 累计 or 达到 says alone.
  if (cue?.kind === 'actual' && PLAN_OPENS_SENTENCE.test(k.text.slice(k.sentenceStart, cue.start))) return 'target';
  // 今后五年，全市城镇新增就业累计30万人以上: 累计 after a span ahead in its sentence totals the years to come.
  // (“十四五”期间，累计新增就业5万人，城镇登记失业率控制在4%以内 in the plan for 十四五 itself: the plan's own span.)
  if (cue?.kind === 'actual' && k.text.slice(cue.start, cue.end) === '累计') {
    const span = lastTimeBefore(k.text, k.around.times, k.sentenceStart, cue.start);
    if (span?.span === 'next' && YEARS_AHEAD.test(k.text.slice(span.start, span.end))) return 'target';
    if (isPlansOwnSpan(k, span?.period)) return 'target';
  }
  // 今年再就业目标已实现 明年失业率要控制在4.7%: a time ahead named after a word of what was done, before the figure,
  // sets the figure ahead.
  const ahead = cue?.kind === 'actual' ? lastTimeBefore(k.text, k.around.times, cue.end, k.figureStart) : undefined;
  if (ahead?.span === 'next' && ahead.period !== null && /^\d{4}$/.test(ahead.period)) return 'target';
  // …确保重点群体就业稳定，推进…，实现城镇新增就业138.3万人，同比增长5.1%: a change on the year before right after the
  // figure measures what was done, whatever a plan word in an earlier clause of its sentence urged.
  if (cue?.kind === 'target' && CHANGE_ON_YEAR_BEFORE.test(after) && clauseBreakBetween(k.text, cue.end, k.figureStart)) return 'actual';
  // 2023年，…不断完善就业政策，确保农村劳动力就近就地就业，全市全年实现农村劳动力转移就业97.2万人: in a part that reports,
  // a clause that opens anew on the area states what the area did, whatever a plan word in an earlier clause urged.
  // (Read within a clause's reach of the figure: a page without punctuation has no clauses to end the slice.)
  if (cue?.kind === 'target' && k.section.mode === 'actual' && AREA_OPENS_CLAUSE.test(k.text.slice(Math.max(cue.end, k.figureStart - AREA_CLAUSE_REACH), k.figureStart))) return 'actual';
  if (cue) return cue.kind;
  // 国内生产总值增长5%左右、城镇新增就业1200万人以上、居民消费价格涨幅2%左右: a list that opens on growth of about so
  // much is a year's expected targets (an outcome's growth is stated exactly).
  // (…unless the list stands in a review of a year gone by: 一、2025年工作回顾 ⏎ 全省地区生产总值增长5.8%左右，城镇新增就业
  // 95.3万人 — a report given in January states the year just ended as estimated, about so much.)
  if (!reviewsYearGone(k) && GROWTH_ABOUT.test(k.text.slice(Math.max(k.sentenceStart, k.figureStart - AFTER_REACH), k.figureStart))) return 'target';
  // 城镇新增就业900万人以上，城镇调查失业率6%左右，城镇登记失业率5.5%左右: a rate of about so much is a plan's (an
  // outcome's rate is stated exactly), and so is the list it stands in.
  if (RATE_ABOUT.test(k.text.slice(Math.max(k.sentenceStart, k.figureStart - AFTER_REACH), Math.min(k.sentenceEnd, k.figureEnd + AFTER_REACH)))) return 'target';
  // At the year's work conference, what 今年 is to bring is the year's target: 今年杭州城镇新增就业人数16万人.
  // (…今年，城镇失业人员再就业520万人以上，…都超额完成全年目标任务: what the sentence says was beaten was done.)
  if (k.conference && THIS_YEAR_AHEAD.test(k.text.slice(k.sentenceStart, k.figureStart)) && !TRAILING_ACTUAL_SENTENCE.test(after)) return 'target';

  // 今明两年…，人均每年增长10%左右: a span ahead sets goals for the whole sentence after it.
  if (lastTimeBefore(k.text, k.around.times, 0, k.figureStart)?.span === 'next') return 'target';
  const time = lastTimeBefore(k.text, k.around.times, k.sentenceStart, k.figureStart);
  // (近三年仲裁结案率保持在91%以上，调解成功率在78%以上: the years gone by that open a list date its items after the first.)
  if (!time && recentYearsBefore(k, k.sentenceStart)) return 'actual';
  // “十四五”期间，城镇新增就业60万人以上 in the plan for 十四五 itself: its own span, ahead of it.
  if (isPlansOwnSpan(k, time?.period)) return 'target';
  if (time) {
    // 二、下半年工作打算 ⏎ 下半年计划…新增城镇就业2200人: the half still ahead of a half-year summary, in its plans or after
    // a plan word, is planned, not gone by.
    if (time.span === 'elapsed' && time.period?.endsWith('H2') && (k.section.mode === 'target' || k.around.cues.some((c) => c.kind === 'target' && c.start >= time.end && c.end <= k.figureStart))) return 'target';
    if (time.span === 'elapsed' || time.span === 'past') return 'actual';
    if (time.span === 'next') return 'target';
    if (time.year !== null && k.docYear !== null && time.year < k.docYear) return 'actual';
  }
  // 今年上半年，…新增92万人，…；河南省农村劳动力转移就业规模达到2455万人: a part of the year gone by, named earlier in the
  // full sentence, still dates a clause after ； that names no time of its own.
  const earlier = time ? undefined : lastTimeBefore(k.text, k.around.times, 0, k.figureStart);
  if (earlier?.span === 'elapsed') return 'actual';
  // 会议总结了2025年工作：全年实现城镇新增就业6500人…；城镇登记失业率2.1%, on a page of 2026: so does a year before the
  // page's.
  if (earlier?.year != null && k.docYear !== null && earlier.year < k.docYear) return 'actual';

  const clauseEnd = after.search(CLAUSE_END);
  if (TRAILING_ACTUAL.test(clauseEnd < 0 ? after : after.slice(0, clauseEnd))) return 'actual';
  // 全市城镇新增就业68万人，同比增长2.7%: a change on the year before, in the clause right after, measures what was done.
  if (CHANGE_ON_YEAR_BEFORE.test(after)) return 'actual';
  if (TRAILING_ACTUAL_SENTENCE.test(after)) return 'actual';
  // 城镇新增就业1100万人以上、…这是今年中国政府的一部分工作目标, …5.5%左右——2021年就业目标任务已经明确: a list the
  // sentence then calls the year's targets.
  if (CALLED_TARGETS.test(after)) return 'target';
  // [接上页] (二)新增转移农村劳动力125万人以上，每年新增25万人以上；(三)…: an item of a numbered list stating a floor, with no
  // word or time of its own that reports, sets a goal (the corpus's gold calls a figure 以上 a target four times in five).
  if (k.section.mode !== 'target' && floorInListItem(k)) return 'target';
  if (MEASURED_AGAINST_TARGET.test(after)) return 'actual';
  // (8)新增城镇就业人数20万人。(市人力社保局会同有关部门和各县区组织落实); …控制在3.5%以内。（牵头单位：市人力资源和社会
  // 保障局）; 城镇新增就业1000万人以上。这项工作由人力资源社会保障部负责: an item followed by the body charged with carrying it
  // out is a task handed out.
  if (assignedAfter(k)) return 'target';
  if (k.section.mode) return k.section.mode;
  if (TRAILING_TARGET.test(after)) return 'target';
  return 'actual';
}

/**
 * The body charged with an item, in brackets after its sentence — （牵头单位：…）, (市人力社保局会同…组织落实) — or in the
 * sentence after it (这项工作由人力资源社会保障部负责). (A person in charge, (项目负责人：…), is no body charged.)
 */
const ASSIGNED = /^(?:[(（]\s*(?:(?:牵头|责任|主办|承办|配合)(?:单位|部门|处室|科室)|[^()（）\n。]{2,24}?(?:牵头|会同|负责(?!人)|组织落实|组织实施))|(?:这|此|该)项(?:工作|任务)由[^。，,；;\n]{2,24}?(?:牵头|负责))/;
/** How far after the figure its sentence's end is looked for. */
const ASSIGNED_REACH = 80;

function assignedAfter(k: KindContext): boolean {
  const rest = k.text.slice(k.figureEnd, k.figureEnd + ASSIGNED_REACH);
  const end = rest.search(/[。；;\n]/);
  // (…控制在4.6%以内(主办处室:培训就业处,…,年内完成)。: or in brackets before the sentence ends.)
  const bracket = rest.search(/[(（]/);
  if (bracket >= 0 && (end < 0 || bracket < end) && ASSIGNED.test(rest.slice(bracket, bracket + 40))) return true;
  if (end < 0) return false;
  const at = k.figureEnd + end + 1;
  return ASSIGNED.test(k.text.slice(at, at + 40).trimStart());
}

/** The figure stands in a part that reviews a year before the page's own (一、2025年工作回顾 in a report of 2026). */
function reviewsYearGone(k: KindContext): boolean {
  const year = k.section.period !== null && /^\d{4}$/.test(k.section.period) ? Number(k.section.period) : null;
  return k.section.mode === 'actual' && year !== null && k.docYear !== null && year < k.docYear;
}
