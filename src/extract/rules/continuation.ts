/**
 * A short label that continues the sentence's topic: …开发城乡公益性岗位40.97万个，安置上岗35.15万人;
 * 社保卡新增发行2万张，总发行量已达30万张; 城镇新增就业目标4万人，实际完成4.5万人; 城镇新增就业1.2万人（目标1万人）;
 * 城镇新增就业1105万人，预计全年将超过1200万人; 城镇新增就业每年超过900万人，2006年达1184万人; 确保全年城镇新增就业
 * 人数18万人，力争突破20万人 (the stretch goal).
 * Only phrases listed as continuations of that indicator, or the few that continue any (实际完成), qualify.
 */
import { CASE_COUNT_UNITS, CLAUSE_BREAK, PER_UNIT, unitFor, type Rule } from './candidate';
import { INDICATOR_BY_ID } from '../lexicon/indicators';
import { CHANGE_VERBS, PLAN_CALLED_MET, PROGRESS_KEY } from '../lexicon/cues';
import { MONTHS } from './month-led-rate';

const MAX_GAP = 6;
const CLAUSES_BETWEEN = /[，,；;]/g;
const OWN_SUBJECT = 8;
/** To a month's end: 截至11月底, 到2021年9月末. */
const TO_MONTH_END = '(?:截至|截止|到)(?:(?:19|20)\\d\\d年)?(?:1[0-2]|0?[1-9])月(?:底|末)';
/** The previous figure, a clause break, then only these words: the same measure again (plan, then outcome). */
// (工伤保险参保人数首次突破1亿人，截至11月底，达到10030万人: a month's end, then the level reached by it.)
const ANY_TOPIC = new RegExp(`^[，,；;（(]\\s*(?:实际完成|实际实现|实际|全年实际完成|全年目标|年度目标|目标任务|目标|计划|预计(?:到年底|年底|全年)(?:将|可|能|有望){0,2}(?:超过|突破|达到|达|完成|实现)?|(?:力争|争取)(?:实现|突破|超过|达到)?|(?:今年|明年|全年)(?:要|将)(?=(?:控制在|保持在|稳定在))|(?:19|20)\\d\\d ?年(?:已经?)?(?:达到?|为)|(?:19|20)\\d\\d ?年的?(?:目标任务|预期目标|目标|计划)|${TO_MONTH_END}[，,]?\\s*(?:已经?)?(?:达到|达)|(?:其中[，,]?\\s*)?(?:[一二三四]季度|前[两二三]季度|上半年|下半年|(?:1[0-2]|[1-9])月份?)(?:均值|平均值?)|(?:月|季度|季|全年|年度)?均值|(?:季度|全年|年度)?平均值|(?:季度|全年|年度)平均|连续[\\d一二三四五六七八九十]+年(?:保持在|稳定在|超过|达到))(?:为|是)?(?:控制在|保持在|稳定在)?\\s*$`);

/** The per-month or per-hour tail a standard's first figure leaves before the verb (1320元/月上调为…). */
const PER_UNIT_TAIL = new RegExp(`^${PER_UNIT}`);

/**
 * The level a change comes to, right after the one it starts from (参保人数从2012年的1228万人增加到2020年的1570.6万人,
 * 由2月份5.8%回落至4月份的5.2%, 最低工资标准由现行的1150元调整为1320元): the same measure, at a later date.
 */
const CHANGED_TO = new RegExp(
  // (降至 2020 年的 2.83%: text taken from a PDF sets the year apart by blanks.)
  // (…从2015年初的3.28万人增加到目前的5.4万人: or to now.)
  // (从1320元/月上调为1480元/月: the first figure's per-month tail stands before the verb.)
  // (从2022年均值5.9%下降至2024年均值5.5%: to a later year's average.)
  // (参加基本养老保险人数从2016年末的88777万人增至今年6月的97601万人: 增至, to a month of this year.)
  // (月最低工资标准由一类1620元、二类1520元，依次调整为1700元、1600元: the last of a series of old levels, then the first
  // new one, in order — the ones after it follow as a series, rules/series.ts.)
  `^(?:${PER_UNIT})?\\s*(?:[，,]\\s*)?(?:分别|依次|相应|均)?(?:(?:${CHANGE_VERBS}|回落|回升|走高|走低|降|升|增)(?:到|至)|(?:调整|上调|下调|调高|调低|提高)(?:为|到|至))\\s?(?:(?:19|20)\\d\\d ?年(?:末|底)?|(?:今年|去年|上年)?(?:1[0-2]|0?[1-9]) ?月份?(?:末|底)?|目前|现在|当前)?(?:的|均值|平均值)?\\s?(?:[：:]\\s?)?$`,
);

/** What was done: 完成, or after 已 the measure's own verb, which says as much (已发放, 已开发). */
const DONE_VERB = '(?:(?:已经|已|实际|累计)?完成(?:数|了)?|(?:已经|已|实际|累计)(?:发放|开发|培训|实现|新增|安置|转移|输转|发行|发卡|办理|扶持|落实)了?)';

// (目标3亿元，已发放2.7亿元; 目标800个，已开发860个: after 已, the measure's own verb says as much as 完成.)
// (目标任务：5000人，完成：5230人: a progress line's keys and their values.)
// (目标为6.5万人，截至11月底全市已完成7.1万人: the area may stand before what it did.)
// (年度目标任务1200人，截至9月底完成2093人; 目标5000人，1-9月累计完成5600人; 计划2万人，目前已完成1.5万人: a time of the
// year, or of now, may lead what was done.)
const DONE_AFTER_PLAN = new RegExp(`^[，,；;]\\s*(?:(?:${TO_MONTH_END}|1\\s*[-—至~到]\\s*(?:1[0-2]|[1-9])月份?|上半年|前三季度|第?[一二三四]季度|今年以来|全年|(?:截至|截止|到)?目前(?:为止)?|至今|现)[，,]?\\s*)?(?:全[省市县区州]|我[省市县区州])?${DONE_VERB}(?:为|是|\\s*[：:])?\\s*$`);
const PLAN_WORDS = /目标|计划|任务/;
/** 开发公益性岗位1000个。进展情况：已开发1020个: a task's progress, said after it, continues its measure. */
const PROGRESS_AFTER_TASK = new RegExp(`^[。；;]\\s*${PROGRESS_KEY}\\s*(?:全[省市县区州])?${DONE_VERB}\\s*$`);

/**
 * 全市城镇新增就业5.2万人，其中一季度新增1.1万人; …1.1万人；二季度新增1.5万人: a part of the year and the count's own verb,
 * nothing else — the count's measure, for that part.
 */
const PART_OF_YEAR_DONE = new RegExp(`^[，,；;]\\s*(?:其中\\s*[，,：:]?\\s*)?(?:第?[一二三四]季度|上半年|下半年|${MONTHS})(?:当月)?(?:新增|完成|实现)了?\\s*$`);

/** 确保城镇新增就业4.8万人以上的目标顺利完成，实际新增5.2万人: the plan called met, then what was actually done. */
const PLAN_MET_THEN_ACTUAL = new RegExp(`^(?:以上|以内|左右)?的?(?:年度|全年)?${PLAN_CALLED_MET}了?[，,]\\s*(?:全年)?实际(?:完成|实现|新增)?(?:了)?(?:为|是|达到?)?$`);

/**
 * …城镇新增就业1.1万人；二季度新增1.5万人: a part of the year's count past a semicolon goes on with the count before it; so
 * does a task's progress after it (开发公益性岗位1000个。进展情况：已开发1020个).
 */
function nextSentenceGoesOn({ text, quantities, index, carried }: Parameters<Rule>[0]): ReturnType<Rule> {
  if (index !== 0 || !carried || carried.kind === 'progress' || carried.indicator === 'other') return null;
  const q = quantities[0]!;
  const def = INDICATOR_BY_ID.get(carried.indicator);
  const unit = def ? unitFor(q, def) : null;
  const between = text.slice(carried.quantity.end, q.start);
  if (unit === null || unit === '%' || unit !== carried.unit) return null;
  const part = /^[；;]/.test(between) && PART_OF_YEAR_DONE.test(between);
  // (…the progress said of a task in the sentence after it: what was done of it.)
  const progress = !part && PROGRESS_AFTER_TASK.test(between);
  if (!part && !progress) return null;
  // (Quoted from what was done, past the progress's own key.)
  const from = progress ? between.search(/[：:]/) + 1 : 0;
  const start = carried.quantity.end + from + between.slice(from).search(/[^。；;\s]/);
  return { indicator: carried.indicator, label: carried.label, unit, quantity: q, start, end: q.end, gapStart: q.start, ...(progress && { kind: 'actual' as const }) };
}

/** 今年全市计划新增城镇就业2万人: the plan's word right before the measure, in its clause. */
function plannedBefore(text: string, sentenceStart: number, labelStart: number): boolean {
  return PLAN_BEFORE.test(text.slice(Math.max(sentenceStart, labelStart - PLAN_BEFORE_REACH), labelStart));
}
const PLAN_BEFORE = /(?:计划|目标|任务)(?:是|为)?[^，,；;。\d]{0,2}$/;
const PLAN_BEFORE_REACH = 8;

/** After a floor passed (突破2亿元): the exact level it reached. */
const FLOOR_THEN_LEVEL = /^[，,]\s*(?:达到|达|为)$/;
const FLOOR_BEFORE = /(?:突破|超过|超|逾)$/;

/** A progress table's row: the task, a column gap, then 完成 and what was done (开发公益性岗位540个 完成838个). */
const TABLE_OUTCOME = /^[ \t　]+完成$/;

export const continuation: Rule = (input) => {
  const { text, sentence, quantities, index, matcher, previous } = input;
  const goesOn = nextSentenceGoesOn(input);
  if (goesOn) return goesOn;
  const last = previous[previous.length - 1];
  // …，完成全年目标的123.7%，连续6年保持在1300万人以上: past the share, the measure it qualified goes on.
  const share = last?.kind === 'progress' && last.share ? last : undefined;
  const topic = share ? share.share! : last;
  if (!topic || topic.kind === 'progress' || topic.indicator === 'other') return namedTopic(input);
  const def = INDICATOR_BY_ID.get(topic.indicator);
  if (!def) return null;
  const q = quantities[index]!;
  const unit = unitFor(q, def);
  if (unit === null) return null;
  const prev = quantities[index - 1];
  const from = Math.max(sentence.start, prev ? prev.end : 0);

  const between = text.slice(prev?.end ?? q.start, q.start);
  const again = ANY_TOPIC.exec(between) ?? TABLE_OUTCOME.exec(between);
  if ((prev === topic.quantity || (share && prev === share.quantity)) && again) {
    const labelStart = text.slice(from, q.start).search(/[^，,；;（(\s]/) + from;
    // The word itself says which: 目标/计划 the plan, 实际 the outcome.
    // 预计全年将超过1200万人 forecasts and 力争突破20万人 stretches: goals; 2006年达1184万人 the same measure in another year.
    // (去年…达到1200万人，今年要稳定在1200万人以上: the level to hold this year is a goal too.)
    const kind = /目标|计划|预计|力争|争取|要|将/.test(again[0]) ? 'target' : 'actual';
    return { indicator: topic.indicator, label: topic.label, unit, quantity: q, start: labelStart, end: q.end, gapStart: q.start, kind };
  }

  // 城镇新增就业计划数5000人，完成数5600人; 目标任务5000人，已完成5600人: after a plan, what was done of it.
  if (
    prev === topic.quantity &&
    (PLAN_MET_THEN_ACTUAL.test(between) ||
      (DONE_AFTER_PLAN.test(between) && (topic.kind === 'target' || PLAN_WORDS.test(text.slice(topic.start, topic.quantity.start)) || plannedBefore(text, sentence.start, topic.start))))
  ) {
    // (Quoted from the words of what was done: past the plan's own tail, 的目标顺利完成.)
    const clauseFrom = from + Math.max(0, text.slice(from, q.start).search(/[，,；;][^，,；;]*$/));
    const labelStart = text.slice(clauseFrom, q.start).search(/[^，,；;\s]/) + clauseFrom;
    return { indicator: topic.indicator, label: topic.label, unit, quantity: q, start: labelStart, end: q.end, gapStart: q.start, kind: 'actual' };
  }

  if (prev === topic.quantity && unit !== '%' && PART_OF_YEAR_DONE.test(between)) {
    const labelStart = prev.end + between.search(/[^，,；;\s]/);
    return { indicator: topic.indicator, label: topic.label, unit, quantity: q, start: labelStart, end: q.end, gapStart: q.start };
  }

  if (prev === topic.quantity && CHANGED_TO.test(between)) {
    const tail = PER_UNIT_TAIL.exec(between)?.[0].length ?? 0;
    return { indicator: topic.indicator, label: topic.label, unit, quantity: q, start: prev.end + tail, end: q.end, gapStart: q.start, kind: topic.kind ?? 'actual' };
  }
  // 小额担保贷款突破2亿元，达到20213万元: a floor passed, then the exact level reached — the same measure, stated again.
  if (prev === topic.quantity && FLOOR_BEFORE.test(text.slice(Math.max(0, prev.start - 3), prev.start)) && FLOOR_THEN_LEVEL.test(between) && q.value !== null && prev.value !== null && q.value >= prev.value) {
    const start = prev.end + between.search(/[^，,\s]/);
    return { indicator: topic.indicator, label: topic.label, unit, quantity: q, start, end: q.end, gapStart: q.start, ...(topic.kind && { kind: topic.kind }) };
  }

  const label = matcher.continuationIn(topic.indicator, text, from, q.start);
  if (!label) return null;
  // 新增工伤保险参保人数: words naming another scheme before the short label make it that scheme's, not the topic's.
  // (城镇登记失业率2.1%，居民消费价格指数涨幅控制在2.6%: another measure named right before it, likewise.)
  // (…基本养老保险人数达到9.15亿人、基本医疗险参保人数达到11.77亿人: or a scheme said short, 险 for 保险.)
  if (/保险|(?:医疗|工伤|失业|生育|养老)险|医保|(?:率|指数|涨幅|增幅|增速|收入|总值|总额|价格|产量|比例|比重)$/.test(text.slice(from, label.start))) return null;
  // (…登记失业率稳定在4.3%左右，居民人均可支配收入增长与经济增长基本同步，…环保投入相当于全市生产总值的比例保持在3%左右:
  // clauses of other measures between and a subject of its own, the topic has been left; 12月份降至5.2% has none.)
  const before = text.slice(from, label.start);
  if ((before.match(CLAUSES_BETWEEN) ?? []).length >= 2 && before.length - before.search(/[^，,；;]*$/) > OWN_SUBJECT) return null;
  const gap = text.slice(label.end, q.start);
  if (gap.length > MAX_GAP || CLAUSE_BREAK.test(gap)) return null;
  return { indicator: topic.indicator, label: label.text, unit, quantity: q, start: label.start, end: q.end, gapStart: label.end };
};

/**
 * A label, a few words, then a comma: 提高…基本养老金，|人均每年增长10%左右; 城镇调查失业率稳步回落，|控降至5.5%; or a count
 * in a unit the measure does not take: 发放创业担保贷款1440笔，|发放金额3.9亿元.
 */
const COUNTS = [...CASE_COUNT_UNITS, '次'].join('|');
// (城镇调查失业率逐步回落，持续控制在5.5%以内: an adverb may open the continuing clause.)
// (湖北提高退休人员基本养老金 人均月增长6.7%: or a headline's halves, set apart by a blank.)
// (城镇新增就业自2003年建立统计制度以来，年均达到23.51万人: or the year the count has run since.)
const LABEL_THEN_COMMA = new RegExp(`^(?:[^，,。；;\\d]{0,8}|自(?:19|20)\\d\\d年[^，,。；;\\d]{0,10}以来)(?:\\d[\\d.]*万?(?:${COUNTS}|元))?(?:[，,]\\s*|[ \\u3000]+)(?:持续|继续|始终|一直|总体|均|仍|仍然|基本|进一步)?$`);
const COUNT_UNIT = new RegExp(`^(?:${COUNTS})$`);
const PER_HEAD = /人均|人平|每人|月均/;
const PER_HEAD_REACH = 20;

/**
 * The topic named without a figure at the end of the clause before: 继续提高企业退休人员基本养老金，人均每年增长10%左右.
 * Only an indicator's own continuation words qualify.
 */
function namedTopic({ text, sentence, quantities, index, matcher }: Parameters<Rule>[0]): ReturnType<Rule> {
  const q = quantities[index]!;
  // Most figures have no continuation word right before them: one cheap test before reading labels.
  if (!matcher.continuationNear(text, Math.max(sentence.start, q.start - MAX_GAP - 8), q.start)) return null;
  const prev = quantities[index - 1];
  // A count in a unit the measure does not take (1440笔) may stand between the label and its continuation.
  // (月人均增加养老金123.44元，增幅为7.26%: so may the amount a head, before its share — not a sum paid out, whose
  // growth is no rise of the measure: 发放基本养老金6200万元，年均增长13.3%.)
  const perHead = prev?.unit === '元' && PER_HEAD.test(text.slice(Math.max(sentence.start, prev.start - PER_HEAD_REACH), prev.start));
  const barrier = prev && (COUNT_UNIT.test(prev.unit) || perHead) ? quantities[index - 2] : prev;
  const from = Math.max(sentence.start, barrier ? barrier.end : 0, q.start - 40);
  const labels = matcher.labelsIn(text, from, q.start);
  for (let i = labels.length - 1; i >= 0; i--) {
    const named = labels[i]!;
    const word = matcher.continuationIn(named.def.id, text, named.end, q.start);
    if (!word || !LABEL_THEN_COMMA.test(text.slice(named.end, word.start))) continue;
    const gap = text.slice(word.end, q.start);
    if (gap.length > MAX_GAP || CLAUSE_BREAK.test(gap)) return null;
    const unit = unitFor(q, named.def);
    if (unit === null) return null;
    return { indicator: named.def.id, label: named.text, unit, quantity: q, start: named.start, end: q.end, gapStart: word.end };
  }
  return null;
}
