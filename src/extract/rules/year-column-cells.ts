/**
 * A yearbook table of years as columns, flattened one cell per line, as tables come out of pages copied to text:
 *
 *   指标 ⏎ 2000 ⏎ 2010 ⏎ 2020 ⏎ 2021
 *   城乡登记失业人数(万人) ⏎ 20.08 ⏎ 27.73 ⏎ 13.54 ⏎ 14.40
 *   城镇登记失业率(%) ⏎ 3.5 ⏎ 4.2 ⏎ 3.7 ⏎ 2.7
 *
 * Each figure is its row's measure, in the row's unit (万人 folded into the value), for the year heading its column:
 * what was, in that year. (The same table a row per line is table-row.ts's.) Rows whose measure is not one of ours, and
 * rows whose count of figures is not the count of years, are left alone.
 */
import { cellsPerPage, measureLabel } from './page-cells';
import type { Rule } from './candidate';
import { unitFor } from './candidate';
import type { Quantity } from '../numbers/types';
import { scaleDecimal } from '../numbers/decimal';
import { multiplierExponent } from '../numbers/units';
import { trimmedLines } from '../text/sentences';

const YEAR = /^((?:19|20)\d\d)(?:\s*年)?$/;
/** A row's measure and its unit in brackets: 城镇登记失业率(%), 城乡登记失业人数(万人). */
const MEASURE = /^([^\d\s(（][^\d(（]{1,24}?)\s*[(（]\s*(万|亿)?(人次|人|个|元|户|张|%|％)\s*[)）]$/;
// (3.21%: a cell may repeat its row's unit; —— stands for a year with no figure, its column kept.)
const NUMBER = /^(\d+)(?:\.(\d+))?[%％]?$/;
const NO_FIGURE = /^(?:—{1,2}|－{1,2}|-{1,2})$/;

interface Cell {
  quantity: Quantity;
  measure: string;
  year: string;
}

function findCells(text: string): Map<number, Cell> {
  const cells = new Map<number, Cell>();
  // Only a text with two year lines in a row can hold such a table: one cheap search first.
  // (Cells may stand a blank line apart, as pages copied to text often leave them, and be indented by ideographic spaces.)
  if (!/(?:^|\n)[ \t\u3000]*(?:19|20)\d\d(?:年)?[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*(?:19|20)\d\d(?:年)?[ \t\u3000]*(?:\n|$)/.test(text)) return cells;
  const lines = trimmedLines(text);
  for (let i = 0; i < lines.length; i++) {
    if (!YEAR.test(lines[i]!.text) || !YEAR.test(lines[i + 1]?.text ?? '')) continue;
    const years: string[] = [];
    let k = i;
    for (; k < lines.length && YEAR.test(lines[k]!.text); k++) years.push(YEAR.exec(lines[k]!.text)![1]!);
    // Rows: a measure, then a figure per year.
    while (k < lines.length) {
      const measure = MEASURE.exec(lines[k]!.text);
      if (!measure) break;
      const row = lines.slice(k + 1, k + 1 + years.length);
      if (row.length !== years.length || !row.every((l) => NUMBER.test(l.text) || NO_FIGURE.test(l.text))) break;
      const percent = measure[3] === '%' || measure[3] === '％';
      const unit = percent ? '%' : measure[3]!;
      const exponent = multiplierExponent(measure[2] ?? '');
      row.forEach((l, n) => {
        const figure = NUMBER.exec(l.text);
        if (!figure) return;
        const [, int, frac = ''] = figure;
        const quantity: Quantity = {
          start: l.start, end: l.start + l.text.length, value: exponent ? scaleDecimal(int!, frac, exponent) : Number(frac ? `${int}.${frac}` : int), unit,
          rawUnit: unit, masked: false, comparator: null, percent,
        };
        cells.set(l.start, { quantity, measure: measure[1]!.trim(), year: years[n]! });
      });
      k += 1 + years.length;
    }
    i = k - 1;
  }
  return cells;
}
const pageCells = cellsPerPage(findCells);

/** The figures of every such table in the text, as quantities in their row's unit. */
export function yearColumnCells(text: string): Quantity[] {
  return [...pageCells.of(text).values()].map((c) => c.quantity);
}

export const yearColumnCell: Rule = ({ text, quantities, index, matcher }) => {
  const q = quantities[index]!;
  const cell = pageCells.at(text, q.start);
  // (A cell the scanner read itself, 3.21%, is the same cell.)
  if (!cell || cell.quantity.end !== q.end || cell.quantity.value !== q.value) return null;
  const label = measureLabel(matcher, cell.measure);
  if (!label) return null;
  const unit = unitFor(q, label.def);
  if (unit === null) return null;
  return { indicator: label.def.id, label: label.text, unit, quantity: q, start: q.start, end: q.end, gapStart: q.start, kind: 'actual', period: cell.year };
};
