/**
 * Is a page about labour and social security? A page is, when labour words run through several of its sentences
 * and it states at least one core indicator, or, without one, when labour words are dense throughout and it speaks
 * the 人社 administration's language. Finance, sports or property pages that mention 就业 or 社保 in passing, and
 * education pages about graduates' employment, stay quiet.
 */
import { LABOUR_INSTITUTION_TERMS, LABOUR_TOPIC_TERMS, LIVELIHOOD_PROGRAMME_TERMS, WORK_REPORT_TERMS, BULLETIN_TERMS } from './lexicon/labour-terms';
import { literalRegex } from './text/alternation';
import type { Span } from './text/sentences';

const TOPIC_RE = literalRegex(LABOUR_TOPIC_TERMS, 'g');
const TITLE_RE = literalRegex(LABOUR_TOPIC_TERMS, '');
const INSTITUTION_RE = literalRegex(LABOUR_INSTITUTION_TERMS, 'g');
/** Labour words per 1,000 characters that make a short text about labour throughout. */
const DENSE_EXCERPT = 10;
/** Where a page names the programme or the report it reports on. */
const GENRE_HEAD = 600;
const LIVELIHOOD_RE = literalRegex(LIVELIHOOD_PROGRAMME_TERMS, '');
const WORK_REPORT_RE = literalRegex(WORK_REPORT_TERMS, '');
const BULLETIN_RE = literalRegex(BULLETIN_TERMS, '');

export interface RelevanceEvidence {
  /** Sentences that use a labour topic word. */
  labourSentences: number;
  /** Labour topic words per 1,000 characters. */
  density: number;
  titleOnTopic: boolean;
  /** Mentions of the 人社 administration's own terms. */
  institutionTerms: number;
  /** The page reports on the government's livelihood programme (2024年10件民生实事…完成情况). */
  livelihoodProgramme: boolean;
  /** The page is, or reports, a government work report or plan-execution report (…所作的《政府工作报告》). */
  workReport: boolean;
  /** The page is a statistical bulletin (2022年云和县国民经济和社会发展统计公报). */
  bulletin: boolean;
  coreFigures: number;
  /** Labour figures of any measure, core or `other`. */
  labourFigures: number;
  /** Of those, counts of people or of jobs (登记就业59.48万人, 新增就业岗位15708个), not rates or shares. */
  labourCounts?: number;
  /** Shares of a plan among them (完成全年目标任务的68%): the administration's own tasks, reported. */
  planShares?: number;
  /** The page reports a job fair (招聘会, 春风行动…招聘): its figures are the fair's. */
  jobFair?: boolean;
  /** A core figure stands in a headline-like line near the top (河南漯河市开展各类职业技能培训8.8万人次). */
  headlineFigure?: boolean;
}

export function relevanceEvidence(
  text: string,
  sentences: readonly Span[],
  title: string | undefined,
  coreFigures: number,
): RelevanceEvidence {
  let hits = 0;
  let labourSentences = 0;
  let si = 0;
  let lastCounted = -1;
  TOPIC_RE.lastIndex = 0;
  for (let m = TOPIC_RE.exec(text); m !== null; m = TOPIC_RE.exec(text)) {
    hits++;
    while (si < sentences.length && sentences[si]!.end <= m.index) si++;
    if (si !== lastCounted) {
      labourSentences++;
      lastCounted = si;
    }
  }
  const density = text.length === 0 ? 0 : (hits * 1000) / text.length;
  const titleOnTopic = title ? TITLE_RE.test(title) : false;
  const institutionTerms = (text.match(INSTITUTION_RE) ?? []).length;
  // What kind of page it is, from its title and lead.
  // (A heading spaced out for show — 政 府 工 作 报 告 — is read without its spaces.)
  const head = `${title ?? ''}\n${text.slice(0, GENRE_HEAD)}`.replace(/(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])/g, '');
  return {
    labourSentences, density, titleOnTopic, institutionTerms, coreFigures, labourFigures: coreFigures,
    livelihoodProgramme: LIVELIHOOD_RE.test(head), workReport: WORK_REPORT_RE.test(head), bulletin: BULLETIN_RE.test(head),
    jobFair: JOB_FAIR.test(text.slice(0, JOB_FAIR_HEAD)),
  };
}

/** Units that count the administration's own doings (8项改革, 2个政策, 3次会议), not people, money or rates. */
const COUNTS_OF_MEASURES = new Set(['项', '个', '次', '场', '件', '条', '批', '期']);
/** …but 新增就业岗位15.31万个 counts jobs. */
const JOBS_COUNTED = /岗位|就业|家庭|企业|户/;
/** A page that reports a job fair near its top (专场招聘会, 招聘活动). */
const JOB_FAIR = /招聘会|招聘活动|招聘现场|双选会/;
const JOB_FAIR_HEAD = 400;

/** Where a page's headline and subtitles stand, and how long such a line is at most. */
const HEADLINE_HEAD = 600;
const HEADLINE_LINE_MAX = 48;

/** A line near the top, short and without a full stop: a headline or a subtitle, not the story's text. */
function onHeadlineLine(text: string, at: number): boolean {
  if (at >= HEADLINE_HEAD) return false;
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end < 0 ? text.length : end).trim();
  return line.length <= HEADLINE_LINE_MAX && !/[。；;！？!?]/.test(line);
}

/** What the rules found on the page, as relevance weighs it: one pass over the figures. */
export function figureEvidence(
  figures: ReadonlyArray<{ indicator: string; unit: string; label: string; kind?: string; start?: number }>,
  text?: string,
): Pick<RelevanceEvidence, 'coreFigures' | 'labourFigures' | 'labourCounts' | 'planShares' | 'headlineFigure'> {
  let headlineFigure = false;
  let coreFigures = 0;
  let labourFigures = 0;
  let labourCounts = 0;
  let planShares = 0;
  for (const f of figures) {
    if (f.indicator !== 'other') {
      coreFigures++;
      if (text !== undefined && f.start !== undefined && !headlineFigure) headlineFigure = onHeadlineLine(text, f.start);
    }
    const jobs = JOBS_COUNTED.test(f.label);
    // (研究推出8项重点改革, 形成2个政策: counts of the administration's own measures show no labour figure.)
    if (!COUNTS_OF_MEASURES.has(f.unit) || jobs) labourFigures++;
    if (f.unit === '人' || f.unit === '人次' || (f.unit === '个' && jobs)) labourCounts++;
    if (f.kind === 'progress') planShares++;
  }
  return { coreFigures, labourFigures, labourCounts, planShares, headlineFigure };
}

export function isRelevant(e: RelevanceEvidence): boolean {
  // (…or a short item under a headline on the topic whose one sentence states the figure: 记者从市人社局获悉，今年前三季度，
  // 全市累计发放创业担保贷款12.3亿元.)
  if (e.coreFigures > 0 && (e.labourSentences >= 4 || (e.titleOnTopic && e.labourSentences >= 1))) return true;
  // An excerpt of a work report: few labour sentences, but more than one indicator stated in them — or in one
  // (a review's one employment line: …累计新增城镇就业314.55万人，城镇登记失业率均控制在4%以内).
  if (e.coreFigures >= 2 && e.labourSentences >= 1) return true;
  // A headline or subtitle stating a core figure (河南漯河市开展各类职业技能培训8.8万人次 over a story of an inspection):
  // what the page puts on top is what it is about.
  if (e.headlineFigure && e.labourSentences >= 1) return true;
  // A bulletin's one employment paragraph stating three indicators (全年全县城镇新增就业5394人，转移农村劳动力6204人，
  // 年末城镇登记失业率0.57%): the page carries a labour section, not a figure in passing.
  if (e.coreFigures >= 3) return true;
  // A short item in which the labour administration speaks (记者从市就业局获悉…发放创业担保贷款1.62亿元).
  if (e.coreFigures >= 1 && e.labourSentences >= 2 && e.institutionTerms >= 1) return true;
  // A short excerpt, one long sentence dense with labour words, stating two core figures (…技能培训306人…公益性岗位共安置384人).
  if (e.coreFigures >= 2 && e.density >= DENSE_EXCERPT) return true;
  // A short item counting the people one labour measure reached, group by group (1至6月份，各类职业培训55.2万人次，涵盖在职
  // 职工34万人次、农村劳动力12万人次…): a core figure among several counts of people, in a few labour sentences.
  if (e.coreFigures >= 1 && e.labourSentences >= 3 && (e.labourCounts ?? 0) >= 4 && e.density >= 3) return true;
  // A progress list of the livelihood programme whose employment items state a core figure: the page reports on them.
  if (e.coreFigures >= 1 && e.labourSentences >= 2 && e.livelihoodProgramme) return true;
  // …or a progress table of the programme, its figures in bare cells, whose items the labour bureau carries (人社局).
  if (e.livelihoodProgramme && e.labourSentences >= 2 && e.institutionTerms >= 2 && e.density >= 3 && e.labourFigures >= 1) return true;
  // A work report's or a bulletin's labour figures among GDP and prices (城镇新增就业1200万人左右; 全年城镇新增就业1254人):
  // the figures a reader compares across years and regions, however little of the report an excerpt holds. (An
  // economic summary that is neither — a news item on the quarter's economy — stays quiet.)
  if (e.coreFigures >= 1 && (e.workReport || e.bulletin)) return true;
  // News of a work report's employment paragraph whose figures are all other measures (新增就业48万人, 就业安置率86%).
  if (e.workReport && e.labourFigures >= 1 && e.labourSentences >= 2) return true;
  // A page in the 人社 administration's language throughout — with a labour figure to show: a meeting, an inspection or
  // a job fair's rules without one is about the administration, and the extension has nothing to say on it.
  // (A job fair's news — 91家企业提供5647个岗位，达成意向154人 — counts the day's events, no measure of the area's: it
  // takes a figure measured against the year's tasks, or one of the people or jobs counted, that is not the fair's.)
  if (e.labourSentences >= 4 && e.density >= 3 && e.institutionTerms >= 3 && e.labourFigures >= 1 && !(e.jobFair && (e.planShares ?? 0) === 0)) return true;
  // …or a page dense with labour words counting people or jobs several times and measuring them against the year's
  // tasks (a district's jobs meeting: 全区新增就业岗位15708个，完成全年目标任务的68%；帮助…就业创业167人), whoever
  // speaks — a graduates' survey of rates, or a school's count of graduates and posts, is not one.
  return e.labourSentences >= 4 && e.density >= DENSE_PAGE && (e.labourCounts ?? 0) >= 3 && (e.planShares ?? 0) >= 1;
}
/** Labour words per 100 characters that make a page about labour whoever publishes it. */
const DENSE_PAGE = 10;

/** A page whose every figure may be taken as labour-related (a 人社 bureau's report), not just some clauses. */
export function isLabourPage(e: RelevanceEvidence): boolean {
  return e.density >= 6 || (e.titleOnTopic && e.density >= 3);
}
