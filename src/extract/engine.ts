/**
 * The extraction pipeline, chrono-style: scan every figure once, let an ordered list of small rules propose what
 * each figure measures, then refiners settle comparator, kind, region and period. The steps and their order, with
 * the reason for each place, are in pipeline.ts. Pure: text in, records out.
 */
import type { CoreIndicatorId, ExtractResult, IndicatorRecord, Kind, PageInfo } from './types';
import { scanQuantities } from './numbers';
import type { Quantity } from './numbers/types';
import type { IndicatorMatcher } from './lexicon/matcher';
import { SHARE_CEILING } from './lexicon/indicators';
import { ACTUALLY_DONE, PLAN_CALLED_MET } from './lexicon/cues';
import type { TaggedWord } from '../segment/types';
import type { Candidate, RuleInput } from './rules/candidate';
import { tableCells } from './rules/table-row';
import { unitColumnCells } from './rules/unit-column-row';
import { unitLineCells } from './rules/unit-line-table';
import { placeRowCells } from './rules/place-row-table';
import { quotaTableCells } from './rules/quota-table';
import { taskColumnCells } from './rules/task-column-table';
import { cellTableCells } from './rules/cell-table';
import { planIndicatorCells } from './rules/plan-indicator-table';
import { progressRowCells } from './rules/progress-row';
import { inTaskColumn, pipeTableCells } from './rules/pipe-table';
import { yearColumnCells } from './rules/year-column-cells';
import { yearGridCells } from './rules/year-grid-table';
import { unitNoteCells } from './rules/unit-note-value';
import { OTHER_MEASURES, PERIOD_REFINERS, RULES } from './pipeline';
import { sharedFigure } from './rules/shared-figure';
import { refineComparator, refineShareComparator } from './refiners/comparator';
import { refineKind } from './refiners/kind';
import {
  datedLikeTheBody, paragraphBefore, paragraphPeriod, planOfFigure, planSectionPeriod, refinePeriod,
  seriesMonth, towardHorizon, wholeYearOf, yearEarlier, earlierLevelPeriod,
} from './refiners/period';
import { anaphoricPlace, figureRegion, pageRegion } from './context/region';
import type { PlaceMention } from './context/gazetteer';
import { namedLikeTheBody } from './refiners/headline-indicator';
import { rateOfItsYear } from './refiners/rate-by-year';
import { planEraStart, latestOfPlansNamed, type TimeMention } from './context/time';
import { pageTime } from './context/page-time';
import { initialMode, sectionStates } from './context/sections';
import { fullSentenceEnd, fullSentenceStart, splitLines, splitSentences, spanIndexAt, type Span } from './text/sentences';
import { lastTimeBefore, paragraphHorizon, sentenceCues, type SentenceCues } from './context/sentence-cues';
import { figureEvidence, isLabourPage, isRelevant, relevanceEvidence } from './relevance';
import { toSimplified } from './text/simplified';
import { halfWidthFigures, withHalfWidthFigures } from './text/half-width';
import { withoutGlosses } from './text/pinyin-gloss';
import { withoutHardWraps } from './text/hard-wrap';
import { withoutSplitLabels } from './text/split-label';
import { withoutFigureSpaces } from './text/spaced-figures';
import type { OffsetView } from './text/offset-view';
import { documentTitle } from './text/headline';
import { isSiteName } from './text/breadcrumb';
import { withoutRelatedLists } from './text/related-list';
import { withoutTableBars } from './text/bar-table';

export interface EngineDeps {
  matcher: IndicatorMatcher;
  /** jieba part-of-speech tagging, used for `other` labels when segmentation is on and loaded. */
  tag?: (s: string) => TaggedWord[];
}

/**
 * A plain-text page's title is its headline (a breadcrumb passed over), when the page has no title of its own — or
 * when its title is only its site's name (<title>劳动保障信息网</title> above an article whose heading is a paragraph).
 */
function pageTitle(text: string, page: PageInfo | undefined): string | undefined {
  const given = page?.title?.trim();
  if (given && !isSiteName(given)) return given;
  return documentTitle(text) ?? (given || undefined);
}

/** A target dated by the second half its own sentence names before it (下半年计划…): a plan for that half. */
function plansHalfAhead(text: string, around: SentenceCues, sentenceStart: number, c: Candidate, period: string | null): boolean {
  if (period === null || !period.endsWith('H2')) return false;
  const half = lastTimeBefore(text, around.times, sentenceStart, c.quantity.start);
  // (下半年要确保全年…18万人，力争突破20万人: the whole year named after it is the plan's.)
  return half?.period?.endsWith('H2') === true && !/全年|年度/.test(text.slice(half.end, c.quantity.start));
}

/** Whether one of the vocabulary's labels runs across offset `at` of `words` (read as simplified characters). */
function splitsLabel(matcher: IndicatorMatcher, words: string, at: number): boolean {
  const simplified = toSimplified(words);
  return matcher.labelsIn(simplified, 0, simplified.length).some((label) => label.start < at && label.end > at);
}

/** The whole extraction at once. */
export function extractRecords(source: string, page: PageInfo | undefined, deps: EngineDeps): ExtractResult {
  const steps = extractSteps(source, page, deps);
  for (let next = steps.next(); ; next = steps.next()) if (next.done) return next.value;
}

/** A result read from a view of the page, its records' offsets and quotes carried back to the page as written. */
function carriedBack(result: ExtractResult, view: OffsetView, source: string): ExtractResult {
  const records = result.records.map((r) => {
    const start = view.toSource(r.start);
    const end = view.toSource(r.end - 1) + 1;
    return { ...r, start, end, text: source.slice(start, end) };
  });
  return { ...result, records };
}

/** Sentences or figures handled between two pauses of a stepped extraction (a few milliseconds of work). */
const STEP = 64;

/**
 * The extraction as steps: it pauses (yields) between its whole-text passes and every STEP sentences or figures, so
 * a caller that must stay responsive (the background, while a page sends megabytes) can answer other messages
 * between steps or drop a run a newer request made stale. Same records as `extractRecords`.
 */
export function* extractSteps(
  source: string,
  page: PageInfo | undefined,
  deps: EngineDeps,
  unwrapped = false,
  unspaced = false,
  figuresClosed = false,
): Generator<void, ExtractResult> {
  // ２０２４年…８５９万人: read with the figures in half width, offset for offset; records quote the page as written.
  const halfWidth = withHalfWidthFigures(source);
  if (halfWidth) {
    const title = page?.title !== undefined ? halfWidthFigures(page.title) : undefined;
    return carriedBack(yield* extractSteps(halfWidth.text, page && { ...page, ...(title !== undefined && { title }) }, deps, unwrapped, unspaced, figuresClosed), halfWidth, source);
  }
  // 城鎮(zhèn)新增就業(yè): read without the pinyin glosses, records carried back to the page as written.
  const unglossed = withoutGlosses(source);
  if (unglossed) {
    const title = page?.title !== undefined ? (withoutGlosses(page.title)?.text ?? page.title) : undefined;
    const result = yield* extractSteps(unglossed.text, page && { ...page, ...(title !== undefined && { title }) }, deps, unwrapped);
    return carriedBack(result, unglossed, source);
  }
  // | 2021 | 58.2 | 3.3 | in a table saved as text with bars: read as the page reader writes rows, cells apart by tabs.
  const unbarred = withoutTableBars(source);
  if (unbarred) return carriedBack(yield* extractSteps(unbarred.text, page, deps, unwrapped, unspaced), unbarred, source);
  // 城镇新增就 ⏎ 业5.4万人 in text copied out of a print: read with the print's wraps joined (once: joined paragraphs
  // are no print's lines).
  const joined = unwrapped ? null : withoutHardWraps(source);
  if (joined) return carriedBack(yield* extractSteps(joined.text, page, deps, true), joined, source);
  // 城镇 新增就业425万人以上 in a headline set with spaces: read with the space that splits the label left out.
  const spaced = unspaced ? null : withoutSplitLabels(source, (words, at) => splitsLabel(deps.matcher, words, at));
  if (spaced) return carriedBack(yield* extractSteps(spaced.text, page, deps, true, true), spaced, source);
  // 完成全年目标任务 36000 人次的 110.1% in text taken from a PDF: read with the blanks around its figures left out.
  const closed = figuresClosed ? null : withoutFigureSpaces(source);
  if (closed) return carriedBack(yield* extractSteps(closed.text, page, deps, unwrapped, unspaced, true), closed, source);
  // Traditional characters are read as simplified ones, offset for offset; records quote the page as written.
  // (A saved page's 相关新闻 list under the article: other stories' headlines, blanked offset for offset.)
  const text = withoutRelatedLists(toSimplified(source));
  // 太原市融媒體中心 as the title of a traditional page: too short to tell by itself, read like its page.
  const title = pageTitle(text, page && { ...page, ...(page.title !== undefined && { title: toSimplified(page.title, text !== source) }) });
  yield;
  const sentences = splitSentences(text);
  yield;
  // The table readers' cells, in text order: rows with a unit in brackets, a cell per line, progress rows ending in a
  // share, cells ending in " |", years as columns a cell per line and a key's bare value after its unit in brackets —
  // each table's form read by one of them.
  const cells = [...tableCells(text), ...cellTableCells(text), ...progressRowCells(text), ...pipeTableCells(text), ...yearColumnCells(text), ...yearGridCells(text), ...unitColumnCells(text), ...unitLineCells(text), ...planIndicatorCells(text), ...placeRowCells(text), ...quotaTableCells(text), ...taskColumnCells(text), ...unitNoteCells(text)].sort((a, b) => a.start - b.start);
  yield;
  const quantities = withTableCells(scanQuantities(text), cells);
  yield;

  const preliminary = relevanceEvidence(text, sentences, title, 0);
  const labourPage = isLabourPage(preliminary);
  yield;
  let candidates = yield* proposeAll(text, sentences, quantities, deps, labourPage);
  for (const mark of OTHER_MEASURES) candidates = mark(text, candidates);
  const relevant = isRelevant({ ...preliminary, ...figureEvidence(candidates.map((c) => c.candidate)) });
  // An irrelevant page has no area or period of interest (and its gold says null); skipping them saves the scan.
  if (!relevant) return { relevant, region: null, period: null, records: [] };
  yield;

  const region = pageRegion(text, title);
  const { docYear, period, targetPeriod, reviewPeriod, planSpan, review, conference } = pageTime(text, title, page?.date);
  const planStart = planSpan !== null ? Number(planSpan.slice(0, 4)) : undefined;
  const lines = splitLines(text);
  // A five-year plan's page opens on its targets, wherever its own words for them are few.
  // (A page of no year that names a plan document speaks from the plan's time: the plan before it is a review.)
  const sectionYear = docYear ?? (planSpan === null ? (planEraStart(text, title) ?? latestOfPlansNamed(text)) : null);
  const states = sectionStates(text, lines, sectionYear, (before, hint) => (planSpan !== null ? 'target' : initialMode(before, title, hint)), review);
  const records: IndicatorRecord[] = [];
  const aroundCache = new Map<number, SentenceCues>();
  const periods = new Map<Candidate, string | null>();
  const regions = new Map<Candidate, string | null>();
  const kinds = new Map<Candidate, Kind>();
  /** Each figure's period as its record carries it (a total's span included). */
  const settled = new Map<Candidate, string | null>();
  const paragraphCache = new Map<number, TimeMention[]>();
  const placesCache = new Map<number, PlaceMention[]>();
  yield;
  for (const [n, { candidate: c, sentence }] of candidates.entries()) {
    if (n % STEP === STEP - 1) yield;
    const line = spanIndexAt(lines, c.quantity.start);
    const section = states[line] ?? { mode: null, period: null };
    const fullStart = fullSentenceStart(text, sentence.start);
    let around = aroundCache.get(fullStart);
    if (!around) {
      around = paragraphHorizon(text, lines[line]!.start, sentenceCues(text, fullStart, fullSentenceEnd(text, sentence.end), docYear, review), fullStart);
      aroundCache.set(fullStart, around);
    }
    const kind =
      c.kind ??
      (c.partOf && kinds.get(c.partOf)) ??
      // A cell of a table's task column (目标任务) states the task, whatever its words.
      (inTaskColumn(text, c.quantity.start) ? 'target' : undefined) ??
      refineKind({
        text, sentenceStart: sentence.start, sentenceEnd: sentence.end, figureStart: c.quantity.start, figureEnd: c.end,
        docYear, section, around, measured: c.measured, ...(c.gapStart < c.quantity.start ? { labelEnd: c.gapStart } : {}),
        ...(c.start < c.quantity.start ? { labelStart: c.start } : {}),
        ...(planStart !== undefined && { planStart }),
        conference,
        indicator: c.indicator,
      });
    const target = kind === 'target';
    const figurePeriod =
      (c.share && periods.get(c.share)) ??
      (c.partOf && periods.get(c.partOf)) ??
      (c.planOf && planOfFigure(text, c.planOf, c, settled.get(c.planOf) ?? null, docYear)) ??
      (c.yearBefore && yearEarlier(periods.get(c.yearBefore) ?? null)) ??
      (c.earlierLevel && earlierLevelPeriod(periods.get(c.earlierLevel.of) ?? null, c.earlierLevel.at)) ??
      seriesMonth(text, c, sentence.start, docYear) ??
      towardHorizon(
        text, around, c, docYear, target,
        // Up to the number: a time between label and figure dates it (城镇调查失业率从2月份6.2%).
        refinePeriod(
          text, around, c.quantity.start,
          target ? planSectionPeriod(reviewedElsewhere(text, lines[line]!, section) && !metInReview(text, c) ? null : section.period, planSpan) : section.period,
          target ? targetPeriod : reviewPeriod,
          target ? null : paragraphPeriod(text, lines[line]!, fullStart, docYear, paragraphCache, review, paragraphBefore(text, lines, line)),
        ),
      );
    periods.set(c, figurePeriod);
    kinds.set(c, kind);
    // What the figure's words say of the period it measures: a total over a span, a level at its end, a change's ends.
    const figure = { text, candidate: c, line: lines[line]!, docYear, kind };
    const recordPeriod = PERIOD_REFINERS.reduce<string | null>((period, refine) => refine(figure, period), figurePeriod);
    settled.set(c, recordPeriod);
    // (A share of a plan is of the area of the figure it qualifies: 全省城镇新增就业52.3万人，完成年度目标的95% on a city's page.)
    const qualified = c.share && regions.get(c.share);
    const figureArea =
      c.region ?? (qualified !== undefined ? qualified : anaphoricPlace(text, c, fullStart) ?? listedAfter(text, c, records) ?? figureRegion(text, c, sentence, region, placesCache, fullStart));
    regions.set(c, figureArea);
    records.push(
      toRecord(text, source, c, {
        label: c.label,
        kind,
        region: figureArea,
        // A plan is for the whole year, even when the figure measured against it, or the news about it, covers part
        // of it (上半年…回落至5.5%的年度控制目标内).
        // (A table's column headed by its year dates the cell, whatever the page's.)
        // (…unless the figure's own sentence plans the half still ahead: 下半年计划…新增城镇就业2200人.)
        period: c.period ?? ((c.plan || target) && !plansHalfAhead(text, around, sentence.start, c, recordPeriod) ? wholeYearOf(recordPeriod) : recordPeriod),
      }),
    );
  }
  namedLikeTheBody(text, records);
  datedLikeTheBody(text, lines, records, docYear);
  return { relevant, region, period, records };
}

/**
 * 全省…参保人数分别达120万人、300万人、80万人和70万人: a bare figure listed right after the record before it (nothing between
 * but 、 or 和) belongs to the same area as that one, however far the list has run from the place it opened on.
 */
function listedAfter(text: string, c: Candidate, records: readonly IndicatorRecord[]): string | null | undefined {
  const last = records[records.length - 1];
  if (!last || c.start !== c.quantity.start || last.end > c.start) return undefined;
  return /^[、，,和及与\s]{1,3}$/.test(text.slice(last.end, c.start)) ? last.region : undefined;
}

/**
 * 2025年全国城镇新增就业1267万人… ⏎ 人口大省河南明确，城镇新增就业110万人以上: a plan stated under a paragraph that reported
 * a year gone by is not of that year — unless its own paragraph names it (2023年…，完成目标任务4万人的125%).
 */
function reviewedElsewhere(text: string, line: Span, section: { mode: string | null; period: string | null }): boolean {
  if (section.mode !== 'actual' || section.period === null || !/^\d{4}$/.test(section.period)) return false;
  return !text.slice(line.start, line.end).includes(`${section.period}年`);
}

/**
 * 确保城镇新增就业4.8万人以上的目标顺利完成: a plan its own clause calls met is the plan of the year the section reviews,
 * wherever its paragraph leaves that year unnamed.
 */
function metInReview(text: string, c: Candidate): boolean {
  const after = text.slice(c.end, c.end + PLAN_MET_REACH);
  // (…and so is a plan right followed by what was done of it: 全年目标任务1.8万人，实际完成2.05万人.)
  return PLAN_MET.test(after) || DONE_RIGHT_AFTER_PLAN.test(after);
}
const DONE_RIGHT_AFTER_PLAN = new RegExp(`^[，,；;]\\s*(?:${ACTUALLY_DONE}|(?:已经?|累计)完成)`);
const PLAN_MET = new RegExp(`^[^，,。；;！？\\n]{0,6}?${PLAN_CALLED_MET}`);
const PLAN_MET_REACH = 20;

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

const PER = '每'.charCodeAt(0);

/** How far after the last record a sentence may start and still continue its topic. */
const CARRY_REACH = 40;

function* proposeAll(
  text: string,
  sentences: readonly Span[],
  quantities: readonly Quantity[],
  deps: EngineDeps,
  labourPage: boolean,
): Generator<void, Array<{ candidate: Candidate; sentence: Span }>> {
  const out: Array<{ candidate: Candidate; sentence: Span }> = [];
  let qi = 0;
  for (const [n, sentence] of sentences.entries()) {
    if (n % STEP === STEP - 1) yield;
    const inSentence: Quantity[] = [];
    while (qi < quantities.length && quantities[qi]!.start < sentence.end) {
      if (quantities[qi]!.start >= sentence.start) inSentence.push(quantities[qi]!);
      qi++;
    }
    if (inSentence.length === 0) continue;
    const previous: Candidate[] = [];
    // The last measure of ours just before the sentence, in its paragraph (a change stated after it, 比…下降0.2个百分点,
    // is no topic).
    const last = out.slice(-3).reverse().find((e) => e.candidate.indicator !== 'other')?.candidate;
    const carried = last && sentence.start - last.end <= CARRY_REACH && !text.slice(last.end, sentence.start).includes('\n') ? last : undefined;
    for (let index = 0; index < inSentence.length; index++) {
      if (index % STEP === STEP - 1) yield;
      // 每1万元贷款带动0.62人就业: a figure after 每 is the base of a ratio, no amount of anything.
      if (text.charCodeAt(inSentence[index]!.start - 1) === PER) continue;
      const input: RuleInput = { text, sentence, quantities: inSentence, index, matcher: deps.matcher, tag: deps.tag, previous, labourPage, ...(carried && { carried }) };
      for (const rule of RULES) {
        const c = rule(input);
        if (c && misprinted(c)) break;
        if (c) {
          previous.push(c);
          out.push({ candidate: c, sentence });
          const shared = sharedFigure(text, sentence, c, deps.matcher);
          if (shared) out.push({ candidate: shared, sentence });
          break;
        }
      }
    }
  }
  return out;
}

/** A level above any its indicator can reach (城镇登记失业率为154%): a misprint, read as no figure at all. */
function misprinted(c: Candidate): boolean {
  const ceiling = c.kind === 'progress' || c.unit !== '%' ? undefined : SHARE_CEILING[c.indicator as CoreIndicatorId];
  return ceiling !== undefined && c.quantity.value !== null && c.quantity.value > ceiling;
}

function toRecord(
  text: string,
  source: string,
  c: Candidate,
  refined: Pick<IndicatorRecord, 'label' | 'kind' | 'region' | 'period'>,
): IndicatorRecord {
  const q = c.quantity;
  const comparator = c.kind === 'progress' ? refineShareComparator(text, c) : refineComparator(text, c);
  const record: IndicatorRecord = {
    indicator: rateOfItsYear(c.indicator, refined.label, refined.period),
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
