/**
 * A table of measures and their tasks flattened one cell per line, as a target notice's 分解表 comes out of a page:
 *
 *   项 目 ⏎ 分值 ⏎ 目标任务 ⏎ 监考单位
 *   公共服务 ⏎ 城镇新增就业人数 ⏎ 1 ⏎ 5800 ⏎ 区人社局
 *   城镇登记失业率 ⏎ 1 ⏎ 低于 4.1 ⏎ 区人社局
 *
 * A line that is a measure's name alone holds, as many lines below it as the heading's task column stands below its
 * measure column, the measure's task: a bare figure, perhaps bounded (低于 4.1, 5800以上). A group's name on a line of
 * its own (公共服务) shifts no row: each row is found from its measure's line. The figure's unit is the measure's (率 in
 * %, 人次, else 人 for a count of people), or the one its line names in brackets; the figure is the year's task.
 */
import type { Rule } from './candidate';
import type { Quantity } from '../numbers/types';
import type { Comparator } from '../types';
import { cellQuantity, headedCell } from './table-row';
import { trimmedLines } from '../text/sentences';
import { SUFFIX_COMPARATORS } from '../numbers/units';

/** The heading's measure column and its task column, each a line of its own (blanks inside the words allowed). */
const MEASURE_HEAD = /^(?:项目|指标|指标名称|项目名称|任务名称|考核内容|考核指标|考核项目)$/;
const TASK_HEAD = /^(?:目标任务|年度目标任务|年度目标|目标值|目标|任务|任务数|计划|计划任务)$/;
/** A heading's cells are short and hold no figure. */
const HEAD_CELL = /^[^\d。，,；;]{1,8}$/;
/** How long a heading's cell may be, blanks inside it included. */
const HEAD_LINE_MAX = 16;
/** How many cells a heading runs to. */
const HEAD_CELLS = 8;
/** A measure's line: a name alone, no figure, no sentence. */
const MEASURE_LINE = /^[^\d。，,；;：:！？]{3,24}$/;
/** The task's cell: a bound before or after a bare figure. */
const TASK_CELL = /^(低于|不高于|不超过|控制在|高于|不低于|超过)?\s*(\d+(?:\.\d+)?)\s*[%％]?\s*(以内|以下|以上|左右)?$/;
const BOUND_BEFORE: Readonly<Record<string, Comparator>> = { 低于: '<=', 不高于: '<=', 不超过: '<=', 控制在: '<=', 高于: '>=', 不低于: '>=', 超过: '>=' };
/** A unit the measure's line names in brackets: 城镇新增就业(人), 培训(万人次). */
const UNIT_IN_BRACKETS = /[(（]\s*(万)?(人次|人|个|%|％)\s*[)）]\s*$/;
/** How many lines below its heading a table's rows may run. */
const ROWS_REACH = 400;

/** Each task cell's quantity, and the measure its row names. */
const MEASURES = new WeakMap<Quantity, string>();

/** The unit a measure's name counts in, or null when it names none we read. */
function unitOf(measure: string): { multiplier?: string; unit: string } | null {
  const bracketed = UNIT_IN_BRACKETS.exec(measure);
  if (bracketed) return { ...(bracketed[1] && { multiplier: bracketed[1] }), unit: bracketed[2]! };
  if (/率$/.test(measure)) return { unit: '%' };
  if (/人次/.test(measure)) return { unit: '人次' };
  if (/人数|就业|培训|转移|人员/.test(measure)) return { unit: '人' };
  return null;
}

/** Each task cell below a measure's line, under a heading of a measure column and a task column, as a quantity. */
export function taskColumnCells(text: string): Quantity[] {
  const out: Quantity[] = [];
  // One cheap search before reading every line: no task column's word, no table.
  if (!/目标|任务|计划/.test(text) || !/项\s*目|指\s*标|考核/.test(text)) return out;
  // (Blank lines between cells do not count: a row is its cells.)
  const lines = trimmedLines(text);
  // (Only a short line can be a heading's cell: longer ones are left unsqueezed, and match nothing.)
  const squeezed = lines.map((line) => (line.text.length <= HEAD_LINE_MAX ? line.text.replace(/[\s\u3000]+/g, '') : ''));
  for (let k = 0; k < lines.length; k++) {
    if (!MEASURE_HEAD.test(squeezed[k]!)) continue;
    let offset = -1;
    for (let j = k + 1; j < lines.length && j <= k + HEAD_CELLS && HEAD_CELL.test(squeezed[j]!); j++) {
      if (TASK_HEAD.test(squeezed[j]!)) {
        offset = j - k;
        break;
      }
    }
    if (offset < 0) continue;
    for (let r = k + offset + 1; r + offset < lines.length && r <= k + ROWS_REACH; r++) {
      const measure = lines[r]!.text;
      if (!MEASURE_LINE.test(measure) && !UNIT_IN_BRACKETS.test(measure)) continue;
      const unit = unitOf(measure);
      const cellLine = lines[r + offset]!;
      const task = TASK_CELL.exec(cellLine.text);
      if (!unit || !task) continue;
      const start = cellLine.start + cellLine.text.indexOf(task[2]!);
      const cell = cellQuantity(start, task[2]!, unit.multiplier, unit.unit, unit.unit);
      if (!cell) continue;
      const bound = (task[1] && BOUND_BEFORE[task[1]]) ?? (task[3] && SUFFIX_COMPARATORS.find((w) => w.raw === task[3])?.comparator) ?? null;
      const quantity = bound ? { ...cell, comparator: bound } : cell;
      MEASURES.set(quantity, measure);
      out.push(quantity);
    }
    k += offset;
  }
  return out;
}

/** A task cell as its row's measure, a target. */
export const taskColumnTable: Rule = ({ quantities, index, matcher }) => {
  const q = quantities[index]!;
  const measure = MEASURES.get(q);
  if (measure === undefined) return null;
  const figure = headedCell(q, measure, matcher);
  return figure && { ...figure, kind: 'target' as const };
};
