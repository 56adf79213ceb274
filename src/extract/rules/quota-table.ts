/**
 * A table sharing out a task by area, keyed by a column of the areas' names, under a title that names the measure —
 * how a notice's annex lists each village's or county's quota, flattened with each cell ending in " |":
 *
 *   2018年曹溪镇各村城乡居民养老保险任务数 | ||
 *   序号 | 村委会名称 | 参保任务人数 |
 *   1 | 程畈 | 514 |
 *   曹溪镇 | 10700 | |
 *
 * Each row's figure under the count's column measures the title's indicator for the area the row names, as the page
 * writes it (villages and towns the gazetteer cannot know); a row without its serial number (the total) is read by
 * the same offset from its name. The figures are bare numbers the scanner leaves alone, so quotaTableCells hands them
 * to the engine as quantities in the count's unit. A title or column naming a task (任务, 目标, 计划) makes them goals.
 */
import type { Rule } from './candidate';
import { cellQuantity, headedCell } from './table-row';
import type { Quantity } from '../numbers/types';
import { WHOLE_NUMBER } from '../numbers/decimal';

/** The column of the areas' names: 村委会名称, 乡镇名称, 县（市、区）, 地区. (Not 单位名称: employers are no area.) */
const NAME_HEAD = /^(?:(?:村委会|村民委员会|村|社区|乡镇|乡镇街道|镇|街道|县市区|县区|区县|县（市、区）|县\(市、区\)|地区)(?:名称)?|名称)$/;
/** A count's last word, and the unit it counts in. */
const COUNT_UNIT: Readonly<Record<string, string>> = { 人数: '人', 人次: '人次', 个数: '个', 张数: '张', 户数: '户' };
const COUNT_WORDS = Object.keys(COUNT_UNIT).join('|');
/** The column of the count, its unit from its last word: 参保任务人数, 培训人次, 开发岗位个数. */
const COUNT_HEAD = new RegExp(`^[^\\d|]{0,16}?(${COUNT_WORDS})$`);
const COUNT_CELL = new RegExp(`(?:${COUNT_WORDS})\\s*\\|`);
/** A plan's words, which name a goal and are no part of the measure's label. */
const PLAN_WORDS = /任务数|任务|目标|计划/g;
const SERIAL = /^\d{1,3}$/;
const AREA_NAME = /^[^\d|%％]{1,12}$/;
// (10,700: a count may mark its thousands.)
const BARE_NUMBER = new RegExp(String.raw`^${WHOLE_NUMBER}(?:\.\d+)?$`);
/** How far below its heading a table's rows may run. */
const ROWS_MAX = 80;

interface Table {
  /** The title's and the count column's words, the plan's words left out: where the measure is named. */
  measure: string;
  planned: boolean;
}

interface Cell {
  table: Table;
  region: string;
}

/** The quantities quotaTableCells made, with their table and their row's area. */
const CELLS = new WeakMap<Quantity, Cell>();

const cellsOf = (line: string): string[] => line.split('|').map((cell) => cell.trim());

/** Every figure of every area's row under a heading of names and a count, as a quantity in the count's unit. */
export function quotaTableCells(text: string): Quantity[] {
  const out: Quantity[] = [];
  // One cheap search before reading every line: no cell ending in a count's word, no table.
  if (!text.includes('|') || !COUNT_CELL.test(text)) return out;
  const lines = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  for (let k = 1; k < lines.length; k++) {
    const heading = cellsOf(lines[k]!);
    const nameCol = heading.findIndex((cell) => NAME_HEAD.test(cell));
    const countCol = heading.findIndex((cell, c) => c > nameCol && COUNT_HEAD.test(cell));
    if (nameCol < 0 || countCol < 0) continue;
    const count = heading[countCol]!;
    const title = cellsOf(lines[k - 1]!).join('');
    const unit = COUNT_UNIT[COUNT_HEAD.exec(count)![1]!]!;
    const measure = `${title.replace(PLAN_WORDS, '')}${count.replace(PLAN_WORDS, '')}`;
    // (A plan's word left out of the measure is what makes the figures goals.)
    const table: Table = { measure, planned: measure.length < title.length + count.length };
    for (let r = k + 1; r < lines.length && r <= k + ROWS_MAX && lines[r]!.includes('|'); r++) {
      const row = lines[r]!.split('|');
      // The row's name: the cell under the names' column, or (the total's row, its serial dropped) its first.
      const named = SERIAL.test(row[0]!.trim()) ? nameCol : 0;
      const counted = named + countCol - nameCol;
      const name = row[named]?.trim() ?? '';
      const figure = row[counted]?.trim() ?? '';
      if (!AREA_NAME.test(name) || !BARE_NUMBER.test(figure)) continue;
      const cellAt = starts[r]! + row.slice(0, counted).join('|').length + 1;
      const start = cellAt + row[counted]!.indexOf(figure);
      const cell = cellQuantity(start, figure, undefined, unit, unit);
      if (!cell) continue;
      CELLS.set(cell, { table, region: name });
      out.push(cell);
    }
  }
  return out;
}

export const quotaTable: Rule = ({ quantities, index, matcher }) => {
  const q = quantities[index]!;
  const cell = CELLS.get(q);
  if (!cell) return null;
  const figure = headedCell(q, cell.table.measure, matcher);
  return figure && { ...figure, region: cell.region, ...(cell.table.planned && { kind: 'target' as const }) };
};
