/**
 * A measure with its unit in brackets, then its figure bare — a key and its value, as forms and flattened tables
 * write them: 城镇新增就业（人）：2310, 城镇登记失业率（%）：3.2, 发放创业担保贷款（万元）: 3260. The figure is read in the
 * bracket's unit (万 folding into the value); the label before the bracket is then read by the usual rules.
 */
import type { Quantity } from '../numbers/types';
import { CELL_UNITS, cellQuantity } from './table-row';

/**
 * A CJK word, (unit), an optional colon or 为, then on the same line (a table of a cell per line is cellTable's) a bare
 * number that ends the cell: a clause mark, the line's end, or a blank before the next key — never a blank before
 * another figure (a table's row, tableCells') nor 年 or 月 right after it.
 */
const UNIT_NOTE_VALUE = new RegExp(
  `(?<=[\\u4e00-\\u9fff])[(（]\\s*(万|亿)?(${CELL_UNITS})\\s*[)）][ \\t\\u3000]*(?:[:：]|为|是)?[ \\t\\u3000]*(\\d[\\d,]*(?:\\.\\d+)?)(?=[ \\t\\u3000]*(?:[，,。；;、)）\\n]|$)|[ \\t\\u3000]+[\\u4e00-\\u9fff])`,
  'g',
);

export function unitNoteCells(text: string): Quantity[] {
  const out: Quantity[] = [];
  UNIT_NOTE_VALUE.lastIndex = 0;
  for (let m = UNIT_NOTE_VALUE.exec(text); m !== null; m = UNIT_NOTE_VALUE.exec(text)) {
    const written = m[3]!;
    const start = m.index + m[0].length - written.length;
    const cell = cellQuantity(start, written, m[1], m[2]!, `${m[1] ?? ''}${m[2]!}`);
    if (cell) out.push(cell);
  }
  return out;
}
