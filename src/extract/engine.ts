/**
 * The extraction pipeline, chrono-style: scan every figure once, let an ordered list of small rules propose what
 * each figure measures, then refiners settle comparator, kind, region and period. The steps and their order, with
 * the reason for each place, are in pipeline.ts. Pure: text in, records out.
 */
import type { ExtractResult, IndicatorRecord, PageInfo } from './types';
import { scanQuantities } from './numbers';
import type { Quantity } from './numbers/types';
import type { IndicatorMatcher } from './lexicon/matcher';
import type { TaggedWord } from '../segment/types';
import type { Candidate, RuleInput } from './rules/candidate';
import { tableCells } from './rules/table-row';
import { OTHER_MEASURES, RULES } from './pipeline';
import { refineComparator } from './refiners/comparator';
import { refineKind } from './refiners/kind';
import { refinePeriod } from './refiners/period';
import { pageRegion, recordRegion, sentencePlaces } from './context/region';
import type { PlaceMention } from './context/gazetteer';
import { documentMonth, documentYear, findTimes, type TimeMention } from './context/time';
import { initialMode, sectionStates } from './context/sections';
import { fullSentenceEnd, fullSentenceStart, splitLines, splitSentences, spanIndexAt, type Span } from './text/sentences';
import { sentenceCues, type SentenceCues } from './context/sentence-cues';
import { isLabourPage, isRelevant, relevanceEvidence } from './relevance';
import { toSimplified } from './text/simplified';
import { lastMonthList } from './context/month-list';


export interface EngineDeps {
  matcher: IndicatorMatcher;
  /** jieba part-of-speech tagging, used for `other` labels when segmentation is on and loaded. */
  tag?: (s: string) => TaggedWord[];
}

const TITLE_MAX = 80;
const DATELINE_OR_SOURCE = /(?:来源|时间|发布时间|发布日期|日期|作者)\s*[:：]/;
/** How far before a figure its sentence is searched for a place name (bounded: pages without punctuation exist). */
const REGION_REACH = 200;

/** A plain-text page's title is its first line when that line is short enough to be one. */
function pageTitle(text: string, page: PageInfo | undefined): string | undefined {
  if (page?.title?.trim()) return page.title.trim();
  const first = text.trimStart().split('\n', 1)[0]?.trim();
  // A dateline or source line (时间：2010-09-30 来源：…) is no title.
  return first && first.length <= TITLE_MAX && !DATELINE_OR_SOURCE.test(first) ? first : undefined;
}

const PART_OF_YEAR = /^\d{4}(?:H[12]|Q[1-4](?:-Q[1-4])?|-\d\d)$/;
const WORK_REPORT_VOICE = /各位代表|政府工作报告|人民代表大会/;

/** An annual work meeting or summary held in the first quarter is about the year before (2月2日，…工作会议召开). */
const EARLY_YEAR_MEETING = /工作会议|工作总结|总结大会|表彰大会/;

function reviewsLastYear(text: string, title: string | undefined, date: string | undefined): boolean {
  if (WORK_REPORT_VOICE.test(title ?? '') || WORK_REPORT_VOICE.test(text.slice(0, 3000))) return true;
  const month = documentMonth(text, date);
  return month !== null && month <= 3 && EARLY_YEAR_MEETING.test(`${title ?? ''}\n${text.slice(0, 600)}`);
}

function pagePeriod(docYear: number | null, title: string | undefined): string | null {
  if (docYear === null) return null;
  const inTitle = title ? findTimes(title, docYear).find((t) => t.year === docYear) : undefined;
  return inTitle?.period ?? String(docYear);
}

export function extractRecords(source: string, page: PageInfo | undefined, deps: EngineDeps): ExtractResult {
  // Traditional characters are read as simplified ones, offset for offset; records quote the page as written.
  const text = toSimplified(source);
  const title = pageTitle(text, page && { ...page, ...(page.title !== undefined && { title: toSimplified(page.title) }) });
  const sentences = splitSentences(text);
  const quantities = withTableCells(scanQuantities(text), tableCells(text));

  const preliminary = relevanceEvidence(text, sentences, title, 0);
  const labourPage = isLabourPage(preliminary);
  let candidates = proposeAll(text, sentences, quantities, deps, labourPage);
  for (const mark of OTHER_MEASURES) candidates = mark(text, candidates);
  const coreFigures = candidates.filter((c) => c.candidate.indicator !== 'other').length;
  const relevant = isRelevant({ ...preliminary, coreFigures });
  // An irrelevant page has no area or period of interest (and its gold says null); skipping them saves the scan.
  if (!relevant) return { relevant, region: null, period: null, records: [] };

  const region = pageRegion(text, title);
  const docYear = documentYear(text, title, page?.date);
  const period = pagePeriod(docYear, title);
  // A work report is delivered early in the year it plans: what it reports as done, undated, is the year before.
  const reviewPeriod = docYear !== null && reviewsLastYear(text, title, page?.date) ? String(docYear - 1) : period;

  const lines = splitLines(text);
  const states = sectionStates(text, lines, docYear, (before, hint) => initialMode(before, title, hint));
  const records: IndicatorRecord[] = [];
  const aroundCache = new Map<number, SentenceCues>();
  const periods = new Map<Candidate, string | null>();
  const paragraphCache = new Map<number, TimeMention[]>();
  const placesCache = new Map<number, PlaceMention[]>();
  for (const { candidate: c, sentence } of candidates) {
    const line = spanIndexAt(lines, c.quantity.start);
    const section = states[line] ?? { mode: null, period: null };
    const fullStart = fullSentenceStart(text, sentence.start);
    let around = aroundCache.get(fullStart);
    if (!around) aroundCache.set(fullStart, (around = sentenceCues(text, fullStart, fullSentenceEnd(text, sentence.end), docYear)));
    const kind =
      c.kind ??
      refineKind({
        text, sentenceStart: sentence.start, sentenceEnd: sentence.end, figureStart: c.quantity.start, figureEnd: c.end,
        docYear, section, around, measured: c.measured, ...(c.gapStart < c.quantity.start ? { labelEnd: c.gapStart } : {}),
      });
    const figurePeriod =
      (c.share && periods.get(c.share)) ??
      seriesMonth(text, c, sentence.start, docYear) ??
      // Up to the number: a time between label and figure dates it (城镇调查失业率从2月份6.2%).
      refinePeriod(text, around, c.quantity.start, section.period, kind === 'target' ? period : reviewPeriod, kind === 'target' ? null : paragraphPeriod(text, lines[line]!, fullStart, docYear, paragraphCache));
    periods.set(c, figurePeriod);
    const recordPeriod = levelAtEnd(text, c, figurePeriod);
    records.push(
      toRecord(text, source, c, {
        label: c.label,
        kind,
        region: c.region ?? figureRegion(text, c, sentence, region, placesCache),
        // A plan is for the whole year, even when the figure measured against it, or the news about it, covers part
        // of it (上半年…回落至5.5%的年度控制目标内).
        period: (c.plan || kind === 'target') && recordPeriod !== null && PART_OF_YEAR.test(recordPeriod) ? recordPeriod.slice(0, 4) : recordPeriod,
      }),
    );
  }
  return { relevant, region, period, records };
}

/** The scanner's quantities with a table's bare cell figures merged in, in text order. */
function withTableCells(scanned: Quantity[], cells: Quantity[]): Quantity[] {
  if (cells.length === 0) return scanned;
  // Both lists are in text order: one merge, a cell dropped where the scanner already read a quantity.
  const out: Quantity[] = [];
  let i = 0;
  for (const c of cells) {
    while (i < scanned.length && scanned[i]!.end <= c.start) out.push(scanned[i++]!);
    if (i < scanned.length && scanned[i]!.start < c.end) continue;
    out.push(c);
  }
  while (i < scanned.length) out.push(scanned[i++]!);
  return out;
}

const MONTH_LIST_REACH = 80;

/**
 * A figure's own area: a place its sentence names within REGION_REACH before it, else the page's. The sentence's
 * places are found once and shared by its figures.
 */
function figureRegion(text: string, c: Candidate, sentence: Span, pageArea: string | null, cache: Map<number, PlaceMention[]>): string | null {
  let places = cache.get(sentence.start);
  if (!places) cache.set(sentence.start, (places = sentencePlaces(text.slice(sentence.start, sentence.end), sentence.start)));
  const from = Math.max(sentence.start, c.start - REGION_REACH);
  const before = places.filter((m) => m.start >= from && m.end <= c.start);
  const upTo = c.start + (c.label.startsWith('全国') ? 2 : 0);
  return recordRegion(text.slice(Math.max(from, upTo - 8), upTo), pageArea, before);
}
/** How far back in its paragraph a sentence looks for the part of the year it continues. */
const PARAGRAPH_REACH = 300;
/** How much of a paragraph is read for its times (bounded: a page without line breaks is one paragraph). */
const PARAGRAPH_SCAN = 20_000;

/**
 * The part of the year (一季度, 上半年, 1-9月, 截至6月底) the last earlier sentence of the same paragraph named: news
 * paragraphs state it once and go on. Years and spans are left to the section.
 */
function paragraphPeriod(
  text: string,
  line: Span,
  sentenceStart: number,
  docYear: number | null,
  cache: Map<number, TimeMention[]>,
): string | null {
  if (sentenceStart <= line.start) return null;
  // The paragraph's times, found once for all its sentences.
  let times = cache.get(line.start);
  if (!times) {
    const end = Math.min(line.end, line.start + PARAGRAPH_SCAN);
    cache.set(line.start, (times = findTimes(text.slice(line.start, end), docYear).map((t) => ({ ...t, start: t.start + line.start, end: t.end + line.start }))));
  }
  for (let i = times.length - 1; i >= 0; i--) {
    const t = times[i]!;
    if (t.end > sentenceStart) continue;
    if (t.start < sentenceStart - PARAGRAPH_REACH) break;
    if (t.span === 'elapsed' && !t.clauseOnly && t.period !== null) return t.period;
  }
  return null;
}
const YEAR_RANGE = /((?:19|20)\d\d)年?\s*(?:到|至|—|-|～|~)\s*((?:19|20)\d\d)年/;
/** Counts of people or cards insured: a level at a date, not a flow over a span. */
const STOCKS = new Set(['pension_insured', 'unemployment_insurance_insured', 'work_injury_insurance_insured', 'social_security_cards']);
const LEVEL_REACHED = /达到|达|覆盖|突破|增至|增加到|提高到|升至|总数|总量/;
const SPAN = /^(\d{4})-(\d{4})$/;

/**
 * A level reached over a span is the level at its end: 五年来…基本养老保险参保人数达到2669万人 is the count of 2025, where
 * 城镇新增就业603.7万人 over the same five years is the span's total.
 */
function levelAtEnd(text: string, c: Candidate, period: string | null): string | null {
  const span = period === null ? null : SPAN.exec(period);
  if (!span || !STOCKS.has(c.indicator)) return period;
  return LEVEL_REACHED.test(text.slice(c.start, c.quantity.start)) ? span[2]! : period;
}

/** The month a member of a 分别 series over a month list stands for (7、8、9三个月…分别为5.1%、5.1%和4.9%). */
function seriesMonth(text: string, c: Candidate, sentenceStart: number, docYear: number | null): string | null {
  let head = c;
  let position = 0;
  while (head.seriesOf) {
    head = head.seriesOf;
    position++;
  }
  // Bounded: a page without punctuation is one endless sentence.
  const lead = text.slice(Math.max(sentenceStart, head.quantity.start - MONTH_LIST_REACH), head.quantity.start);
  // Only a series that 分别 introduces in the head's own clause.
  if (!/分别[^，,；;]{0,8}$/.test(lead)) return null;
  // 2013年到2017年，…分别为1310万人、1322万人…: one year each.
  const years = YEAR_RANGE.exec(lead);
  if (years && Number(years[2]) - Number(years[1]) >= position) return String(Number(years[1]) + position);
  const months = lastMonthList(lead);
  if (!months || months.length <= position) return null;
  if (docYear === null) return null;
  return `${docYear}-${String(months[position]).padStart(2, '0')}`;
}

function proposeAll(
  text: string,
  sentences: readonly Span[],
  quantities: readonly Quantity[],
  deps: EngineDeps,
  labourPage: boolean,
): Array<{ candidate: Candidate; sentence: Span }> {
  const out: Array<{ candidate: Candidate; sentence: Span }> = [];
  let qi = 0;
  for (const sentence of sentences) {
    const inSentence: Quantity[] = [];
    while (qi < quantities.length && quantities[qi]!.start < sentence.end) {
      if (quantities[qi]!.start >= sentence.start) inSentence.push(quantities[qi]!);
      qi++;
    }
    if (inSentence.length === 0) continue;
    const previous: Candidate[] = [];
    for (let index = 0; index < inSentence.length; index++) {
      const input: RuleInput = { text, sentence, quantities: inSentence, index, matcher: deps.matcher, tag: deps.tag, previous, labourPage };
      for (const rule of RULES) {
        const c = rule(input);
        if (c) {
          previous.push(c);
          out.push({ candidate: c, sentence });
          break;
        }
      }
    }
  }
  return out;
}

function toRecord(
  text: string,
  source: string,
  c: Candidate,
  refined: Pick<IndicatorRecord, 'label' | 'kind' | 'region' | 'period'>,
): IndicatorRecord {
  const q = c.quantity;
  const comparator = c.kind === 'progress' ? (q.comparator ?? '=') : refineComparator(text, c);
  const record: IndicatorRecord = {
    indicator: c.indicator,
    label: refined.label,
    value: q.value,
    ...(comparator === 'range' ? { max: q.max ?? null } : {}),
    unit: c.unit,
    comparator,
    kind: refined.kind,
    masked: q.masked,
    region: refined.region,
    period: refined.period,
    text: source.slice(c.start, c.end),
    start: c.start,
    end: c.end,
  };
  return record;
}
