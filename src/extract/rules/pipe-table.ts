/**
 * A progress table copied from a web page with each cell ending in " |" (民生实事 and 暖民心 progress lists):
 *
 *   序号 | 项目 | 进展情况 | 目标任务 | 完成率 |
 *   公益性岗位 | 开发公益性岗位 440 个 | 440个 | 100% |
 *   补贴性职业技能培训 | 补贴性职业技能培训⏎2287 人次 | 2360人次 | 96.91% |
 *
 * The heading's cells name the columns; rows lose their spanned cells (序号, 行动) and are not marked, so each row is
 * found from its share cell (a bare percentage under 完成率/进度) and read leftwards by the heading's offsets: the task,
 * what was done, and the measure named in the cells before them (城镇新增就业1100人 | 县人社局 | 1100 | 1063 | 96.64%).
 */
import type { Rule } from './candidate';
import { unitFor } from './candidate';
import type { Quantity } from '../numbers/types';
import type { Kind } from '../types';

interface Cell {
  /** Where the cell's text starts and ends (before its |). */
  start: number;
  end: number;
  text: string;
}

interface Figure {
  kind: Kind;
  /** The cells, before the figure's own, in which its row may name its measure (nearest first). */
  labelCells: Cell[];
  /** A bare number (1100 |) the scanner leaves alone, as a quantity without a unit. */
  bare?: Quantity;
}

const PROGRESS_HEAD = /^(?:\d+-\d+月)?(?:累计)?(?:完成率|完成比例|完成进度|进度)(?:\s*[(（]?\s*[%％]\s*[)）]?)?$/;
const TARGET_HEAD = /^(?:年度|全年)?(?:目标任务|目标|计划任务|任务数|任务|计划)$/;
const ACTUAL_HEAD = /^(?:\d+-\d+月)?(?:进展情况|完成情况|累计完成|实际完成|已完成|完成数)$/;
const SHARE_CELL = /^\d+(?:\.\d+)?\s*[%％]$/;
const BARE_NUMBER = /^\d+(?:\.\d+)?$/;
const FIRST_FIGURE = /\d+(?:\.\d+)?/;
/** How many cells a heading may have. */
const HEADING_MAX = 12;

let cache: { text: string; figures: Map<number, Figure>; tasks: Cell[] } | null = null;

/** The cells of the text's " |"-terminated lines, a cell running over the lines before its | (label ⏎ figure |). */
function cellsOf(text: string): Cell[] {
  const cells: Cell[] = [];
  let cellStart = -1;
  let at = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trimEnd();
    if (cellStart < 0 && trimmed.trim()) cellStart = at + line.indexOf(trimmed.trim());
    if (trimmed.endsWith('|')) {
      const end = at + trimmed.length - 1;
      const body = cellStart >= 0 ? text.slice(cellStart, end) : '';
      cells.push({ start: cellStart < 0 ? end : cellStart, end, text: body.trim() });
      cellStart = -1;
    } else if (!trimmed.trim() || trimmed.length > 40) {
      // A blank line or running text between cells ends the cell that was open.
      cellStart = -1;
    }
    at += line.length + 1;
  }
  return cells;
}

function figuresOf(text: string): Map<number, Figure> {
  // (Equal text, another string: adopted, so the checks after it compare one pointer, not a megabyte, run after run.)
  if (cache?.text === text) {
    cache.text = text;
    return cache.figures;
  }
  const figures = new Map<number, Figure>();
  const tasks: Cell[] = [];
  cache = { text, figures, tasks };
  // Only a page of many " |" line ends can hold such a table: one cheap count first.
  if ((text.match(/\|[ \t]*\n/g)?.length ?? 0) < 6) return figures;
  const cells = cellsOf(text);
  for (let i = 0; i < cells.length; ) i = readTable(cells, i, figures, tasks);
  return figures;
}

/** Reads the table whose heading starts at cell `i`, if one does; returns the cell to go on from. */
function readTable(cells: readonly Cell[], i: number, figures: Map<number, Figure>, tasks: Cell[]): number {
  // The heading: cells without figures, one of them the share column, a task column before it.
  // (A heading cell may run on from a title line above it: its last line is the heading's.)
  const headText = (c: Cell) => c.text.slice(c.text.lastIndexOf('\n') + 1).trim();
  let k = i;
  while (k < cells.length && k - i < HEADING_MAX && !/\d/.test(headText(cells[k]!))) k++;
  const heading = cells.slice(i, k).map(headText);
  const progress = heading.findIndex((h) => PROGRESS_HEAD.test(h));
  if (progress < 0) return readTaskColumn(cells, i, k, heading, tasks);
  const target = heading.slice(0, progress).findLastIndex((h) => TARGET_HEAD.test(h));
  if (target < 0) return k;
  const actual = heading.slice(0, progress).findLastIndex((h) => ACTUAL_HEAD.test(h));
  const toTarget = progress - target;
  const toActual = actual < 0 ? null : progress - actual;
  let rowStart = k;
  for (let j = k; j < cells.length; j++) {
    const share = cells[j]!;
    if (!SHARE_CELL.test(share.text)) continue;
    const taskCell = cells[j - toTarget];
    if (!taskCell || j - toTarget < rowStart) {
      rowStart = j + 1;
      continue;
    }
    const doneCell = toActual !== null && j - toActual >= rowStart ? cells[j - toActual] : undefined;
    // The measure is named in the done cell (开发公益性岗位 440 个) or in the row's cells before the task.
    const labelCells: Cell[] = [];
    if (doneCell) labelCells.push(doneCell);
    for (let c = j - toTarget - 1; c >= rowStart && c > j - toTarget - 1 - progress; c--) if (cells[c] !== doneCell) labelCells.push(cells[c]!);
    place(share, 'progress', labelCells, figures);
    place(taskCell, 'target', labelCells, figures);
    if (doneCell) place(doneCell, 'actual', labelCells, figures);
    rowStart = j + 1;
  }
  return cells.length;
}

/**
 * A table of tasks and what was done of them, with no share column (序号 | 目标任务 | 完成情况 | 牵头责任单位 |, then
 * 3 | 城镇登记失业率控制在4.5%以内。 | 一季度末，…2.37%… | 市人社局 |): the cells of its task column, each row found
 * from its number counting up in the first column. Returns the cell to go on from.
 */
function readTaskColumn(cells: readonly Cell[], i: number, k: number, heading: readonly string[], tasks: Cell[]): number {
  const target = heading.findIndex((h) => TARGET_HEAD.test(h));
  if (heading.length < 3 || !ROW_NUMBER_HEAD.test(heading[0]!) || target < 0 || !heading.some((h) => ACTUAL_HEAD.test(h))) return Math.max(i + 1, k);
  const width = heading.length;
  for (let row = 1, at = k; at + width <= cells.length && cells[at]!.text === String(row); row++, at += width) tasks.push(cells[at + target]!);
  return Math.max(i + 1, k);
}
const ROW_NUMBER_HEAD = /^(?:序号|编号)$/;

/** Whether `at` stands in a cell of a task column (目标任务) of a table of tasks and what was done of them. */
export function inTaskColumn(text: string, at: number): boolean {
  figuresOf(text);
  return cache!.tasks.some((c) => c.start <= at && at < c.end);
}

/** The cell's first figure, keyed by where it starts; a bare number becomes a quantity of its own. */
function place(cell: Cell, kind: Kind, labelCells: Cell[], figures: Map<number, Figure>): void {
  const m = FIRST_FIGURE.exec(cell.text);
  if (!m) return;
  const start = cell.start + m.index;
  const bare = BARE_NUMBER.test(cell.text)
    ? { start, end: start + m[0].length, value: Number(m[0]), unit: '', rawUnit: '', masked: false, comparator: null, percent: false }
    : undefined;
  figures.set(start, { kind, labelCells, ...(bare && { bare }) });
}

/** The bare figures of such tables (1100 |), as quantities without a unit, for the rule below to measure. */
export function pipeTableCells(text: string): Quantity[] {
  return [...figuresOf(text).values()].flatMap((f) => (f.bare ? [f.bare] : []));
}

export const pipeTable: Rule = ({ text, quantities, index, matcher }) => {
  const q = quantities[index]!;
  const figure = cache?.text === text ? cache.figures.get(q.start) : undefined;
  if (!figure) return null;
  for (const cell of figure.labelCells) {
    // The last label before the cell's figure, or anywhere in a cell of words.
    const label = matcher.labelsIn(text, cell.start, cell.start <= q.start && q.start < cell.end ? q.start : cell.end).pop();
    if (!label) continue;
    const unit = figure.kind === 'progress' ? (q.unit === '%' ? '%' : null) : unitFor(q, label.def);
    if (unit === null) return null;
    return { indicator: label.def.id, label: label.text, unit, quantity: q, start: q.start, end: q.end, gapStart: q.start, kind: figure.kind };
  }
  return null;
};
