/**
 * A table of areas, one per row, under a heading cell that names the measure and its unit — how a plan's annex splits
 * its task by district, flattened with each cell ending in " |":
 *
 *   区县 | 城乡公益性岗位开发计划数量(单位:个) | ||
 *   总数 | |||
 *   城镇 | 乡村 | ||
 *   历下区 | 1100 | 1100 | |
 *   市中区 | 2072 | 1100 | 972 |
 *
 * Every figure of a row measures the heading's indicator for the row's area: the columns under the heading (总数, 城镇,
 * 乡村) are that measure's total and parts. The figures are bare numbers the scanner leaves alone, so placeRowCells
 * hands them to the engine as quantities in the heading's unit.
 */
import type { Rule } from './candidate';
import { CELL_UNITS, cellQuantity, headedCell } from './table-row';
import { findPlaces } from '../context/gazetteer';
import type { Quantity } from '../numbers/types';

/** A heading cell's unit in brackets: (单位:个), （人）, (单位：万人). */
const HEADING_UNIT = new RegExp(`[(（]\\s*(?:单位\\s*[:：]\\s*)?(万|亿)?(${CELL_UNITS})\\s*[)）]`);
/** A row: the area's cell, then only cells of plain numbers or empty ones, each ending in |. */
const ROW = /^[ \t\u3000]*([^|\d\n]{2,16}?)[ \t\u3000]*\|((?:[ \t\u3000]*(?:\d+(?:\.\d+)?)?[ \t\u3000]*\|)+)[ \t\u3000]*$/;
/** How many lines above a row its heading may stand (the sub-headings and the rows before it between). */
const HEADING_LINES = 60;

interface Heading {
  /** The heading cell's text before its unit: where the measure is named. */
  measure: string;
  multiplier: string | undefined;
  unit: string;
  rawUnit: string;
}

interface Cell {
  heading: Heading;
  region: string;
}

/** The quantities placeRowCells made, with their heading and their row's area. */
const CELLS = new WeakMap<Quantity, Cell>();

/** The nearest heading above: a line of cells, one of which names a unit in brackets; every line between is a row of cells. */
function headingAbove(lines: readonly string[], row: number): Heading | null {
  for (let k = row - 1; k >= 0 && k >= row - HEADING_LINES; k--) {
    const line = lines[k]!;
    if (!line.includes('|')) return null;
    for (const cell of line.split('|')) {
      const unit = HEADING_UNIT.exec(cell);
      if (unit) return { measure: cell.slice(0, unit.index).trim(), multiplier: unit[1], unit: unit[2]!, rawUnit: `${unit[1] ?? ''}${unit[2]}` };
    }
  }
  return null;
}

/** Every figure of every area row under a measure's heading, as a quantity in the heading's unit. */
export function placeRowCells(text: string): Quantity[] {
  const out: Quantity[] = [];
  // One cheap search before reading every line: no unit in brackets in a cell, no table.
  if (!text.includes('|') || !HEADING_UNIT.test(text)) return out;
  const lines = text.split('\n');
  let at = 0;
  for (const [k, line] of lines.entries()) {
    const m = ROW.exec(line);
    const name = m?.[1]!.trim();
    const place = name ? findPlaces(name)[0] : undefined;
    const heading = place && place.start === 0 && place.end === name!.length ? headingAbove(lines, k) : null;
    if (m && heading) {
      const cellsAt = at + line.indexOf('|', m.index + m[1]!.length);
      for (const f of m[2]!.matchAll(/\d+(?:\.\d+)?/g)) {
        const cell = cellQuantity(cellsAt + 1 + f.index, f[0], heading.multiplier, heading.unit, heading.rawUnit);
        if (!cell) continue;
        CELLS.set(cell, { heading, region: place!.place.name });
        out.push(cell);
      }
    }
    at += line.length + 1;
  }
  return out;
}

export const placeRowTable: Rule = ({ quantities, index, matcher }) => {
  const q = quantities[index]!;
  const cell = CELLS.get(q);
  if (!cell) return null;
  const figure = headedCell(q, cell.heading.measure, matcher);
  return figure && { ...figure, region: cell.region };
};
