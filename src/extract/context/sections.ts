/**
 * The running "tense" of a document: review sections report what happened, plan sections set targets. Headings
 * (一、2021年工作回顾 / 二、2022年工作任务) and paragraph leads (这五年，… / 今年经济社会发展主要预期目标是：) switch it;
 * it holds until the next switch. Figures with no cue of their own take their kind and period from it.
 */
import { CAPTION } from '../text/caption';
import type { Kind } from '../types';
import { ACTUALLY_DONE, PLAN_SECTION_CUES, REVIEW_SECTION_CUES } from '../lexicon/cues';
import { literalRegex } from '../text/alternation';
import { lastMatchStart } from '../text/last-match';
import type { Line } from '../text/sentences';
import { findTimes, isMonthPeriod, RETIRED_BY, type TimeOptions } from './time';
import { firstOwnLine } from '../text/headline';

export interface SectionState {
  mode: Exclude<Kind, 'progress'> | null;
  period: string | null;
}

const REVIEW_RE = literalRegex(REVIEW_SECTION_CUES, 'g');
const PLAN_RE = literalRegex(PLAN_SECTION_CUES, 'g');
const LEAD_MAX = 24;
const ANNOUNCES = /如下[：:。]?$/;
// (这是2011年要完成的民生指标： — what was to be done, announced, is a list of targets whatever year it names.)
const TO_BE_DONE = '(?:要|将)(?:完成|实现|达到)的[^，,。；;：:]{0,10}(?:指标|目标|任务)[：:]';
const PLAN_LEAD = new RegExp(`(?:目标|计划|任务)(?:为|是)[：:]?$|(?:目标|计划)[：:]$|${TO_BE_DONE}$`);
const PLAN_INTRODUCED = new RegExp(`(?:目标|计划|任务)(?:为|是)?[：:]|目标(?:为|是)|${TO_BE_DONE}`);
const PRINT_LINE_MAX = 80;
// (自2021年12月1日起,海南最低工资标准调整: a date something starts from is the text's, no print line.)
// (2021年 5月 21日 under a bulletin's issuing bureau: a date set with blanks, as a Word file's is.)
const PRINT_LINE = /^[^。；！？]{0,40}(?<![自从])(?:(?:19|20)\d\d(?: ?年 ?\d{1,2} ?月 ?\d{1,2} ?日(?!起)|[-/.]\d{1,2}[-/.]\d{1,2})[^。；！？]{0,30}$|(?:来源|发布时间|发布日期|作者)\s*[:：])|\d+版\)?$|摄\s*$/;
// (周建峰在报告中提出了2021年…指标体系安排,具体为:…: who presented the year's targets is no lead either; what they presented is.)
const REPORTED =
  /^[“"]?(?:(?:近日|日前|今天|昨天|今年以来|\d{1,2}月\d{1,2}日|\d{1,2}日)[，,]?)?(?:据(?:介绍|了解|悉|统计)|[^，,。]{0,16}(?:获悉|了解到)|[^，,。]{0,24}(?:表示|介绍|指出|透露|要求|强调|提出|明确))[，,：:]|^[^，,。]{0,16}(?:提出了|明确了)(?=[^，,。]{0,30}?(?:目标|指标|安排|任务))/;
const REPORTED_LEAD_MAX = 40;
/** A transcript's speaker by role (主持人：, 答：, 厅长：, 市人社局负责人：) — not a label that announces (主要目标：). */
const SPEAKER = /^(?:主持人|记者|问|答|[^，,。：:\d\s]{0,8}?(?:厅长|局长|部长|主任|市长|省长|县长|区长|书记|发言人|负责人|处长|司长|代表|委员))\s*[：:]\s*/;
/**
 * 人力资源社会保障部副部长李忠先生 … ⏎ 李忠：各位记者朋友…: a transcript names its speakers after their posts, then heads each
 * answer with the name alone. A name is a speaker's only when the page gives it a post: a bare name and a label such as
 * 任务： look alike.
 */
const INTRODUCED_NAME = /(?:部长|厅长|局长|主任|发言人|司长|处长|负责人|市长|省长|县长|区长|书记|院长|主持人)([\u4e00-\u9fff]{2,3}?)(?=先生|女士|同志|介绍|表示|说|[，,、。（(：:\s])/g;
/** 谢谢你的提问。今年，我们将…: an answer's thanks for the question is no part of what it says. */
const COURTESY = /^(?:(?:非常)?(?:感谢|谢谢)(?:您|你)?(?:的)?(?:提问|关心|关注)?|这个问题(?:问得)?很好)[，,。！!]\s*/;
/** 根据规划，到2025年…: what the text goes by is no lead; what it says by it is. */
// (从全国看，去年全国城镇新增就业1269万人…: nor is the view it takes.)
const ACCORDING_TO = /^(?:(?:根据|按照|依据)[^，,。；]{1,12}|从[^，,。；\d]{1,8}?(?:来)?看|(?:总体|整体|总的)(?:来)?看)[，,]/;
// (到2011年12月底 counts up to a date: only a year standing alone before its comma is a horizon.)
const HORIZON_LEAD = new RegExp(`^(?:${ACCORDING_TO.source.slice(1)})?到((?:19|20)\\d\\d)年[，,]`);

/** 到2025年，全省要实现…: a lead opening on a year ahead, or on one of no known page year, sets out where things should be by then. */
function opensOnHorizon(probe: string, docYear: number | null): boolean {
  const m = HORIZON_LEAD.exec(probe);
  return m !== null && (docYear === null || Number(m[1]) >= docYear);
}
/** Verbs of intent (将, 要, 力争, 确保, 拟). */
const INTENT_VERB = '(?<![即必])将(?!近)|(?<![主重需必纲摘])要(?![求点素])|力争|确保|拟';
/** Words of intent: with this year named, a lead announces plans (今年本市将完善就业政策). */
const INTENT = new RegExp(`${INTENT_VERB}|计划|预计`);
/** Words of intent, not of estimate (预计 estimates what a year still running brings). */
const PLANS = new RegExp(`${INTENT_VERB}|计划`);
/** 今年将, 今年全州要: a verb of intent right after the year (自今年3月…计划实施以来 reports: 计划 there is a noun). */
const THIS_YEAR_INTENT = new RegExp(`(?:今年|本年度)[^，,。；;\\d]{0,6}?(?:${INTENT_VERB})`);
/** Announcing the year's targets, not measuring against them (完成年度目标任务的90%) nor heading how they went (主要目标任务完成情况). */
const ANNUAL_TARGETS = /(?<!完成|完成了|超额完成|占|达到)(?:主要预期目标|年度目标|全年目标|主要目标)(?![^。；;\n]{0,4}?(?:完成|落实|进展)情况)/;
/** A plan, then what was actually done of it, in one sentence (目标任务5000人，实际完成5620人; 控制目标3.5%以内，实际为2.3%). */
const PLAN_THEN_ACTUAL = new RegExp(`(?:目标|任务|计划)[^。；;\\n]{0,16}?[，,；;]\\s*${ACTUALLY_DONE}`);
const SECOND_PART = /^二[、.．]/;
const THIS_YEAR_ALONE = /^今年[，,]$/;
// (今年，省委、省政府提出要“新增城镇就业110万人”。如今，这个目标接近完成: a plan told as set earlier in the year is no lead of
// plans.)
const THIS_YEAR_PLANS = /(?:预期|主要|奋斗)目标|目标(?:是|为|定在)/;
const MEASURES_PART = /^二[、.．]\s*(?:工作措施|主要措施|具体措施|保障措施|工作举措|主要举措|推进措施)[。：:]?$/;
// (A numbered heading, or one naming its year: 目标 alone on a line is a table's column head.)
// (一、2011年本区人力资源社会保障工作考核指标: the indicators a year's work will be checked against are its targets.)
const GOAL_HEADING = /^(?:(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])\s*(?:(?:19|20)\d\d年度?)?|(?:19|20)\d\d年度?)(?:[^，,。；;]{0,10}目标|[^，,。；;\d]{0,16}(?:考核|任务)指标)[：:。]?$/;
const GOAL_MET = /完成|实现|超过|超额|达到|达成/;

/**
 * A heading or lead that ends in a result — （六）…，人民生活品质稳步提高; 2025年主要目标任务如期完成; 就业促进更有力 — reports
 * what happened, whatever plan words its subject holds; a plan's headings end in what is to be done (扎实推进共同富裕).
 */
const RESULT_PREDICATE =
  /(?<!的)(?:(?:稳步|持续|不断|明显|显著|大幅|全面|进一步|如期|顺利|圆满|超额|基本|有效|逐步|较快)(?:提高|提升|增强|改善|增进|完成|加强|巩固|扩大|优化|向好|落实|见效|增长|下降|实现|健全|完善)|更(?:有力|健全|普惠|完善|充分|扎实|加)[^，。；]{0,4}|取得[^，。；]{0,8}(?:成效|成绩|进展|突破|成果)|(?:扎实|有序|稳步|深入|有力|顺利){1,2}(?:推进|开展|实施)|成效(?:明显|显著)|(?:迈出|实现)[^，。；]{0,6}(?:步伐|提升|突破))[。！；]?$/;
const FOLLOWING = /按照|根据|围绕|落实|贯彻|依照|聚焦|紧扣|紧盯|瞄准|对标|对照/;
/** The longest result predicate RESULT_PREDICATE matches, with its closing punctuation. */
const RESULT_TAIL = 20;
// (对照市人大会议确定的经济社会发展主要目标，…: the targets a review measures against.)
const PLAN_FOLLOWED = /(?:按照|根据|围绕|落实|贯彻|依照|聚焦|紧扣|紧盯|瞄准|对标|对照)[^，。；]{0,30}?(?:总体部署|部署|要求|安排|工作任务|目标任务|主要目标|预期目标|发展目标)/g;
/** A clause that starts by urging (推动财税体制改革取得新进展) sets a goal even when it ends in a result. */
const PLAN_VERB_FIRST = /^(?:推动|促进|确保|力争|努力|加快|着力|推进|争取|力求|要|将|坚持|全力|奋力|聚力|聚焦|深入|大力|扎实)/;
/** 目标完成情况, 任务完成情况: an account of how a plan was met. */
const PLAN_ACCOUNTED = '(?:目标|任务|计划)完成情况';
/**
 * A plan word that is the object of a verb of surpassing (就业超过预期目标, 超额完成年度目标任务) reviews, it does not plan;
 * so does a share of it (完成全年目标任务62.6%), and an account of how it was met (绩效目标完成情况如下:); a bare 实现/完成
 * does not (为实现上述目标，要…).
 */
const PLAN_WORD_REACHED = new RegExp(
  `(?:超过|超额完成|全面完成|圆满完成|如期完成|提前完成)[^，。；]{0,8}(?:预期目标|目标任务|目标|任务|计划)|完成[^，。；\\d]{0,10}?(?:目标任务|目标|任务|计划)的?[\\d０-９]|(?:预期目标|目标任务|任务指标)(?:[^，。；要将确]{0,6}?)(?:完成|实现)(?!.{0,2}(?:的|目标))|${PLAN_ACCOUNTED}`,
  'g',
);

const COMPLETE_THE_TARGETS =
  /^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])\s*(?:全面|确保|力争|努力|圆满)完成(?!了)[^，。；！\d]{0,12}(?:目标任务|目标|任务)[。；！]?\s*$/;

/**
 * 一、发展基础和面临形势, （一）发展基础。“十二五”期间…, 一、发展环境: a plan's numbered first part, on what the plan before
 * it achieved; 一、基本情况 in a plan or a report, on how things stand. (Only as a numbered heading: 不断优化发展环境 is a
 * task.)
 */
const PLAN_BASIS_HEADING = /^\s*(?:[一二三四五六七八九十]{1,2}[、.．]|[(（][一二三四五六七八九十]{1,2}[)）])\s*(?:发展基础|发展环境|发展现状|现实基础|基本情况|工作现状)/;

/** Chinese headings are head-final (就业目标任务完成情况 reports on targets), so the last cue decides. */
function cueMode(probe: string): SectionState['mode'] {
  if (PLAN_BASIS_HEADING.test(probe)) return 'actual';
  // A lead that introduces a plan (2021年促进就业计划目标为：…) sets out targets, whatever year it names.
  if (PLAN_LEAD.test(probe.trim())) return 'target';
  // 二、2023年目标, 发展目标: a short heading that names goals and nothing done to them.
  if (GOAL_HEADING.test(probe.trim()) && !GOAL_MET.test(probe)) return 'target';
  // （一）全面完成就业再就业目标任务。 a heading that opens on completing the targets bids them done: a task.
  if (COMPLETE_THE_TARGETS.test(probe)) return 'target';
  if (statesResult(probe)) return 'actual';
  let s = probe;
  // 按照…的总体部署, 根据…工作安排: the plan followed, not a plan set out here.
  if (FOLLOWING.test(s)) s = s.replace(PLAN_FOLLOWED, (m) => '\u3000'.repeat(m.length));
  const reached = lastMatchStart(PLAN_WORD_REACHED, s);
  const review = Math.max(lastMatchStart(REVIEW_RE, s), reached);
  const plan = lastMatchStart(PLAN_RE, s.replace(PLAN_WORD_REACHED, (m) => '\u3000'.repeat(m.length)));
  if (review < 0 && plan < 0) return null;
  return review > plan ? 'actual' : 'target';
}

/** A heading or lead whose last clause states a result (就业规模持续扩大) without urging it (推动…取得新进展). */
function statesResult(probe: string): boolean {
  const last = lastClause(probe);
  // The predicate is at the clause's end: testing its tail spares trying the pattern at every position.
  return RESULT_PREDICATE.test(last.slice(-RESULT_TAIL)) && !PLAN_VERB_FIRST.test(last);
}

/** Clauses of `s` ending on a result stated (…稳步提升。, …有序推进；), each tested by its tail. */
function resultClauses(s: string): number {
  let n = 0;
  for (const m of s.matchAll(CLAUSE_END)) if (RESULT_REPORTED.test(s.slice(Math.max(0, m.index - RESULT_TAIL), m.index + 1)) && !PLAN_VERB_FIRST.test(clauseBefore(s, m.index))) n++;
  return n;
}
const CLAUSE_END = /[。；！，,]/g;
/**
 * A clause's end that reports a result in any part of a text (社会保障日趋完善, 参保比例稳步提升, 发放有序推进) — not the ones a
 * plan aims at too (住房条件不断改善, 持续提升, 进一步优化).
 */
const RESULT_REPORTED =
  /(?<!的)(?:(?:稳步|明显|显著|大幅|如期|顺利|圆满|超额)(?:提高|提升|增强|改善|增进|完成|加强|巩固|扩大|优化|向好|落实|见效|增长|下降|实现|健全|完善)|日趋(?:完善|健全|规范)|取得[^，。；,]{0,8}(?:成效|成绩|进展|突破|成果)|(?:扎实|有序|稳步|深入|有力|顺利){1,2}(?:推进|开展|实施)|成效(?:明显|显著))[。！；，,]$/;
const clauseBefore = (s: string, end: number): string =>
  s.slice(Math.max(s.lastIndexOf('，', end - 1), s.lastIndexOf(',', end - 1), s.lastIndexOf('。', end - 1), s.lastIndexOf('；', end - 1)) + 1, end + 1);

/** …and introduces no plan (2021年促进就业计划目标为：…). */
const resultLead = (probe: string): boolean => !PLAN_LEAD.test(probe.trim()) && statesResult(probe);

/** The last clause of a heading or lead (after its last comma or full stop, the closing punctuation kept). */
function lastClause(s: string): string {
  const t = s.trim().replace(/[，,：:]$/, '');
  const cut = Math.max(t.lastIndexOf('，', t.length - 2), t.lastIndexOf('。', t.length - 2), t.lastIndexOf('！', t.length - 2));
  return t.slice(cut + 1);
}

/** The part of a paragraph that can act as a lead-in: up to the first comma or colon, at most LEAD_MAX chars. */
function leadOf(line: string): string {
  // 据介绍，今年本市将…: who is speaking is no lead; what they say is.
  const said = REPORTED.exec(line);
  const by = said ? null : ACCORDING_TO.exec(line);
  if (by) return by[0] + leadOf(line.slice(by[0].length));
  const rest = said ? line.slice(said[0].length) : line;
  const cut = rest.search(said ? /[。；;]/ : /[，,：:。]/);
  const max = said ? REPORTED_LEAD_MAX : LEAD_MAX;
  return (said?.[0] ?? '') + rest.slice(0, cut < 0 ? Math.min(rest.length, max) : Math.min(cut + 1, max + 1));
}

/**
 * 一年的用心用力，民生福祉更加普惠。新增城镇就业…: a paragraph whose short first sentence states a result, past a lead
 * clause that says nothing, reports (a work report's review paragraph, cut from its heading).
 */
function resultSentenceLead(raw: string, probe: string): SectionState['mode'] {
  const end = raw.search(/[。！；]/);
  if (end < 0 || end + 1 > RESULT_SENTENCE_MAX || end + 1 <= probe.length) return null;
  return statesResult(raw.slice(0, end + 1)) ? 'actual' : null;
}
const RESULT_SENTENCE_MAX = 32;

/** A line that reports how the item above it went (办理情况：…, 完成情况：…). */
const REPORTED_ON = /^\s*(?:办理|完成|进展|落实|推进|实施|执行)(?:情况|进度)\s*[：:]/;

/** The text of the first line after lines[at] that holds any (blank lines between paragraphs skipped). */
function nextLineText(text: string, lines: readonly Line[], at: number): string {
  for (let i = at + 1; i < lines.length; i++) {
    const t = text.slice(lines[i]!.start, lines[i]!.end);
    if (t.trim() !== '') return t;
  }
  return '';
}

/** The names a page gives posts to: its speakers, if it is a transcript. */
function speakerNames(text: string): Set<string> {
  const names = new Set<string>();
  if (!/[：:]/.test(text)) return names;
  for (const m of text.matchAll(INTRODUCED_NAME)) names.add(m[1]!);
  return names;
}

/** A line without the speaker who opens it: a post (厅长：) or a name the page gave a post (李忠：). */
function withoutSpeaker(line: string, speakers: ReadonlySet<string>): string {
  const named = /^([\u4e00-\u9fff]{2,3})\s*[：:]\s*/.exec(line);
  return named && speakers.has(named[1]!) ? line.slice(named[0].length) : line.replace(SPEAKER, '');
}

const BARE_YEAR_HEADING = /^((?:19|20)\d\d)(?=\s?[\u4e00-\u9fff])(?!年)/;

/** A statistical bulletin's item led by its topic: 社会治安：…, 城镇就业：…. */
const TOPIC_ITEM = /^[\u4e00-\u9fa5]{2,8}[:：][^\n]{0,30}\d/;

/**
 * One state per line, in order: the state that applies to the line's figures. Lines before the first switch take
 * the tense of the text before it (`opening`, given that text), not of the whole page: an excerpt that starts in a
 * review and runs into the plan is a review until the plan's heading.
 */
export function sectionStates(
  text: string,
  lines: readonly Line[],
  docYear: number | null,
  opening: (before: string, hint: OpeningHint) => SectionState['mode'],
  /** How the page looks back (a plan or a term closing in its year), for the spans its leads name. */
  review: TimeOptions = {},
): SectionState[] {
  let state: SectionState = { mode: null, period: null };
  /** The section's period was set by a time that runs on to now (去年以来). */
  let periodSince = false;
  const out: SectionState[] = [];
  let switched = false;
  /** The last line that was no list item announced targets (…提出6大发展目标：), so the items under it set them. */
  let announcedTargets = false;
  /** The line that announced them: the paragraph right after it (…预计…。其中： ⏎ …结案率达到90%) states them too. */
  let announcedAt = -1;
  /** The last heading set targets (目标任务, 主要目标). */
  let underTargetHeading = false;
  /** The lines before the first that set a mode take `mode`. */
  const settleUnsettled = (mode: SectionState['mode']) => {
    for (let i = 0; i < out.length; i++) if (out[i]!.mode === null) out[i] = { ...out[i]!, mode };
  };
  const settleOpening = (upTo: number, by?: { heading: string; mode: SectionState['mode'] }) => {
    switched = true;
    if (out.length === 0) return;
    // Reports review first: text that runs into a second part (二、…目标/部署/工作) of plans is the first part, a review.
    settleUnsettled(opening(text.slice(0, upTo), { beforeSecondPart: !!by && by.mode === 'target' && SECOND_PART.test(by.heading) }));
  };
  const speakers = speakerNames(text);
  for (const [li, line] of lines.entries()) {
    // 厅长：2023年，我们…: the speaker's name in a transcript is no part of what the line says, nor the thanks for the
    // question the answer opens on.
    const whole = text.slice(line.start, line.end).trim();
    const raw = line.heading ? whole : withoutSpeaker(whole, speakers).replace(COURTESY, '');
    // 《工人日报》(2014年02月25日 01版), 2021-02-02 11:27 来源：…: when and where it was printed, no part of the text; nor
    // is a caption (图1 2018-2022年地区生产总值及其增长速度).
    if (raw.length <= PRINT_LINE_MAX && (PRINT_LINE.test(raw) || CAPTION.test(raw))) {
      out.push(state);
      continue;
    }
    // 现将2021年1~10月…完成情况通报如下：a line that announces what follows is read whole.
    // 2021年…计划目标为：…。实际完成情况如下：a paragraph that states a plan, then announces what follows: its lead
    // decides the paragraph, its announcing sentence the lines after it.
    const announces = !line.heading && ANNOUNCES.test(raw);
    const announcement = announces ? raw.slice(raw.search(/[^。；！？]*$/)) : '';
    // 2021任务清单, 2020 中国答卷: a heading may write its year bare.
    const probe = line.heading ? raw.replace(BARE_YEAR_HEADING, '$1年') : announces && announcement.length === raw.length ? raw : leadOf(raw);
    // (四)目标任务。 ⏎ 就业规模持续扩大，就业结构进一步优化。到2015年，…: under a heading of targets, a lead stating a result
    // is the state the targets aim at, not one reached.
    // 一、上半年工作完成情况 … ⏎ （二）重点工作。一是开展春风行动…: a sub-heading naming the work in general, under a part
    // that reports, lists what was done — it keeps its part's tense.
    const generalWork = state.mode === 'actual' && GENERAL_WORK_SUBHEADING.test(raw);
    const mode: SectionState['mode'] = generalWork
      ? null
      : (!line.heading && underTargetHeading && resultLead(probe)) || opensOnHorizon(probe, docYear) ? 'target' : (cueMode(probe) ?? (line.heading || underTargetHeading ? null : resultSentenceLead(raw, probe)));
    // 全年 in a lead dates its own sentence only…
    // (…nor a run of years that dates its own clause: 从近5年数据看，… is no review section.)
    // (…nor a year that names a census: 2023年全国第五次经济普查结果：… is a reference point, not the section's year.)
    // (…(以2010年不变价格计算)与…: a lead cut after a year still reads the words that follow it, which may make it a price
    // base, a comparison or a census, no period.)
    const read = raw.startsWith(probe) ? raw.slice(0, probe.length + LEAD_READ_ON) : probe;
    // (…nor the year a history starts from: 这是宁夏自1995年首次发布…后，第十一次调整最低工资标准.)
    const times = findTimes(read, docYear, review).filter(
      (t) =>
        t.end <= probe.length && !t.wholeYear && !(t.clauseOnly && t.span === 'past' && t.years === undefined) && !CENSUS_AFTER.test(read.slice(t.end, t.end + 16)) && !historyFrom(raw, t) &&
        !RETIRED_BEFORE.test(read.slice(t.end)) &&
        // (中国16至24岁失业率曾在2023年4月到6月连续突破20%: a time the paragraph recalls as once so is no time it reports on.)
        !ONCE.test(read.slice(Math.max(0, t.start - 3), t.start)) &&
        // (三次产业结构比例由上年的4.6:51.6:43.8调整为…: last year, as the level a change starts from or is compared with, is no
        // time the paragraph reports on.)
        !(COMPARED_FROM.test(read.slice(Math.max(0, t.start - 2), t.start)) && RELATIVE_YEAR.test(read.slice(t.start, t.end))),
    );
    // 今年是“十五五”开局之年: the single year is the more specific period.
    // 今年上半年: the part of the year is the more specific period.
    const time = times.find((t) => t.span === 'elapsed') ?? times.find((t) => t.span === 'point') ?? times[times.length - 1];
    let timeMode: SectionState['mode'] = null;
    if (time) {
      if (time.span === 'past' || time.span === 'elapsed') timeMode = 'actual';
      else if (time.span === 'next') timeMode = 'target';
      else if (time.year !== null && docYear !== null) {
        // A heading naming the page's own year (2023年度…统计公报, 2022年工作任务) says nothing by its year alone.
        if (time.year < docYear) timeMode = 'actual';
        else if (time.year > docYear && line.heading) timeMode = 'target';
        else if (time.year === docYear && !line.heading && INTENT.test(probe.slice(time.end))) timeMode = 'target';
        // 今年，上海将GDP增长的预期目标定在了6%以上。城镇调查失业率在5%以内: a lead of the page's year alone, whose first
        // sentence sets the year's targets, opens them.
        else if (!line.heading && THIS_YEAR_ALONE.test(probe) && THIS_YEAR_PLANS.test(raw.slice(0, raw.search(/[。！？]|$/)))) timeMode = 'target';
        // 据统计，2016年全省城镇新增就业66.8万人…。 ⏎ 2017年在原有的政策基础上，稳妥做好…，并开发5万个…岗位: after a review
        // of the year before the page's, a paragraph that opens on the page's own year turns to that year's work ahead.
        // (去年以来，我县…不断提升。 ⏎ 2018年，全县…: a review since last year runs on into the page's year, which it goes on
        // to tell.)
        else if (time.year === docYear && !line.heading && time.start === 0 && state.mode === 'actual' && state.period === String(docYear - 1)) {
          // (…unless its first sentence plans: 2018年，将确保….)
          timeMode = periodSince && !PLANS.test(raw.slice(0, raw.search(/[。！？]|$/))) ? 'actual' : 'target';
        }
      }
    } else if (docYear === null) {
      // 报告明确，今年将继续…办好“十件民生实事”: on a page that names no year, 今年 with intent announces plans as well.
      if (THIS_YEAR_INTENT.test(probe)) timeMode = 'target';
    }
    // ——城镇新增就业1796人以上… ⏎ 二、工作措施: a plan's second part laying out the measures follows its first, the targets
    // they serve, however that part's items read.
    if (!switched && line.heading && MEASURES_PART.test(raw) && out.length > 0) {
      switched = true;
      settleUnsettled('target');
    }
    // A paragraph that opens on a past year reports, whatever arrangements it says it followed (按照…总体部署).
    // …unless it introduces that year's plan (2021年社会保险计划目标为：…).
    let next: SectionState['mode'] = timeMode === 'actual' && !line.heading && !(mode === 'target' && PLAN_INTRODUCED.test(probe)) ? timeMode : (mode ?? timeMode);
    // 一、2025年工作完成情况 ⏎ 1.城镇新增就业：全年目标任务1.8万人，实际完成2.05万人: in a part that reports, a line stating a
    // plan and what was actually done of it reports too.
    const reportsPlan = state.mode === 'actual' && !time && PLAN_THEN_ACTUAL.test(raw);
    if (next === 'target' && reportsPlan) next = 'actual';
    // 通知提出6大发展目标： ⏎ 1.就业规模持续扩大，就业结构更加合理。: an item of a list of targets states a goal however
    // its words read, unless a time gone by dates it.
    const item = ENUMERATED.test(raw);
    if (announcedTargets && (item || li === announcedAt + 1) && next === 'actual' && timeMode !== 'actual') next = 'target';
    if (next !== null && !switched) settleOpening(line.start, line.heading ? { heading: raw, mode: next } : undefined);
    if (next !== null && TOPIC_ITEM.test(raw) && time && time.span === 'point') {
      // 社会治安：去年共破获…: a bulletin's topic item dates itself; the next topic goes back to the section's year.
      out.push({ mode: next, period: time.period });
      continue;
    }
    if (next !== null) {
      // A year's targets (主要预期目标是：) follow a plan's horizon in a report without naming their year.
      const annual = !time && !reportsPlan && ANNUAL_TARGETS.test(probe);
      // 过去五年，…。 ⏎ 过去一年，城镇新增就业1266万人: a paragraph that opens on the one year just gone leaves the span
      // the paragraph before reviewed.
      const oneYear = ONE_YEAR_REVIEW.test(probe) && state.period !== null && YEAR_SPAN.test(state.period);
      state = { mode: next, period: time ? time.period : next === state.mode && !annual && !oneYear ? state.period : null };
      if (time) periodSince = /^(?:以来|来)/.test(read.slice(time.end, time.end + 2));
      // 2023年2月，市人代会票决出“十大民生实事”。一年来，…: the month an event opened is no period of what the year since
      // brought about; the year is.
      if (time && time.period !== null && isMonthPeriod(time.period) && YEAR_SINCE.test(raw.slice(probe.length))) state = { ...state, period: time.period.slice(0, 4) };
    } else if (time && (line.heading || (time.start === 0 && time.span === 'point' && time.year !== null && /^[，,]/.test(raw.slice(time.end))))) {
      // (2021年,州人民政府…提出办好10件惠民实事。通过一年的努力,…全面完成: a paragraph whose lead is a year alone, its
      // tense left to its sentences, is about that year.)
      state = { mode: state.mode, period: time.period };
    }
    // 全省城镇新增就业65万人。 ⏎ 办理情况：2011年，全省城镇新增就业70.7万人…: a promise, then how it was kept.
    const promise = REPORTED_ON.test(nextLineText(text, lines, li));
    out.push(promise ? { ...state, mode: 'target' } : state);
    if (line.heading) underTargetHeading = next === 'target';
    if (announces && announcement.length < raw.length) {
      const announced = findTimes(announcement, docYear).filter((t) => !t.wholeYear);
      const at = announced.find((t) => t.span === 'elapsed') ?? announced[0];
      state = { mode: cueMode(announcement) ?? state.mode, period: at ? at.period : state.period };
    }
    // 今年，重点为民办好7个方面20件实事。 ⏎ 就业和社会保障方面：(1)实现新就业4万人以上…: a paragraph closing on the year's
    // 实事 still to be done announces them; the lines after it state them.
    if (!line.heading && !item && PROMISES_CLOSING.test(raw)) state = { ...state, mode: 'target' };
    // (…实际完成情况如下： announces results, whatever plan the line began with.)
    if (!item) {
      announcedTargets = state.mode === 'target' && /[：:]\s*$/.test(raw);
      if (announcedTargets) announcedAt = li;
    }
  }
  if (!switched) settleOpening(text.length);
  return out;
}

/** （二）重点工作。, (3)主要工作: a numbered sub-heading that names the work and nothing of its time or tense. */
const GENERAL_WORK_SUBHEADING = /^[(（][一二三四五六七八九十\d]{1,3}[)）]\s*(?:重点工作|主要工作|重点任务|工作开展情况)(?:[。.：:]|$)/;
/** A paragraph's last sentence promising this year's 实事 (今年…为民办好…件实事。), not telling them done (办好了). */
// (年菏泽将着力办好十个方面民生实事。: 将 says as much, where a page dropped the year's digits.)
const PROMISES_CLOSING = /(?:今年|明年|将|要)[^。；！？]{0,16}?办好[^。；！？了]{0,16}(?:实事|民生工程)[。：:]?$/;
const YEAR_SINCE = /一年(?:来|以来)/;
const ONE_YEAR_REVIEW = /一年(?:来|以来)|过去的?一年/;
const YEAR_SPAN = /^\d{4}-\d{4}$/;

/*
 * Measured on the corpus's government work reports (per 1,000 characters, review vs plan sections): 了 1–5 vs 0.2–0.3;
 * 增长/下降/达到/完成/实现/累计 5–7 vs 2–4; 加快/推进/推动/实施/深化/加强/着力 5–11 vs 13–21 (reviews use them too, so
 * they count half); 将/确保/力争/目标/计划 0.7–1.5 vs 1.5–3.3.
 */
/** 自1995年首次发布…后, 从2003年开始实施以后: a year a history runs from, in its own clause. */
const HISTORY_FROM_BEFORE = /[自从]$/;
// (我省自2002年开展创业担保贷款工作以来，形成了…: a history told since a year, likewise.)
const HISTORY_FROM_AFTER = /^[^，,。；;！？]{0,40}?(?:后|以后|之后|以来)[，,]/;
function historyFrom(line: string, t: { start: number; end: number }): boolean {
  return HISTORY_FROM_BEFORE.test(line.slice(0, t.start)) && HISTORY_FROM_AFTER.test(line.slice(t.end));
}
/**
 * 调整范围：2024年12月31日前已按规定办理退休手续…: the date those retired by are eligible, no time the line reports on
 * (the pension rise it qualifies is the next year's).
 */
const RETIRED_BEFORE = new RegExp(`^${RETIRED_BY}`);
const COMPARED_FROM = /(?:由|比|较|与|同)$/;
const ONCE = /曾(?:经)?(?:在|于)?$/;
// (城镇登记失业率由2015年的3.14%降至2020年的2.83%: a named year the lead runs from still dates it.)
const RELATIVE_YEAR = /^(?:上年|去年|前年|上一年)/;
/** How far past a lead's cut the words after a year are read. */
const LEAD_READ_ON = 16;
/** A census the year names (全国第五次经济普查, 第七次人口普查). */
const CENSUS_AFTER = /^(?:全国|全省|全市)?(?:第[一二三四五六七八九十]+次)?[\u4e00-\u9fff]{0,4}普查/;
/** A news lead: opened by its date, ended by its full stop. */
const LEAD_SENTENCE = /^\s*(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日[，,].*[。！？]\s*$/;
// (投资评级及目标价: an analyst's target price, a market word, plans nothing.)
const TARGET_MARKERS = /将|确保|力争|目标(?!价)|计划|要点|任务|争取|预期/g;
const PLAN_VERBS = /加快|推进|推动|实施|深化|加强|着力/g;
const ACTUAL_MARKERS = /了|截至|截止|累计|已|同比|增长|下降|达到|完成|实现|(?<=[一二三四五六七八九十两\d])年来|先后|据统计|以来|前\d+个月|\d+至\d+月|\d+-\d+月/g;
const OPENING = 3_000;
// (全面完成24项民生工程和20件为民办实事项目: what a headline says was completed, it reviews.)
// (办好民生实事 太原晋源区交出温暖民生答卷: an answer sheet handed in is the year's results.)
const TITLE_REVIEW = /汇报|总结|完成情况|回顾|成效|公报|年报|统计|答卷|成绩单|(?:全面|圆满|全部|如期|顺利|超额)完成/;
// (…的提案》收悉, 现就提案提出的有关问题答复如下: the title of what is answered, and what the answer is about, between.)
const REPLY_OPENING = /(?:建议|提案|议案)[”"》]?(?:已)?收悉|现(?:将有关情况|就[^。！？\n]{0,24}?)?(?:答复|函复)如下/;
const REPLY_HEAD = 600;
// (…方案印发以来 counts what was done under it.)
const PLAN_PUBLISHED = /(?:工作方案|实施方案|行动方案|工作计划|行动计划|规划)[》”"]?(?:正式)?(?:公布|出台|印发|发布|出炉)(?!以来|后|之后|[一二两三四五六七八九十\d]+年)/;
/** Where a news item says what it reports. */
const PLAN_NEWS_HEAD = 300;
// (1月13日，人力资源和社会保障部公布了全国各省…的最低工资标准情况: news of data or a state of things made public reports
// them, whatever plans its later paragraphs quote.)
const DATA_PUBLISHED = /(?:公布|发布|披露)了?[^。！？；\n]{0,40}?(?:情况|数据)(?![^。！？；\n]{0,6}(?:方案|计划|目标))/;
const TARGETS_ACCOUNTED = new RegExp(`${PLAN_ACCOUNTED}如下[:：]`);
/** A news item's first sentence or so. */
const DATA_NEWS_HEAD = 80;
const TITLE_PLAN_MET = /(?:完成|超过|超额完成|实现)[^，。；\s]{0,8}(?:目标|任务|计划)|\d[\d.]*[%％]/;
// (锦州市人民政府关于落实2008年十大民生工程的通知: a government's notice to carry out, start or do its work sets tasks.)
// (用心用情办实事, 我为群众办实事: doing 实事 is a verb, its page what was done; 为民办实事 names a list of them.)
const TITLE_PLAN = /为民办实事|(?<!办)实事|要点(?!解读)|计划|方案|安排|目标|任务|意见|规划|部署|确保|力争|关于(?:落实|实施|开展|做好|推进|下达)[^，。；\n]{0,40}的通知/;
const TITLE_FIGURE = /\d[\d.]*万?(?:人|个|户|元)/;
const TITLE_INTENT = /将|要|拟|预计|争取|以上|以内|左右|今年|明年/;
const WORK_REPORT_PLAN = /今年|明年|预期目标|主要目标|工作安排|工作部署|总体要求|重点工作|重点抓好|[一二三四五六七八九十]五/;

/** A list item: 1. / 1、 / (一) / （一） / 一是. */
const ENUMERATED = /^\s*(?:\d{1,2}[.．、]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]是)/;

export interface OpeningHint {
  /** The opening runs into a second part that sets targets (二、2015年工作总体部署): in a report, the first is a review. */
  beforeSecondPart?: boolean;
}

/**
 * The tense a document starts in: its title's genre, else which markers its text uses more — leaning to a review
 * when the opening runs into a report's second part, unless its words are plainly a plan's (a work plan's 二、).
 */
export function initialMode(text: string, title: string | undefined, hint: OpeningHint = {}): SectionState['mode'] {
  // Only a real title line tells the genre; the first 80 characters of a paragraph do not.
  const firstLine = firstOwnLine(text);
  // (1月28日，新乡市举办…2025年重点民生实事系列新闻发布会，…向社会通报有关情况。: a lead sentence, ended by its full stop, is no title.)
  const head = title ?? (firstLine.length <= 80 && !LEAD_SENTENCE.test(firstLine) ? firstLine : '');
  // 完成全年目标任务62.6%, 超额完成年度计划: a headline that reports a plan met is a review.
  if (TITLE_REVIEW.test(head) || TITLE_PLAN_MET.test(head)) return 'actual';
  // 2023年山东新增城镇就业124.5万人: a headline stating a figure with no word of intent reports it.
  if (TITLE_FIGURE.test(head) && !TITLE_PLAN.test(head) && !TITLE_INTENT.test(head)) return 'actual';
  if (TITLE_PLAN.test(head)) return 'target';
  // 记者从省政府获悉，2020年河南省重点民生实事工作方案公布：…: news of a plan just published is news of its targets.
  if (PLAN_PUBLISHED.test(text.slice(0, PLAN_NEWS_HEAD))) return 'target';
  if (DATA_PUBLISHED.test(text.slice(0, DATA_NEWS_HEAD))) return 'actual';
  // 2023年度就业补助资金绩效目标完成情况如下:目标1:…: an account of how the targets were met, item by item, reports.
  if (TARGETS_ACCOUNTED.test(text.slice(0, PLAN_NEWS_HEAD))) return 'actual';
  // 你们提出的…建议收悉…现答复如下: a reply to a deputy's or a CPPCC proposal tells what has been done before what will be.
  if (REPLY_OPENING.test(text.slice(0, REPLY_HEAD))) return 'actual';
  // An excerpt of a work report with none of the words that open its plans (今年, 预期目标, 工作安排) is of its review.
  if (/政府工作报告/.test(head) && !WORK_REPORT_PLAN.test(text.slice(0, OPENING))) return 'actual';
  // The opening pages set the tone; counting further only costs time on long pages.
  const opening = text.slice(0, OPENING);
  const count = (re: RegExp, s = opening) => (s.match(re) ?? []).length;
  // 分别完成省下达目标任务的127%, 超额完成: a plan met is a review's word, not a plan's.
  const target = count(TARGET_MARKERS, opening.replace(PLAN_WORD_REACHED, '')) + count(PLAN_VERBS) / 2;
  // (社会保障日趋完善…，稳步提升。退役军人…有序推进。: clauses that end on a result reported count as its words do.)
  const actual = count(ACTUAL_MARKERS) + resultClauses(opening);
  if (hint.beforeSecondPart) return target > 3 * actual + 3 ? 'target' : 'actual';
  return target > actual ? 'target' : 'actual';
}
