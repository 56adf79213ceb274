/**
 * A progress table flattened one cell per line, as tables come out of pages copied to text: the measures and their
 * units head groups of columns (目标任务 / 进度 / 完成比例), then one row per area —
 *
 *   城镇新增就业(人)    城镇登记失业率低于(%)   …
 *   目标任务 进度 完成比例(%)   目标任务 进度 完成比例(%)   …
 *   全市      27800 52242 187.9   4.3 3.57   …
 *   东坡区    8000 22921 286.5    4.3 3.48   …
 *
 * Each figure is its column's measure, of its column's kind (the year's task, what was done, the share done), for
 * its row's area. A ceiling rate (低于, 以内) has no share column: a share of a ceiling means nothing. A row missing its
 * first groups (市本级 with one programme's three cells) is read from the right, group by group; any other short row is
 * left alone, as are rows whose measure is not one of ours.
 *
 * The same table may keep its rows on lines, cells apart by tabs or spaces (a target notice's 分解表:
 * 区县 城镇新增就业（人） 失业人员再就业（人） ⏎ 城关区 12000 3500 ⏎ 合计 52000 15000); each such cell is read as a line.
 * A heading without sub-columns gives each measure one column, of the kind the page's part gives it; a 合计 row is the
 * page's own area.
 */
import { cellsPerPage, measureLabel } from './page-cells';
import type { Candidate, Rule } from './candidate';
import { unitFor } from './candidate';
import type { Quantity } from '../numbers/types';
import { scaleDecimal, WHOLE_NUMBER } from '../numbers/decimal';
import type { Comparator, Kind } from '../types';
import { trimmedLines } from '../text/sentences';
import { TIER_WORD } from './wage-tier';

/** A column heading naming a measure and its unit: 城镇新增就业(人), 城镇登记失业率低于(%). */
const MEASURE = /^([^\d\s(（][^\d(（]{1,24}?)\s*[(（]\s*(万|亿)?(人次|人|个|元|户|张|%|％)\s*[)）]$/;
/** The words of a sub-column heading, and the kind each names. */
const SUB_KIND: ReadonlyArray<[RegExp, Kind]> = [
  // 完成比例(%), 完成率, 完成进度(%): the share done. (进度 alone is the amount done so far.)
  [/^(?:完成)?(?:比例|比率)|^完成(?:率|进度)|^进度\s*[(（]\s*[%％]/, 'progress'],
  [/^(?:实际)?(?:完成|进度|完成数|完成情况|实际完成)(?:数)?$/, 'actual'],
  [/^(?:年度|全年)?(?:目标|任务|计划|目标任务|计划任务)(?:数)?$/, 'target'],
];
/** A measure's heading that ends by naming its column's kind: 城镇新增就业目标任务（人）, 新增就业计划数（人）. */
const OWN_KIND = /(?:年度|全年)?(?:目标任务|计划任务|目标|任务|计划)(?:数)?$/;
/**
 * The table's unit on a line of its own above it, or closing its caption (单位：人, 表1 …分解表（单位：万人）): its
 * heading cells may then name their measures bare (县区 城镇新增就业 失业人员再就业).
 */
const UNIT_LINE = /(?:^|[(（])\s*(?:计量)?单位\s*[：:]\s*(万|亿)?(人次|人|个|元|户|张)\s*[)）]?$/;
/** How many pieces above the heading's first measure the unit line may stand (a caption, the area column's label). */
const UNIT_LINE_REACH = 4;
/** A table's caption naming its measure before the work it reports (…城镇新增就业目标任务完成情况表). */
const CAPTION_MEASURE = /([^\d\s(（：:，,。、]{2,24}?)(?:年度|全年)?(?:目标任务|计划任务|任务)?(?:完成情况|完成进度|进展情况)(?:统计|一览)?表?$/;
/** A bare heading cell naming a labour count (no rate: a rate is in % whatever the table's unit). */
const BARE_MEASURE = /^[^\d\s(（：:，,。]{3,24}$/;
const LABOUR_COUNT_WORD = /就业|失业|培训|参保|贷款|岗位|转移|输出|输转/;
const CEILING = /低于|以内|以下|不超过|不高于|控制在/;
// (94.00%: a share's cell may write its sign; 52,242: a count its thousands.)
const NUMBER = new RegExp(String.raw`^-?${WHOLE_NUMBER}(?:\.\d+)?[%％]?$`);
/** A cell's figure, its whole part, fraction and sign apart. */
const CELL_FIGURE = new RegExp(String.raw`^(${WHOLE_NUMBER})(?:\.(\d+))?([%％])?$`);
const SIGNED_SHARE = /^\d+(?:\.\d+)?[%％]$/;
/** A row's area: a short line without figures or sentence punctuation. */
const ROW_LABEL = /^[^\d\s。，,；;：:！？!?]{2,12}$/;
/** …or its year, in a bulletin's table of years down the side (年份 城镇新增就业（万人） ⏎ 2019 35.5 ⏎ 2020 31.2). */
const YEAR_ROW = /^((?:19|20)\d\d)年?$/;
/** A line of running text ends the table. */
const PROSE = /[。；！？]|^.{31,}$/;

interface Column {
  measure: string;
  /** The measures of the column's table, in order, and which of them this column's is. */
  measures: readonly string[];
  measureIndex: number;
  /** Unset where the heading names no sub-columns: the page's part decides. */
  kind?: Kind;
  /** The unit of the measure's figures (万 folded into the value); a share column is in %. */
  unit: string;
  exponent: number;
  comparator: Comparator | null;
}

interface Cell {
  quantity: Quantity;
  column: Column;
  /** Unset for a 合计 row: the page's own area. */
  region?: string;
  /** Set for a year's row. */
  period?: string;
}

/** A total row's label: the figures are the page's area's. */
const TOTAL_ROW = /^(?:合计|总计|全部|总体)$/;
/** A minimum wage's tier (第一档, 一类地区) heads its row, and is no area: the page's area is the row's. */
const TIER_ROW = new RegExp(`^${TIER_WORD}$`);
/** Cells apart on one line: tabs or spaces (a table's words hold none). */
const CELL_GAP = /[\t \u3000]/;
/** A row whose cells stand between bars: two bars at least. */
const PIPE_ROW = /\|[^|]*\|/;
/** A line of running text is never split into cells. */
const SENTENCE_MARK = /[。，,；;：:！？]/;

interface Piece {
  start: number;
  text: string;
  /** The text line the piece comes from: a row kept on one line ends with it. */
  line: number;
}

/** The text's lines, each table row kept on one line split into its cells, every piece with its offset. */
function cellLines(text: string): Piece[] {
  const out: Piece[] = [];
  trimmedLines(text).forEach((line, n) => {
    if (!CELL_GAP.test(line.text) || SENTENCE_MARK.test(line.text)) {
      out.push({ ...line, line: n });
      return;
    }
    // (合计 | 42000 | 11000: cells apart by bars, as a table copied to text often writes them — a cell may hold a space.)
    const cell = PIPE_ROW.test(line.text) ? /[^|]*[^|\s][^|]*/g : /[^\t \u3000]+/g;
    for (let m = cell.exec(line.text); m !== null; m = cell.exec(line.text)) {
      const indent = m[0].length - m[0].trimStart().length;
      out.push({ start: line.start + m.index + indent, text: m[0].trim(), line: n });
    }
  });
  return out;
}

/** Every cell of every such table in the text, keyed by where its figure starts. */
function findCells(text: string): Map<number, Cell> {
  const cells = new Map<number, Cell>();
  // Only a text with a measure heading on a line of its own can hold such a table: one cheap search first.
  if (!/[(（]\s*(?:万|亿)?(?:人次|人|个|元|户|张|%|％)\s*[)）](?:[ \t\u3000]|\n|$)|单位\s*[：:]\s*(?:万|亿)?(?:人次|人|个|元|户|张)/.test(text)) return cells;
  const lines = cellLines(text);
  for (let i = 0; i < lines.length; ) i = readTable(lines, i, cells);
  return cells;
}
const pageCells = cellsPerPage(findCells);

/** Reads the table that starts at line `i`, if one does, into `cells`; returns the line to go on from. */
function readTable(lines: readonly Piece[], i: number, cells: Map<number, Cell>): number {
  const tableUnit = unitAbove(lines, i);
  const measureOf = (line: string) => {
    const m = MEASURE.exec(line);
    if (m) {
      const percent = m[3] === '%' || m[3] === '％';
      return { label: m[1]!.trim(), unit: percent ? '%' : m[3]!, exponent: m[2] === '亿' ? 8 : m[2] === '万' ? 4 : 0, ceiling: percent && CEILING.test(m[1]!) };
    }
    return tableUnit && BARE_MEASURE.test(line) && LABOUR_COUNT_WORD.test(line) && !line.endsWith('率') ? { label: line, ...tableUnit, ceiling: false } : null;
  };
  const captioned = tableUnit && SUB_KIND.some(([re]) => re.test(lines[i]!.text)) ? captionMeasure(lines, i) : null;
  if (!captioned && (!measureOf(lines[i]!.text) || SUB_KIND.some(([re]) => re.test(lines[i]!.text)))) return i + 1;
  const measures: Array<{ label: string; unit: string; exponent: number; ceiling: boolean }> = captioned ? [{ label: captioned, ...tableUnit!, ceiling: false }] : [];
  const subs: Kind[] = [];
  const pushSub = (kind: Kind) => {
    // 目标 then 任务: one heading (目标任务) broken over two lines.
    if (!(kind === 'target' && subs[subs.length - 1] === 'target')) subs.push(kind);
  };
  let k = i;
  // The heading: measures, sub-column words, and the labels above them (地区, 市人力资源社会保障局) in any order.
  for (; k < lines.length; k++) {
    const line = lines[k]!.text;
    const kind = SUB_KIND.find(([re]) => re.test(line))?.[1];
    if (kind) {
      pushSub(kind);
      continue;
    }
    const measure = measureOf(line);
    // (城镇新增就业目标任务（人） 完成数（人） 完成率（%）: each heading cell names its kind, the first its measure too; a
    // kind's cell in the measure's own unit is a sub-column of it.)
    const last = measures[measures.length - 1];
    const subKind = measure && SUB_KIND.find(([re]) => re.test(measure.label))?.[1];
    if (measure && subKind && last && measure.unit === last.unit && measure.exponent === last.exponent) {
      pushSub(subKind);
      continue;
    }
    const embedded = measure && OWN_KIND.exec(measure.label);
    if (measure && embedded && embedded.index > 0) {
      measures.push({ ...measure, label: measure.label.slice(0, embedded.index) });
      pushSub(SUB_KIND.find(([re]) => re.test(embedded[0]))![1]);
      continue;
    }
    if (measure) {
      measures.push(measure);
      continue;
    }
    if (NUMBER.test(line) || PROSE.test(line)) break;
    // A label line followed by a figure is the first row.
    if (k + 1 < lines.length && NUMBER.test(lines[k + 1]!.text)) break;
  }
  if (measures.length === 0) return k;
  const layout = columnsOf(measures, subs);
  if (!layout) return k;
  // The rows: an area or a year, then its figures.
  const rows: Array<{ label: string; year: string | undefined; figures: Piece[] }> = [];
  const widest = Math.max(...layout.map((l) => l.columns.length));
  while (k < lines.length && ((ROW_LABEL.test(lines[k]!.text) && !measureOf(lines[k]!.text)) || YEAR_ROW.test(lines[k]!.text))) {
    const head = lines[k]!;
    const year = YEAR_ROW.exec(head.text)?.[1];
    const figures: Piece[] = [];
    // A year's figures are numbers too: its row ends with its line, or, one cell per line, with the table's width.
    // (Pieces are in text order: the row shares the year's line when the next piece does.)
    const oneLine = lines[k + 1]?.line === head.line;
    const inRow = (p: Piece) => !year || (figures.length < widest && (!oneLine || p.line === head.line));
    for (k++; k < lines.length && NUMBER.test(lines[k]!.text) && inRow(lines[k]!); k++) figures.push(lines[k]!);
    rows.push({ label: head.text, year, figures });
  }
  const columns = layout.find((l) => rows.some((r) => r.figures.length === l.columns.length));
  if (!columns) return k;
  for (const row of rows) {
    // (A year's short row is left alone: which of its measures it lacks, no area's grouping tells.)
    const placed = row.year ? (row.figures.length === columns.columns.length ? columns.columns : null) : placeRow(columns, row.figures.length);
    if (!placed) continue;
    row.figures.forEach((f, n) => {
      const column = placed[n]!;
      const quantity = cellQuantity(f.start, f.text, column);
      if (!quantity) return;
      if (row.year) cells.set(quantity.start, { quantity, column, period: row.year });
      else cells.set(quantity.start, { quantity, column, ...(!TOTAL_ROW.test(row.label) && !TIER_ROW.test(row.label) && { region: row.label }) });
    });
  }
  return k;
}

/**
 * The measure a caption above a heading of kinds alone names (2025年1-9月城镇新增就业目标任务完成情况表 ⏎ 单位：人 ⏎
 * 县（区） 目标任务 完成数 完成率): every column is of it. (Read by its end: the matcher finds the measure that ends it.)
 */
function captionMeasure(lines: readonly Piece[], i: number): string | null {
  return matchAbove(lines, i, CAPTION_MEASURE)?.[1] ?? null;
}

/** The unit a line above the heading gives the whole table, if one does. */
function unitAbove(lines: readonly Piece[], i: number): { unit: string; exponent: number } | null {
  const m = matchAbove(lines, i, UNIT_LINE);
  return m ? { unit: m[2]!, exponent: m[1] === '亿' ? 8 : m[1] === '万' ? 4 : 0 } : null;
}

/** The nearest of the pieces above the heading's first (within UNIT_LINE_REACH) that `re` matches, and its match. */
function matchAbove(lines: readonly Piece[], i: number, re: RegExp): RegExpExecArray | null {
  for (let k = i - 1; k >= 0 && k >= i - UNIT_LINE_REACH; k--) {
    const m = re.exec(lines[k]!.text);
    if (m) return m;
  }
  return null;
}

interface Layout {
  columns: Column[];
  /** Where each measure's group of columns starts. */
  groupStarts: number[];
}

/**
 * The columns the heading describes: the sub-column words repeat once per measure, or are written once for all.
 * Two readings, the second without share columns under ceiling rates; the rows decide which the table uses.
 */
function columnsOf(measures: ReadonlyArray<{ label: string; unit: string; exponent: number; ceiling: boolean }>, subs: readonly Kind[]): Layout[] | null {
  const perMeasure = subs.length % measures.length === 0 ? subs.length / measures.length : null;
  // (No sub-column words: one column per measure, of no kind of its own.)
  const group = (m: number): Array<Kind | undefined> => (subs.length === 0 ? [undefined] : perMeasure !== null ? subs.slice(m * perMeasure, (m + 1) * perMeasure) : [...subs]);
  return [false, true].map((dropCeilingShares) => {
    const columns: Column[] = [];
    const groupStarts: number[] = [];
    const labels = measures.map((m) => m.label.replace(CEILING, ''));
    measures.forEach((m, index) => {
      groupStarts.push(columns.length);
      for (const kind of group(index)) {
        if (dropCeilingShares && m.ceiling && kind === 'progress') continue;
        columns.push({
          measure: labels[index]!,
          measures: labels,
          measureIndex: index,
          ...(kind && { kind }),
          unit: kind === 'progress' ? '%' : m.unit,
          exponent: kind === 'progress' ? 0 : m.exponent,
          comparator: m.ceiling && kind !== 'actual' && kind !== 'progress' ? '<=' : null,
        });
      }
    });
    return { columns, groupStarts };
  });
}

/** The columns of a row's figures: all of them, or the last whole groups when the first are empty. */
function placeRow(layout: Layout, count: number): Column[] | null {
  if (count === layout.columns.length) return layout.columns;
  const from = layout.groupStarts.find((s) => layout.columns.length - s === count);
  return count > 0 && from !== undefined ? layout.columns.slice(from) : null;
}

function cellQuantity(start: number, written: string, column: Column): Quantity | null {
  const digits = CELL_FIGURE.exec(written);
  if (!digits || (digits[3] && column.unit !== '%')) return null;
  return {
    start, end: start + written.length, value: scaleDecimal(digits[1]!.replace(/,/g, ''), digits[2] ?? '', column.exponent), unit: column.unit,
    rawUnit: column.unit, masked: false, comparator: column.comparator, percent: column.unit === '%',
  };
}

/** The figures of every cell table in the text, as quantities in their column's unit. */
export function cellTableCells(text: string): Quantity[] {
  return [...pageCells.of(text).values()].map((c) => c.quantity).sort((a, b) => a.start - b.start);
}

export const cellTable: Rule = ({ text, quantities, index, matcher }) => {
  const q = quantities[index]!;
  const cell = pageCells.at(text, q.start);
  // (A share's cell written with its sign is the scanner's own quantity, read in the cell's place.)
  if (!cell || (cell.quantity !== q && !(q.end === cell.quantity.end && SIGNED_SHARE.test(text.slice(q.start, q.end))))) return null;
  const labelOf = (measure: string) => measureLabel(matcher, measure);
  const label = labelOf(cell.column.measure);
  if (!label) return null;
  // A table states each measure once: a later column that reads as one an earlier column holds is another body's
  // programme (市总工会's 下岗失业人员再就业 beside the bureau's 城镇失业人员再就业), not a second value of it.
  if (cell.column.measures.slice(0, cell.column.measureIndex).some((m) => labelOf(m)?.def.id === label.def.id)) {
    return { indicator: 'other', label: cell.column.measure, unit: q.unit, quantity: q, start: q.start, end: q.end, gapStart: q.start, ...placing(cell) };
  }
  const unit = cell.column.kind === 'progress' ? '%' : unitFor(q, label.def);
  if (unit === null) return null;
  const candidate: Candidate = {
    indicator: label.def.id, label: label.text, unit, quantity: q, start: q.start, end: q.end, gapStart: q.start, ...placing(cell),
  };
  return candidate;
};

/** The cell's kind, area and year, where its column and row give them. */
const placing = (cell: Cell): Pick<Candidate, 'kind' | 'region' | 'period'> => ({
  ...(cell.column.kind && { kind: cell.column.kind }),
  ...(cell.region !== undefined && { region: cell.region }),
  ...(cell.period !== undefined && { period: cell.period }),
});
