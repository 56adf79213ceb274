/**
 * A row of a statistical table flattened into text: the measure and its unit, then one figure per column —
 *
 *                  金华市   兰溪市 义乌市 …
 *   城镇职工基本养老保险参保人数 (人) 1991043 517335 163873 …
 *   城镇登记失业率 (%) 2.49 2.48 2.46 …
 *
 * Each figure measures the row's indicator, in the unit of its header (万人 folds into the value), for the area (or
 * year) its column is headed by. Rows whose measure is not one of ours are left to the other rules.
 */
import type { Candidate, Rule } from './candidate';
import { unitFor } from './candidate';
import { findPlaces } from '../context/gazetteer';
import type { Quantity } from '../numbers/types';
import { scaleDecimal } from '../numbers/decimal';
import { multiplierExponent } from '../numbers/units';
import { CELL_SPLIT, YEAR_CELL } from './year-heading';

/** label, (unit), then figures separated by blanks or tabs and nothing else. */
// (城镇登记失业率 (%) Registered Unemployment Rate in Urban Areas (%) 2.8 2.4: a bilingual yearbook's row glosses its label
// in English, its unit again, before the figures.)
const ROW = /^[ \t\u3000]*([^\s\d#＃(（][^\d(（\t]*?)[ \t\u3000]*[(（]([^)）]{1,6})[)）][ \t\u3000]*(?:[A-Za-z][A-Za-z .,'’&/-]*?[ \t\u3000]*(?:[(（][^)）]{1,6}[)）][ \t\u3000]*)?)?((?:[-\d.,]+[ \t\u3000]+)+[-\d.,]+)[ \t\u3000]*$/;
/** The units a table's heading or row gives its bare figures, as a regular-expression alternation. */
export const CELL_UNITS = '人次|人|元|个|张|户|%|％';
const UNIT = new RegExp(`^(万|亿)?(${CELL_UNITS})$`);
/** How many lines above a row its header may stand. */
const HEADER_REACH = 40;

interface Row {
  label: string;
  labelStart: number;
  /** Start offsets of the row's figures. */
  cells: number[];
  /** The column headings, right-aligned to the figures: an area per column, or null. */
  columns: Array<string | null>;
  /** …or a year per column (指标 2000 2010 2020 2021), or null. */
  years: Array<string | null>;
  /** The columns its heading calls a change on an earlier time (比上年增长(%)): no level of the row's measure. */
  changes: boolean[];
}

let cache: { text: string; rows: Map<number, Row | null> } | null = null;

export function lineAt(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

/** Area headings of the nearest line above with at least two place names and no figures. */
function headerAbove(text: string, lineStart: number, cells: number): Array<string | null> {
  for (const line of linesAbove(text, lineStart, HEADER_REACH)) {
    if (/\d/.test(line)) continue;
    const places = findPlaces(line).filter((p) => !p.place.short);
    if (places.length >= 2 && places.length <= cells) {
      // Right-aligned: a leading column without a heading (the whole area's total split off) takes the first area.
      const names = places.map((p) => p.place.name);
      return [...Array<string>(cells - names.length).fill(names[0]!), ...names];
    }
  }
  return Array<string | null>(cells).fill(null);
}

/** The lines above the one starting at `lineStart`, nearest first, `reach` of them at most. */
function* linesAbove(text: string, lineStart: number, reach: number): Generator<string> {
  let end = lineStart - 1;
  for (let k = 0; k < reach && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    yield text.slice(start, end);
    end = start - 1;
  }
}

/** A heading line of years only, after the name column's heading: 指标 2000 2010 2020 2021 (年 optional). */
// (…indented, as a bilingual yearbook's header is: 　　Item 2005 2010 2015.)
const YEARS_LINE = /^[ \t\u3000]*[^\d\n]{0,12}?((?:(?:19|20)\d\d年?[ \t\u3000]+)+(?:19|20)\d\d年?)[ \t\u3000]*$/;
/** How many lines above a row (the rows before it included) its year heading may stand. */
const YEARS_REACH = 30;

/** Years heading the columns, from the nearest line above made of years only, when there is one per figure. */
function yearsAbove(text: string, lineStart: number, cells: number): Array<string | null> {
  for (const line of linesAbove(text, lineStart, YEARS_REACH)) {
    const m = YEARS_LINE.exec(line);
    if (!m) continue;
    const years = m[1]!.match(/(?:19|20)\d\d/g)!;
    return years.length === cells ? years : Array<string | null>(cells).fill(null);
  }
  return Array<string | null>(cells).fill(null);
}

/** A heading cell of a change on an earlier time, not a level: 比上年增长(%), 年均增长, 同比. */
const CHANGE_HEADING = /增长|增减|增幅|比上年|比去年|同比|年均/;

/**
 * The heading above a table's rows when it names a change column (指标 2024年 比上年增长(%)), right-aligned to a row's
 * `cells` figures: each column's year, and whether it is a change; null when the nearest line above the rows names none.
 */
function changeHeadingAbove(text: string, lineStart: number, cells: number): { years: Array<string | null>; changes: boolean[] } | null {
  for (const line of linesAbove(text, lineStart, YEARS_REACH)) {
    if (ROW.test(line)) continue;
    // (Cells apart by tabs or wide blanks, or by one blank as text taken from a PDF keeps them.)
    const wide = line.trim().split(CELL_SPLIT).slice(1);
    const heads = (wide.length >= cells ? wide : line.trim().split(/[ \t\u3000]+/).slice(1)).slice(-cells);
    if (heads.length < cells || !heads.some((h) => CHANGE_HEADING.test(h))) return null;
    return { years: heads.map((h) => YEAR_CELL.exec(h.trim())?.[1] ?? null), changes: heads.map((h) => CHANGE_HEADING.test(h)) };
  }
  return null;
}

function rowAt(text: string, at: number): Row | null {
  if (cache?.text !== text) cache = { text, rows: new Map() };
  const line = lineAt(text, at);
  if (cache.rows.has(line.start)) return cache.rows.get(line.start)!;
  const m = ROW.exec(text.slice(line.start, line.end));
  let row: Row | null = null;
  const unit = m ? UNIT.exec(m[2]!.trim()) : null;
  if (m && unit) {
    const cells: number[] = [];
    const figures = /[-\d.,]+/g;
    const valuesAt = line.start + m[0].lastIndexOf(m[3]!);
    for (let f = figures.exec(m[3]!); f !== null; f = figures.exec(m[3]!)) cells.push(valuesAt + f.index);
    const changing = changeHeadingAbove(text, line.start, cells.length);
    row = {
      label: m[1]!.trim(),
      labelStart: line.start + m[0].indexOf(m[1]!),
      cells,
      columns: headerAbove(text, line.start, cells.length),
      years: changing?.years ?? yearsAbove(text, line.start, cells.length),
      changes: changing?.changes ?? cells.map(() => false),
    };
  }
  cache.rows.set(line.start, row);
  return row;
}

const ROW_LINES = new RegExp(ROW.source, 'gm');
const UNIT_IN_BRACKETS = new RegExp(`[(（]\\s*(?:万|亿)?(?:${CELL_UNITS})\\s*[)）]`);
/** The quantities tableCells made, so the rule knows them without reading their lines again. */
const CELLS = new WeakSet<Quantity>();
const CELL = /[-\d.,]+/g;

/**
 * A table cell's figure as written (1,991,043 or 26.01) in its row's unit (万人 folds into the value), or null when the
 * cell holds no plain number.
 */
export function cellQuantity(start: number, written: string, multiplier: string | undefined, unit: string, rawUnit: string): Quantity | null {
  const digits = /^(\d+)(?:\.(\d+))?$/.exec(written.replace(/,/g, ''));
  if (!digits) return null;
  const base = unit === '％' ? '%' : unit;
  // Moving the decimal point, not multiplying: 26.01万 is exactly 260100.
  const value = scaleDecimal(digits[1]!, digits[2] ?? '', multiplierExponent(multiplier));
  return { start, end: start + written.length, value, unit: base, rawUnit, masked: false, comparator: null, percent: base === '%' };
}

/** A table cell as the figure of the last measure its heading's words name (…开发计划数量, …参保任务人数), or null. */
export function headedCell(q: Quantity, heading: string, matcher: Parameters<Rule>[0]['matcher']): Candidate | null {
  const label = matcher.labelsIn(heading, 0, heading.length).pop();
  if (!label) return null;
  const unit = unitFor(q, label.def);
  if (unit === null) return null;
  return { indicator: label.def.id, label: label.text, unit, quantity: q, start: q.start, end: q.end, gapStart: q.start };
}

/**
 * The figures of every table row in the text, as quantities in the row's unit (the scanner leaves bare numbers
 * alone: without a unit they are years, dates or codes).
 */
export function tableCells(text: string): Quantity[] {
  const out: Quantity[] = [];
  // Only texts with a unit in brackets can hold a row: one cheap search before reading every line.
  if (!UNIT_IN_BRACKETS.test(text)) return out;
  ROW_LINES.lastIndex = 0;
  for (let m = ROW_LINES.exec(text); m !== null; m = ROW_LINES.exec(text)) {
    const unit = UNIT.exec(m[2]!.trim());
    if (!unit) continue;
    const valuesAt = m.index + m[0].lastIndexOf(m[3]!);
    CELL.lastIndex = 0;
    for (let c = CELL.exec(m[3]!); c !== null; c = CELL.exec(m[3]!)) {
      const cell = cellQuantity(valuesAt + c.index, c[0], unit[1], unit[2]!, m[2]!.trim());
      if (!cell) continue;
      CELLS.add(cell);
      out.push(cell);
    }
  }
  return out;
}

export const tableRow: Rule = ({ text, quantities, index, matcher }) => {
  const q = quantities[index]!;
  // Only the cells tableCells found: looking for the row of every figure would read whole lines each time.
  if (!CELLS.has(q)) return null;
  const row = rowAt(text, q.start);
  if (!row) return null;
  const column = row.cells.indexOf(q.start);
  if (column < 0 || row.changes[column]) return null;
  const label = matcher
    .labelsIn(row.label, 0, row.label.length)
    .filter((l) => l.end === row.label.length)
    .pop();
  if (!label) return null;
  const unit = unitFor(q, label.def);
  if (unit === null) return null;
  const region = row.columns[column];
  const period = row.years[column];
  return {
    indicator: label.def.id,
    label: label.text,
    unit,
    quantity: q,
    start: q.start,
    end: q.end,
    gapStart: q.start,
    ...(region ? { region } : {}),
    ...(period ? { period } : {}),
  };
};
