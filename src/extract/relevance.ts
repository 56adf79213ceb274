/**
 * Is a page about labour and social security? A page is, when one of its labour sentences states a core indicator,
 * or, without one, when labour words are dense throughout and it speaks the 人社 administration's language. Finance,
 * sports or property pages that mention 就业 or 社保 in passing without such a figure, and education pages about
 * graduates' employment, stay quiet.
 */
import { LABOUR_INSTITUTION_TERMS, LABOUR_TOPIC_TERMS, LIVELIHOOD_PROGRAMME_TERMS, WORK_REPORT_TERMS, BULLETIN_TERMS } from './lexicon/labour-terms';
import { literalRegex } from './text/alternation';
import type { Span } from './text/sentences';

const TOPIC_RE = literalRegex(LABOUR_TOPIC_TERMS, 'g');
const TITLE_RE = literalRegex(LABOUR_TOPIC_TERMS, '');
const INSTITUTION_RE = literalRegex(LABOUR_INSTITUTION_TERMS, 'g');
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

/** What the rules found on the page, as relevance weighs it: one pass over the figures. */
export function figureEvidence(
  figures: ReadonlyArray<{ indicator: string; unit: string; label: string; kind?: string }>,
): Pick<RelevanceEvidence, 'coreFigures' | 'labourFigures' | 'labourCounts' | 'planShares'> {
  let coreFigures = 0;
  let labourFigures = 0;
  let labourCounts = 0;
  let planShares = 0;
  for (const f of figures) {
    if (f.indicator !== 'other') coreFigures++;
    const jobs = JOBS_COUNTED.test(f.label);
    // (研究推出8项重点改革, 形成2个政策: counts of the administration's own measures show no labour figure.)
    if (!COUNTS_OF_MEASURES.has(f.unit) || jobs) labourFigures++;
    if (f.unit === '人' || f.unit === '人次' || (f.unit === '个' && jobs)) labourCounts++;
    if (f.kind === 'progress') planShares++;
  }
  return { coreFigures, labourFigures, labourCounts, planShares };
}

export function isRelevant(e: RelevanceEvidence): boolean {
  // A core figure stated in a labour sentence: the page speaks of the measures a reader compares across regions and
  // years, whatever else it is about — a work report's one employment line, a bulletin's, an economy item's
  // (上半年全市地区生产总值增长5%…城镇新增就业1.2万人). The corpus's annotators call every such page relevant; the
  // page's furniture is read apart (src/page), so a sidebar's headline is no sentence of the page's.
  // (A bulletin's or a work report's figure in a table cell, no topic word in its line, counts too; so do three
  // figures anywhere.)
  if (e.coreFigures >= 1 && (e.labourSentences >= 1 || e.workReport || e.bulletin)) return true;
  if (e.coreFigures >= 3) return true;
  // A progress table of the livelihood programme, its figures in bare cells, whose items the labour bureau carries (人社局).
  if (e.livelihoodProgramme && e.labourSentences >= 2 && e.institutionTerms >= 2 && e.density >= 3 && e.labourFigures >= 1) return true;
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
