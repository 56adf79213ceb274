/**
 * A bulletin's table whose unit stands on a line of its own above it, one row per line, cells split by tabs or wide
 * blanks, the first column of figures the level itself:
 *
 *   表9 2024年末社会保险参保人数
 *   单位：万人
 *   指标	年末数	比上年末增长(%)
 *   城镇职工基本养老保险	28.6	2.1
 *   失业保险	9.1	3.0
 *
 * The figure right after a row's name is the row's measure in the table's unit (万人 folds into the value); what
 * follows (a change on last year) is not read, nor is a table whose first column of figures is a change. A row may
 * name only its scheme (失业保险) when the caption names what is counted of each (参保人数, 参保情况).
 *
 * When the heading's first columns are years (项目	2023年	2024年	增长(%)), each of them is read, each figure the level
 * in its column's year: the year before stands beside the bulletin's own.
 */
import type { Rule } from './candidate';
import { cellQuantity } from './table-row';
import { INSURED_CAPTION, rowFigure } from './unit-column-row';
import type { Quantity } from '../numbers/types';
import { CELL_SPLIT, figureCells, leadingYears } from './year-heading';

/** The unit line: 单位：万人, on its own or closing the caption (…参保人数（单位：万人）). */
const UNIT_LINE = /^[^\n]{0,40}?(?:^|[(（\s])(?:计量)?单\s*位\s*[：:]\s*(万|亿)?(人次|人|元|个|张|户)\s*[)）]?[ \t\u3000]*$/gm;
/** The heading right below it: the name column, then the columns of figures. */
const HEADING = /^[ \u3000]*(?:指\s*标|项\s*目|名\s*称|险\s*种|类\s*别)(?:名称)?(?:\t|[ \u3000]{2,})([^\t\n]+?)(?:\t|[ \u3000]{2,}|$)/;
/** A first column of figures that is a change, not the level: nothing to read. */
const CHANGE_COLUMN = /增长|增减|增加|比上年|同比|增幅|[%％]/;
/** name, then a bare figure, and whatever cells follow. */
const ROW = /^[ \u3000]*([^\t\n\s\d][^\t\n\d]{1,30}?)(?:\t|[ \u3000]{2,})(\d+(?:\.\d+)?)(?=\t|[ \u3000]{2,}|[ \u3000]*$)/d;
/** Numbering before a row's name: 1、, (一), 其中: — not part of the measure. */
const NUMBERING = /^(?:[\d一二三四五六七八九十]+[、.．]|[(（][\d一二三四五六七八九十]+[)）]|其中[:：])\s*/;
/** How many lines a table runs at most (a runaway read of prose is cut short). */
const ROWS_MAX = 40;

interface Cell {
  label: string;
  /** The year its column is headed by, in a table of years side by side. */
  year?: string;
  /** The caption counts the insured: a bare scheme's name is its insured count. */
  insured: boolean;
}

const CELLS = new WeakMap<Quantity, Cell>();

/** The first figure of every row of such a table in the text, as a quantity in the table's unit. */
export function unitLineCells(text: string): Quantity[] {
  const out: Quantity[] = [];
  // One cheap search before reading lines: no unit line, no table.
  if (!/单\s*位\s*[：:]/.test(text)) return out;
  UNIT_LINE.lastIndex = 0;
  for (let u = UNIT_LINE.exec(text); u !== null; u = UNIT_LINE.exec(text)) {
    const lines = text.slice(u.index + u[0].length + 1).split('\n');
    const heading = HEADING.exec(lines[0] ?? '');
    if (!heading || CHANGE_COLUMN.test(heading[1]!)) continue;
    // The caption: the unit's own line, or the line above it.
    const above = text.slice(text.lastIndexOf('\n', u.index - 2) + 1, u.index);
    const insured = INSURED_CAPTION.test(u[0]) || INSURED_CAPTION.test(above);
    const years = leadingYears(lines[0]!.trim().split(CELL_SPLIT).slice(1));
    let at = u.index + u[0].length + 1 + lines[0]!.length + 1;
    for (const line of lines.slice(1, ROWS_MAX + 1)) {
      const m = ROW.exec(line);
      if (!m) break;
      const label = m[1]!.trim().replace(NUMBERING, '');
      const figures = years ? figureCells(line, m.indices![2]![0], years.length) : [{ start: m.indices![2]![0], written: m[2]! }];
      // (A row of years that does not fill every year's column leaves which year a figure is for unknown.)
      if (!years || figures.length === years.length) {
        figures.forEach((f, n) => {
          const figure = cellQuantity(at + f.start, f.written, u[1], u[2]!, `${u[1] ?? ''}${u[2]}`);
          if (figure) out.push(remembered(figure, { label, insured, ...(years && { year: years[n]! }) }));
        });
      }
      at += line.length + 1;
    }
  }
  return out;
}

function remembered(figure: Quantity, cell: Cell): Quantity {
  CELLS.set(figure, cell);
  return figure;
}

export const unitLineRow: Rule = ({ quantities, index, matcher }) => {
  const figure = quantities[index]!;
  const row = CELLS.get(figure);
  // (A scheme's bare name, 失业保险, under a caption of the insured is read as that scheme's insured count.)
  return row ? rowFigure(figure, row, matcher) : null;
};
