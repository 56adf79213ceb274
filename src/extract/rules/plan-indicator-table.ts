/**
 * A five-year plan's table of main indicators, one row per line, cells apart by tabs or blanks:
 *
 *   指标	2025年	2030年	属性
 *   城镇新增就业人数（万人）	[25.6]	[25]	预期性
 *   城镇调查失业率（%）	5.2	<5.5	预期性
 *
 * (The unit may stand in a column of its own: 指标 单位 2025年 2030年 属性.)
 * The column of the year the plan starts from holds what was reached; the column of the plan's last year what it aims
 * at. A figure in square brackets is a total over the five years that end in its column's year (the plan's, or the one
 * before it); one without is the level in that year. A bound written before a figure (<5.5, ≤5.5, >95) is its
 * comparator. Rows whose measure is not one of ours are left alone, and so is the 属性 column (预期性, 约束性).
 */
import type { Rule } from './candidate';
import type { Quantity } from '../numbers/types';
import type { Comparator } from '../types';
import { cellQuantity, CELL_UNITS } from './table-row';
import { namedCell } from './unit-column-row';

/** The heading: 指标 (主要指标, 指标名称), then at least two years, the plan's start and its end. */
const HEADING = /^[ \t\u3000]*(?:主要)?指\s*标(?:名\s*称)?[ \t\u3000]/gm;
const YEAR = /^((?:19|20)\d\d)\s*年?(?:目标|预期)?$/;
/** The row's measure and its unit in brackets: 城镇新增就业人数（万人）. */
const MEASURE = new RegExp(`^(.{2,30}?)\\s*[(（]\\s*(万|亿)?(${CELL_UNITS})\\s*[)）]$`);
/** A cell: a bound, then the figure, bracketed when a five years' total. */
const CELL = /^([<>＜＞≤≥]=?)?\s*([[［])?(\d+(?:\.\d+)?)([\]］])?$/;
const BOUNDS: Readonly<Record<string, Comparator>> = { '<': '<=', '＜': '<=', '≤': '<=', '<=': '<=', '>': '>=', '＞': '>=', '≥': '>=', '>=': '>=' };
/** Whether an indicator binds or is expected: the column only a plan's table has. */
const PLAN_ATTRIBUTE = /属\s*性|预期性|约束性/;
/** How many rows a table runs at most. */
const ROWS_MAX = 40;
const PLAN_YEARS = 5;

interface Cell {
  label: string;
  kind: 'actual' | 'target';
  period: string;
}

const CELLS = new WeakMap<Quantity, Cell>();

/** A line's cells: apart by tabs or two blanks, or by one blank when that is all the line has (text from a PDF). */
function cellsOf(line: string): Array<{ text: string; start: number }> {
  const wide = /\t|[ \u3000]{2,}/.test(line.trim());
  const cell = wide ? /[^\t ]+(?: [^\t ]+)*/g : /[^\t \u3000]+/g;
  return [...line.matchAll(cell)].map((m) => ({ text: m[0].trim(), start: m.index }));
}

/** The figures of every plan-indicator table in the text, each a quantity in its row's unit. */
export function planIndicatorCells(text: string): Quantity[] {
  const out: Quantity[] = [];
  HEADING.lastIndex = 0;
  for (let h = HEADING.exec(text); h !== null; h = HEADING.exec(text)) {
    const headingEnd = text.indexOf('\n', h.index);
    if (headingEnd < 0) break;
    const heading = cellsOf(text.slice(h.index, headingEnd).replace(/指\s+标/, '指标'));
    const years = heading.map((c) => YEAR.exec(c.text)?.[1]).map((y) => (y === undefined ? null : Number(y)));
    const named = years.filter((y): y is number => y !== null);
    // (The plan's start and its end, five years apart: other tables of years are yearbooks', read elsewhere. A plan's
    // table says of each indicator whether it binds — 属性, 预期性, 约束性; a review's 2015年 2020年 年均增长 does not.)
    if (named.length < 2 || Math.max(...named) - Math.min(...named) !== PLAN_YEARS) continue;
    const firstRowEnd = text.indexOf('\n', headingEnd + 1);
    if (!PLAN_ATTRIBUTE.test(text.slice(h.index, firstRowEnd < 0 ? undefined : firstRowEnd))) continue;
    const end = Math.max(...named);
    const unitColumn = heading.findIndex((c) => /^(?:计量)?单\s*位$/.test(c.text));
    let at = headingEnd + 1;
    for (const line of text.slice(at).split('\n', ROWS_MAX)) {
      const cells = cellsOf(line);
      // (指标 单位 2025年 2030年: the unit may stand in a column of its own.)
      const measure = cells[0] ? MEASURE.exec(unitColumn < 0 ? cells[0].text : `${cells[0].text}（${cells[unitColumn]?.text ?? ''}）`) : null;
      if (!measure || cells.length !== heading.length) break;
      cells.forEach((cell, n) => {
        const year = years[n];
        const m = year ? CELL.exec(cell.text) : null;
        if (!year || !m) return;
        const total = m[2] !== undefined && m[4] !== undefined;
        const start = at + cell.start + cell.text.indexOf(m[3]!);
        const q = cellQuantity(start, m[3]!, measure[2], measure[3]!, `${measure[2] ?? ''}${measure[3]}`);
        if (!q) return;
        if (m[1]) q.comparator = BOUNDS[m[1]]!;
        CELLS.set(q, {
          label: measure[1]!.trim(),
          kind: year === end ? 'target' : 'actual',
          period: total ? `${year - PLAN_YEARS + 1}-${year}` : String(year),
        });
        out.push(q);
      });
      at += line.length + 1;
    }
  }
  return out;
}

export const planIndicatorRow: Rule = ({ quantities, index, matcher }) => {
  const q = quantities[index]!;
  const cell = CELLS.get(q);
  if (!cell) return null;
  const found = namedCell(q, cell.label.replace(/人数$/, ''), matcher) ?? namedCell(q, cell.label, matcher);
  return found && { ...found, kind: cell.kind, period: cell.period, plan: cell.kind === 'target' };
};
