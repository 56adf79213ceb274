/**
 * Yearbook tables as a statistics database stores them as text, two forms:
 *
 *   rows of years, cells apart by bars, under a header naming the columns:
 *     年 份 | 城镇失业人数 | # 女 性 | 女性占失业人数 | 失业率(%) |
 *     1978 | 52.00 | 30.00 | 57.7 | 10.9 |
 *
 *   measures side by side, each over the same years, then a row of figures per area (whose names a copy may lose):
 *     失业人员 (万人) 失业率 (%)
 *     1990 2003 2004 2005 1990 2003 2004 2005
 *     内蒙古 15.2 17.6 18.5 17.7 3.8 4.5 4.6 4.3
 *
 * Each figure is its column's measure, for its row's or column's year: what was, in that year. A bare 失业率 column is
 * the registered rate when the table's title names the towns' unemployment (城镇失业人数及失业率, 城镇登记失业人员及失业率).
 * Rows whose count of figures does not fill the columns are left alone: with a cell blank, which column a figure is in
 * cannot be told.
 */
import { cellsPerPage, measureLabel } from './page-cells';
import type { Rule } from './candidate';
import { unitFor } from './candidate';
import type { Quantity } from '../numbers/types';
import { trimmedLines } from '../text/sentences';
import { cellQuantity } from './table-row';
import { findPlaces } from '../context/gazetteer';

const YEAR_CELL = /^((?:19|20)\d\d)(?:\s*年)?$/;
const NUMBER = /^\d+(?:\.\d+)?$/;
/** A measure and its unit in brackets, as the grid's header writes each: 失业人员 (万人), 失业率 (%). */
const MEASURE_UNIT = /([^\s\d()（）]{2,16})\s*[(（]\s*(万|亿)?(人次|人|%|％)\s*[)）]/g;
/** The table's title: its number and name (5-28 各地区城镇登记失业人员及失业率, 4-36 城镇失业人数及失业率). */
const TITLE = /^\d{1,2}\s*[-－—]\s*\d{1,3}\s*(.+)$/;
const TOWNS_UNEMPLOYMENT = /城镇(?:登记)?失业/;
/** How many lines a grid of areas may run (the provinces and a few totals, with room to spare). */
const GRID_ROWS = 80;
/** How far above its first row a header may stand, in lines. */
const HEADER_REACH = 6;

interface Cell {
  quantity: Quantity;
  measure: string;
  year: string;
  /** The row's area, where its name survived (内蒙古 15.2 17.6 …). */
  region?: string;
}

function findCells(text: string): Map<number, Cell> {
  const cells = new Map<number, Cell>();
  // Only a yearbook table's title opens such a grid: one cheap search first.
  if (!/(?:^|\n)\s*\d{1,2}\s*[-－—]\s*\d{1,3}\s+\S/.test(text)) return cells;
  const lines = trimmedLines(text);
  const title = lines.map((l) => TITLE.exec(l.text)?.[1]).find((t) => t !== undefined) ?? '';
  barredRows(lines, title, cells);
  measureGroups(lines, title, cells);
  return cells;
}
const pageCells = cellsPerPage(findCells);

/** 年 份 | … | 失业率(%) | over rows 1978 | 52.00 | … | 10.9 |. */
function barredRows(lines: ReturnType<typeof trimmedLines>, title: string, cells: Map<number, Cell>): void {
  for (let i = 0; i < lines.length; i++) {
    const first = splitBars(lines[i]!.text);
    if (!first || !YEAR_CELL.test(first[0]!.text)) continue;
    // The header: the nearest barred line above, its first cell the year column's (年份, 年 份).
    let header: Array<{ text: string; at: number }> | null = null;
    for (let h = i - 1; h >= Math.max(0, i - HEADER_REACH); h--) {
      const cells = splitBars(lines[h]!.text);
      if (cells && /^年\s*份/.test(cells[0]!.text)) {
        header = cells;
        break;
      }
    }
    if (!header) continue;
    let k = i;
    for (; k < lines.length; k++) {
      const row = splitBars(lines[k]!.text);
      if (!row || !YEAR_CELL.test(row[0]!.text)) break;
      const year = YEAR_CELL.exec(row[0]!.text)![1]!;
      header.forEach((h, n) => {
        const cell = row[n];
        if (n === 0 || !cell) return;
        const unit = /[%％]/.test(h.text) ? '%' : '人';
        const q = cellQuantity(lines[k]!.start + cell.at, cell.text, undefined, unit, unit);
        if (q) cells.set(q.start, { quantity: q, measure: measureName(h.text, title), year });
      });
    }
    i = k - 1;
  }
}

/** 失业人员 (万人) 失业率 (%) ⏎ 1990 2003 2004 2005 1990 2003 2004 2005 ⏎ rows of eight figures. */
function measureGroups(lines: ReturnType<typeof trimmedLines>, title: string, cells: Map<number, Cell>): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const measures = [...lines[i]!.text.matchAll(MEASURE_UNIT)];
    if (measures.length < 2) continue;
    const years = lines[i + 1]!.text.split(/\s+/);
    if (!years.every((y) => YEAR_CELL.test(y)) || years.length % measures.length !== 0) continue;
    const span = years.length / measures.length;
    // The grid ends at the first line that is no row of figures (a note, the next table's title, prose), and at most
    // GRID_ROWS lines down: each header reads its own rows only, so a long page stays linear.
    for (let k = i + 2; k < Math.min(lines.length, i + 2 + GRID_ROWS); k++) {
      const tokens = [...lines[k]!.text.matchAll(/\S+/g)];
      const figures = tokens.filter((t) => NUMBER.test(t[0]));
      if (figures.length === 0) break;
      // (A row with a cell left blank cannot say which column a figure is in: skipped, the grid goes on.)
      if (figures.length !== years.length || tokens.slice(tokens.length - figures.length).some((t) => !NUMBER.test(t[0]))) continue;
      // (内蒙古 15.2 …, 广  西 13.9 …: the row's area, its characters sometimes set apart.)
      const name = tokens.slice(0, tokens.length - figures.length).map((t) => t[0]).join('');
      const place = name ? findPlaces(name)[0] : undefined;
      const region = place && place.start === 0 && place.end === name.length ? place.place.name : undefined;
      figures.forEach((f, n) => {
        const m = measures[Math.floor(n / span)]!;
        const q = cellQuantity(lines[k]!.start + f.index!, f[0], m[2], m[3]!, m[3]!);
        if (q) cells.set(q.start, { quantity: q, measure: measureName(`${m[1]}(${m[2] ?? ''}${m[3]})`, title), year: years[n]!, ...(region && { region }) });
      });
    }
  }
}

function splitBars(line: string): Array<{ text: string; at: number }> | null {
  if (!line.includes('|')) return null;
  const out: Array<{ text: string; at: number }> = [];
  let at = 0;
  for (const part of line.split('|')) {
    const lead = part.length - part.trimStart().length;
    out.push({ text: part.trim(), at: at + lead });
    at += part.length + 1;
  }
  return out;
}

/** The column's measure, without its unit: a bare 失业率 under a title of the towns' unemployment is the registered rate. */
function measureName(header: string, title: string): string {
  const name = header.replace(/\s*[(（][^()（）]*[)）]\s*$/, '').replace(/\s+/g, '');
  return name === '失业率' && TOWNS_UNEMPLOYMENT.test(title) && !/调查/.test(title) ? '城镇登记失业率' : name;
}

/** The figures of every such table in the text, as quantities in their column's unit. */
export function yearGridCells(text: string): Quantity[] {
  return [...pageCells.of(text).values()].map((c) => c.quantity).sort((a, b) => a.start - b.start);
}

export const yearGridCell: Rule = ({ text, quantities, index, matcher }) => {
  const q = quantities[index]!;
  const cell = pageCells.at(text, q.start);
  if (!cell || cell.quantity.end !== q.end || cell.quantity.value !== q.value) return null;
  const label = measureLabel(matcher, cell.measure, true);
  if (!label) return null;
  const unit = unitFor(q, label.def);
  if (unit === null) return null;
  return { indicator: label.def.id, label: label.text, unit, quantity: q, start: q.start, end: q.end, gapStart: q.start, kind: 'actual', period: cell.year, ...(cell.region && { region: cell.region }) };
};
