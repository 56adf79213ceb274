/**
 * A statistical table's columns of years side by side (项目 2023年 2024年 增长(%)): the years its heading names, and the
 * figures of a row under them. Shared by the tables whose rows are found by their unit (unit-line-table.ts,
 * unit-column-row.ts), so each year's figure is dated by its column, not by the page.
 */

/** Cells of a heading or a row: apart by a tab or by two blanks or more. */
export const CELL_SPLIT = /\t|[ \u3000]{2,}/;
/** A heading cell naming a year (2024年, 2024年末). */
export const YEAR_CELL = /^((?:19|20)\d\d)\s*年?(?:末|底)?$/;
const FIGURE_CELL = /^\d+(?:\.\d+)?$/;

/** The years heading the first of `cells`, two or more (a change's column may follow them), or null. */
export function leadingYears(cells: readonly string[]): string[] | null {
  const years: string[] = [];
  for (const c of cells) {
    const year = YEAR_CELL.exec(c.trim())?.[1];
    if (!year) break;
    years.push(year);
  }
  return years.length >= 2 ? years : null;
}

/** A row's figure cells from `from` on, at most `count`, each where it starts in the line; any other cell ends them. */
export function figureCells(line: string, from: number, count: number): Array<{ start: number; written: string }> {
  const out: Array<{ start: number; written: string }> = [];
  const cell = /[^\t \u3000]+/g;
  cell.lastIndex = from;
  for (let m = cell.exec(line); m !== null && out.length < count; m = cell.exec(line)) {
    if (!FIGURE_CELL.test(m[0])) break;
    out.push({ start: m.index, written: m[0] });
  }
  return out;
}
