/**
 * A statistical table whose unit stands in a column of its own, one row per line, cells split by tabs or wide blanks:
 *
 *   指 标 名 称	计算 单位	2018年1-6月
 *   1、期末城镇登记失业率	%	3.39	上升0.13个百分点
 *   1、期末参加养老保险人数	万人	277.1	5.60%
 *
 * The figure right after the unit cell is the row's measure in that unit (万人 folds into the value); what follows
 * (a change on last year, a share) is not read. Only under a heading that names the unit column (计算单位, 计量单位,
 * 单位), so a line of tab-separated codes is never taken for a row. Under columns of years after the unit's
 * (指标名称 计量单位 2023年 2024年), each year's figure is read, dated by its column.
 */
import type { Candidate, Rule } from './candidate';
import { unitFor } from './candidate';
import { cellQuantity, lineAt } from './table-row';
import type { Quantity } from '../numbers/types';
import { figureCells, leadingYears } from './year-heading';

/** The table's heading: a name column, then the unit column. */
const HEADING = /(?:指\s*标|项\s*目|名\s*称)[^\n]{0,20}?(?:计\s*算|计\s*量)?\s*单\s*位/;
const HEADINGS = new RegExp(HEADING.source, 'g');
const PROGRESS_COLUMNS = /目标|完成|计划|任务/;
/** How far above a row its heading may stand. */
const HEADING_REACH = 4_000;
/** label, the unit cell, then a bare figure, and whatever cells follow (cells split by a tab or two blanks). */
// (A unit cell alone between blanks is a cell whatever the blanks: 失业保险 万人 45.1 2.8, as text taken from a PDF
// keeps a table's row, one blank between cells.)
const ROW = /^[ \u3000]*([^\t\n\s][^\t\n]{1,40}?)(?:\t|[ \u3000]+)(万|亿)?(人次|人|元|个|张|户|%|％)(?:\t|[ \u3000]+)(\d+(?:\.\d+)?)(?=\t|[ \u3000]+|[ \u3000]*$)/gmd;
/** Numbering before the measure's name: 1、, (一), 其中: — not part of the label. */
const NUMBERING = /^(?:[\d一二三四五六七八九十]+[、.．]|[(（][\d一二三四五六七八九十]+[)）]|其中[:：])\s*/;
/** What a row's label may end with after the measure (期末参加养老保险人数, 失业人员再就业数). */
const COUNT_SUFFIX = /(?:人数|数|人次|情况)$/;

interface Cell {
  label: string;
  /** The table's caption counts the insured: a bare scheme's name (失业保险) is its insured count. */
  insured: boolean;
  /** The year its column is headed by, in a table of years side by side. */
  year?: string;
}

/** A caption that names what each scheme's row counts: those insured (2023年末社会保险参保情况, 参加社会保险人数). */
export const INSURED_CAPTION = /参保|参加[^\n]{0,6}保险/;

/** Whether the line above the heading at `at` is a caption of the insured. */
function insuredCaption(text: string, at: number): boolean {
  const heading = lineAt(text, at);
  if (heading.start === 0) return false;
  const caption = lineAt(text, heading.start - 1);
  return INSURED_CAPTION.test(text.slice(caption.start, caption.end));
}

/** The quantities unitColumnCells made, with their row's label. */
const CELLS = new WeakMap<Quantity, Cell>();

/** The first figure of every row of a unit-column table in the text, as a quantity in the row's unit. */
export function unitColumnCells(text: string): Quantity[] {
  const out: Quantity[] = [];
  // One cheap search before reading every line: no heading, no table.
  if (!HEADING.test(text)) return out;
  // (指标 单位 年度目标 完成 完成进度 is a progress table, read by progress-row.ts.)
  const headingLine = (at: number) => {
    const line = lineAt(text, at);
    return text.slice(line.start, line.end);
  };
  const headings = [...text.matchAll(HEADINGS)].filter((h) => !PROGRESS_COLUMNS.test(headingLine(h.index))).map((h) => h.index);
  if (headings.length === 0) return out;
  const yearsOf: Array<string[] | null> = [];
  let h = 0;
  ROW.lastIndex = headings[0]!;
  for (let m = ROW.exec(text); m !== null; m = ROW.exec(text)) {
    // The nearest heading above must be within reach.
    while (h + 1 < headings.length && headings[h + 1]! < m.index) h++;
    if (m.index - headings[h]! > HEADING_REACH) continue;
    const label = m[1]!.trim().replace(NUMBERING, '');
    const insured = insuredCaption(text, headings[h]!);
    const years = yearsOf[h] ??= headingYears(headingLine(headings[h]!));
    if (!years) {
      // (The pattern holds digits only: the cell always reads.)
      const cell = cellQuantity(m.indices![4]![0], m[4]!, m[2], m[3]!, `${m[2] ?? ''}${m[3]}`)!;
      CELLS.set(cell, { label, insured });
      out.push(cell);
      continue;
    }
    // (A row of years that does not fill every year's column leaves which year a figure is for unknown.)
    const line = lineAt(text, m.index);
    const figures = figureCells(text.slice(line.start, line.end), m.indices![4]![0] - line.start, years.length);
    if (figures.length !== years.length) continue;
    figures.forEach((f, n) => {
      const cell = cellQuantity(line.start + f.start, f.written, m[2], m[3]!, `${m[2] ?? ''}${m[3]}`)!;
      CELLS.set(cell, { label, insured, year: years[n]! });
      out.push(cell);
    });
  }
  return out;
}

export const unitColumnRow: Rule = ({ quantities, index, matcher }) => {
  const q = quantities[index]!;
  const cell = CELLS.get(q);
  if (!cell) return null;
  return rowFigure(q, cell, matcher, cell.label.replace(COUNT_SUFFIX, ''));
};

/**
 * A bulletin table row's figure as the measure its `name` ends on — or, its row naming only a scheme (失业保险) under a
 * caption of the insured, that scheme's insured count — dated by its year's column when it has one.
 */
export function rowFigure(q: Quantity, row: { label: string; insured: boolean; year?: string }, matcher: Parameters<Rule>[0]['matcher'], name = row.label): Candidate | null {
  const found = row.insured && !/参保|参加/.test(row.label) ? namedCell(q, `${row.label}参保人数`, matcher, row.label) : namedCell(q, name, matcher);
  return found && row.year ? { ...found, period: row.year, kind: 'actual' } : found;
}

/** The years after a heading's unit column (指标名称 计量单位 2023年 2024年), or null. */
function headingYears(heading: string): string[] | null {
  // (A heading taken from a PDF may keep one blank between its cells, as its rows do.)
  const unit = /单\s*位/.exec(heading);
  return unit ? leadingYears(heading.slice(unit.index + unit[0].length).trim().split(/[\t \u3000]+/)) : null;
}

/**
 * A table cell as the figure of the measure that ends its row's name (期末城镇登记失业率, 期末参加养老保险人数: a name
 * that only mentions one is another row's), or null.
 */
export function namedCell(q: Quantity, name: string, matcher: Parameters<Rule>[0]['matcher'], label = name): Candidate | null {
  const found = matcher
    .labelsIn(name, 0, name.length)
    .filter((l) => l.end === name.length)
    .pop();
  if (!found) return null;
  const unit = unitFor(q, found.def);
  if (unit === null) return null;
  return { indicator: found.def.id, label: label === name ? found.text : label, unit, quantity: q, start: q.start, end: q.end, gapStart: q.start };
}
